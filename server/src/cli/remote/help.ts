export const REMOTE_HELP = `redis-lint remote — audit running Redis servers with the same rules

Usage:
  redis-lint remote [options] ADDRESS…
  redis-lint remote ADDRESS --compare redis.conf     where the server differs from the file
  redis-lint remote --list-file-only-rules           rules a live audit skips, and why

Addresses:
  redis://[user@]host[:port]      rediss://…  (TLS)      unix:///path/to/redis.sock
  redis+unix:///path/to/redis.sock
  The password comes from the environment (REDIS_LINT_PASSWORD, or redis-cli's REDISCLI_AUTH;
  the user from REDIS_LINT_USERNAME) or from the address; it is never shown.

It sends only CONFIG GET *, ACL LIST and INFO server (and AUTH): a user with
  +config|get +acl|list +info  is enough (see docs/remote.md).

Options:
  -f, --format FORMAT          text (default), json or html
      --compare FILE           report where the server differs from FILE (settings, users)
      --redis-version VERSION  the server's version when INFO is refused (default: from INFO)
  -c, --config FILE            rule settings from this .redis-lint.json (default: the nearest
                               one from the working directory)
      --severity LEVEL         error|warning|info: the lowest severity shown (default: warning)
      --max-warnings N         fail only on errors or on more than N non-error findings
      --tls-ca FILE            CA certificate(s) to verify a rediss:// server with
      --tls-cert FILE          client certificate, for servers with tls-auth-clients yes
      --tls-key FILE           its private key
      --timeout MS             connect and reply timeout (default: 5000)
      --print-config           print the configuration as redis-lint reads it (secrets masked)
      --list-file-only-rules   list the rules a live audit does not run
      --color, --no-color      force colors on or off
  -h, --help                   show this help

Exit codes:
  0  no finding (or, with --compare, no difference)
  1  findings at or above --severity (or differences)
  2  usage error, connection or permission error
`;
