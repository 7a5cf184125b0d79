import { Lexer } from 'chevrotain';
import { confTokens } from '../../grammar/src/conf/tokens.js';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const c0 = cpu(); const t = confTokens(); const c1 = cpu();
new Lexer([...t.fileTokens], { positionTracking: 'onlyOffset', skipValidations: true, traceInitPerf: true });
console.log('tokens', (c1 - c0).toFixed(0), 'lexer', (cpu() - c1).toFixed(0));
