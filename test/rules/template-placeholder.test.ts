import { ruleTester } from '../support/rule-tester.js';

ruleTester('template-placeholder', {
  valid: [
    { text: 'port 6379\n' },
    { name: 'placeholders in comments are not read', text: '# set ${PORT} at deploy time\nport 6379\n' },
    { name: '$ is a keyspace event class there', text: 'notify-keyspace-events $KEA\n' },
    { name: 'an escaped dollar is literal', text: 'requirepass Pa$$W0rd-but-long-enough\n' },
    { name: 'a dollar inside a word is literal', text: 'requirepass pass$WORD-long-enough-1\n' },
  ],
  invalid: [
    {
      text: 'port $PORT\n#    ^^^^^ template-placeholder\n',
      fatal: false,
      messages: ['This value is a $VAR placeholder (`$PORT`), so it is unknown until rendered and not checked here; Redis would read the placeholder text literally. Pass `--define PORT=…` to check the rendered value.'],
    },
    {
      name: 'secrets are not echoed',
      text: 'requirepass ${REDIS_PASSWORD}\n#           ^^^^^^^^^^^^^^^^^ template-placeholder\n',
      messages: ['This value is a ${VAR} placeholder, so it is unknown until rendered and not checked here; Redis would read the placeholder text literally. Pass `--define REDIS_PASSWORD=…` to check the rendered value.'],
    },
    {
      name: 'Helm blocks and expressions with spaces and quotes',
      text: [
        '{{- if .Values.auth.enabled }}',
        '#^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ template-placeholder',
        'requirepass {{ .Values.auth.password | quote }}',
        '#           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ template-placeholder',
        'maxmemory {{ printf "%dmb" .Values.maxmemoryMb }}',
        '#         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ template-placeholder',
        '{{- end }}',
        '#^^^^^^^^^ template-placeholder',
        '',
      ].join('\n'),
      fatal: false,
    },
    {
      name: 'a placeholder directive name skips the line',
      text: '${SETTING} yes\n#^^^^^^^^^^^^^ template-placeholder\n',
      messages: ['The directive name is a ${VAR} placeholder (`${SETTING}`): this line is skipped until it is rendered. Pass `--define SETTING=…` to check the rendered value.'],
    },
    {
      name: 'once per line',
      text: 'replicaof @MASTER_HOST@ %MASTER_PORT%\n#         ^^^^^^^^^^^^^ template-placeholder\n',
    },
    {
      name: 'sentinel monitor with placeholders still declares its master',
      kind: 'sentinel',
      text: 'sentinel monitor mymaster @MASTER_HOST@ ${PORT:-6379} ${QUORUM}\n#                         ^^^^^^^^^^^^^ template-placeholder\nsentinel down-after-milliseconds mymaster 5000\n',
    },
  ],
});
