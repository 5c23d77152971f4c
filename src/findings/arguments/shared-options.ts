// Options that take a value, for programs that more than one rule reads.

/** aws's global options: enough to find the service and the operation, its first two operands. */
export const AWS_GLOBAL_VALUED = ['--profile', '--region', '--endpoint-url', '--output', '--query', '--cli-read-timeout', '--cli-connect-timeout', '--ca-bundle', '--color'];

export const RSYNC_VALUED = ['-e', '--rsh', '-f', '--filter', '--exclude', '--include', '--files-from', '--password-file', '--rsync-path', '--chmod', '--chown', '--log-file', '-T', '--temp-dir', '--backup-dir', '--suffix', '--compare-dest', '--link-dest'];
