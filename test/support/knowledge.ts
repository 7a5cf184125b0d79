import { useNodeKnowledgeSource } from '../../server/src/knowledge/loader-node.js';

useNodeKnowledgeSource();
