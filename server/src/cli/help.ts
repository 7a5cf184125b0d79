// The one description of the command line: `--help` prints it and docs/cli.md must list the
// same options (test/cli/docs.test.ts fails when they disagree).

export const HELP = `redis-lint — lint Redis and Valkey configuration: redis.conf, sentinel.conf and ACL files

Usage:
  redis-lint [lint] [options] PATH…        lint files, directories (their *.conf, *.acl and *.yaml)
                                           or globs; several files are also checked against each other
  redis-lint [lint] [options] PATH… -- REDIS-SERVER-ARGS…
                                           apply redis-server options after each file, as Redis does
  redis-lint [lint] [options] --stdin      lint standard input
  redis-lint rules [--format text|json]    list every rule: id, category, severity, fixable
  redis-lint explain RULE-ID               show a rule's documentation
  redis-lint remote [options] ADDRESS…     audit running servers (redis-lint remote --help)

Options:
  -f, --format FORMAT          text (default), json, sarif (GitHub code scanning), github
                               (workflow annotations), gitlab (Code Quality), checkstyle, junit,
                               html (a self-contained report for reviewers)
      --kind conf|sentinel|acl force the file kind (default: from the name and content)
      --redis-version VERSION  target: 6.0 6.2 7.0 7.2 7.4 8.0 valkey-7.2 valkey-8.0, with an
                               optional patch (7.0.15); default: the config file's, else 7.4
  -c, --config FILE            use this config file instead of the nearest .redis-lint.json
      --root DIR               the server's file tree (e.g. an unpacked container image): absolute
                               paths resolve under DIR and missing files become fatal
      --severity LEVEL         error|warning|info: the lowest severity shown and failing the run
                               (default: warning; info findings show only with info)
      --max-warnings N         fail only on errors or on more than N non-error findings
      --baseline FILE          report only findings that are not in this baseline
      --write-baseline FILE    record the current findings in FILE for --baseline (fatal ones are
                               never recorded: they stay reported)
      --fix                    apply safe fixes in place, then report what remains
      --fix-dry-run            print the fixes as a unified diff (secrets shown as ****)
      --stdin                  read the document from standard input
      --stdin-filename NAME    the name to report (and detect the kind from) for --stdin
      --define VAR=VALUE       fill in a template placeholder (\${VAR}, $VAR, @VAR@, %VAR%,
                               {{ .Values.x }}) before linting; repeatable
      --yaml-key PATH          in YAML files, also lint the value at this dotted key path
                               (Helm values: master.configuration); repeatable
  -j, --jobs N                 lint with N worker threads (default: the number of CPU cores)
      --color, --no-color      force colors on or off (default: on a TTY unless NO_COLOR is set)
  -h, --help                   show this help
  -v, --version                show the version

Exit codes:
  0  no finding at or above --severity (or within --max-warnings)
  1  findings at or above --severity
  2  usage error, invalid config file, unreadable file, file not fixed, or internal error

Suppressing a finding (conf and sentinel files):
  # redis-lint-disable-next-line RULE-ID[,RULE-ID…] -- reason
  # redis-lint-disable RULE-ID -- reason            (to the end of the file)

Examples:
  redis-lint /etc/redis/redis.conf
  redis-lint --redis-version 7.0 --format json conf/
  redis-lint --format sarif . > redis-lint.sarif
  redis-lint --fix-dry-run redis.conf
  redis-lint --write-baseline .redis-lint-baseline.json deploy/ && redis-lint --baseline .redis-lint-baseline.json deploy/
  cat users.acl | redis-lint --stdin --stdin-filename users.acl
  redis-lint explain protected-mode-disabled
`;
