export const HELP = `redis-lint — lint Redis and Valkey configuration: redis.conf, sentinel.conf and ACL files

Usage:
  redis-lint [lint] [options] PATH…        lint files, directories (their *.conf and *.acl) or globs
  redis-lint [lint] [options] --stdin      lint standard input

Options:
  -f, --format text|json       output format (default: text)
      --kind conf|sentinel|acl force the file kind (default: from the name and content)
      --redis-version VERSION  target: 6.0 6.2 7.0 7.2 7.4 8.0 valkey-7.2 valkey-8.0, with an
                               optional patch (7.0.15); default: 7.4
      --root DIR               the server's file tree (e.g. an unpacked container image): absolute
                               paths resolve under DIR and missing files become fatal
      --stdin                  read the document from standard input
      --stdin-filename NAME    the name to report (and detect the kind from) for --stdin
      --severity LEVEL         error|warning|info: the lowest severity shown and failing the run
                               (default: warning; info findings show only with info)
      --color, --no-color      force colors on or off (default: on a TTY unless NO_COLOR is set)
  -h, --help                   show this help
  -v, --version                show the version

Exit codes:
  0  no finding at or above --severity
  1  findings at or above --severity
  2  usage error, unreadable file, or internal error

Examples:
  redis-lint /etc/redis/redis.conf
  redis-lint --redis-version 7.0 --format json conf/
  cat users.acl | redis-lint --stdin --stdin-filename users.acl
`;
