// The zxcvbn-ts password estimator's modules, in a chunk of their own: the page imports it only
// when a file holds a cleartext password (as the CLI does), so a first visit never pays for the
// dictionaries.
export * as core from '@zxcvbn-ts/core';
export * as common from '@zxcvbn-ts/language-common';
export * as english from '@zxcvbn-ts/language-en';
