// Node-only additions for hosts that run in node (the language server): the knowledge data
// read from disk. Never import this from code that also runs in a browser.

export { useNodeKnowledgeSource, findKnowledgeDir } from '../knowledge/loader-node.js';
