// server/src/knowledge/loader-node.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// server/src/knowledge/loader.ts
var source;
var cache = /* @__PURE__ */ new Map();
function setKnowledgeSource(read) {
  source = read;
  cache.clear();
}
function loadKnowledge(name) {
  if (cache.has(name)) return cache.get(name);
  if (!source) {
    throw new Error(
      "redis-lint knowledge: no data source installed; call useNodeKnowledgeSource() (node) or setKnowledgeSource()"
    );
  }
  const data = source(name);
  if (data === void 0 || data === null) throw new Error(`redis-lint knowledge: no data named '${name}'`);
  cache.set(name, data);
  return data;
}

// server/src/knowledge/loader-node.ts
function findKnowledgeDir() {
  const here = typeof __dirname === "string" ? __dirname : void 0;
  const candidates = [
    ...here ? [(0, import_node_path.join)(here, "data"), (0, import_node_path.join)(here, "knowledge"), (0, import_node_path.join)(here, "knowledge", "data")] : [],
    (0, import_node_path.join)(process.cwd(), "server", "src", "knowledge", "data"),
    (0, import_node_path.join)(process.cwd(), "dist", "knowledge")
  ];
  const found = candidates.find((dir) => (0, import_node_fs.existsSync)(dir) && (0, import_node_fs.readdirSync)(dir).some((f) => f.endsWith(".json")));
  if (!found) throw new Error(`redis-lint knowledge: data folder not found; looked in ${candidates.join(", ")}`);
  return found;
}
function nodeKnowledgeSource(dir = findKnowledgeDir()) {
  return (name) => {
    if (!/^[a-z0-9][a-z0-9._-]*$/i.test(name)) return void 0;
    const file = (0, import_node_path.join)(dir, `${name}.json`);
    return (0, import_node_fs.existsSync)(file) ? JSON.parse((0, import_node_fs.readFileSync)(file, "utf8")) : void 0;
  };
}
function useNodeKnowledgeSource(dir) {
  setKnowledgeSource(nodeKnowledgeSource(dir));
}

// grammar/src/span.ts
var LineIndex = class {
  constructor(text2) {
    this.text = text2;
    const starts = [0];
    let at = text2.indexOf("\n");
    while (at !== -1) {
      starts.push(at + 1);
      at = text2.indexOf("\n", at + 1);
    }
    this.starts = starts;
  }
  text;
  starts;
  get lineCount() {
    return this.starts.length;
  }
  lineStart(line) {
    return this.starts[Math.min(Math.max(line, 0), this.starts.length - 1)];
  }
  /** End of the line's content, before its `\n` (a `\r` before it stays part of the line). */
  lineEnd(line) {
    return line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
  }
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  position(offset) {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    const line = this.lineOf(clamped);
    return { line, character: clamped - this.starts[line] };
  }
  offset(position) {
    const start = this.lineStart(position.line);
    return Math.min(start + Math.max(position.character, 0), this.lineEnd(position.line));
  }
  lineText(line) {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
};

// grammar/src/chars.ts
var NUL = 0;
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var DQUOTE = 34;
var HASH = 35;
var SQUOTE = 39;
var BACKSLASH = 92;
var BOM = 65279;
function isCSpace(code) {
  return code === SPACE || code >= TAB && code <= CR;
}
function isTrimmed(code) {
  return code === SPACE || code === TAB || code === CR;
}
function charLength(text2, offset) {
  const code = text2.charCodeAt(offset);
  if (code < 55296 || code > 56319) return 1;
  const next = text2.charCodeAt(offset + 1);
  return next >= 56320 && next <= 57343 ? 2 : 1;
}
function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 32;
  if (lower >= 97 && lower <= 102) return lower - 97 + 10;
  return -1;
}
function asciiLowerCase(text2) {
  for (let i = 0; i < text2.length; i++) {
    const code = text2.charCodeAt(i);
    if (code >= 65 && code <= 90) return text2.replace(/[A-Z]+/g, (run) => run.toLowerCase());
  }
  return text2;
}
function startCharsExcept(excluded) {
  const codes = [];
  for (let code = 0; code < 256; code++) if (!excluded.includes(String.fromCharCode(code))) codes.push(code);
  for (let bucket = 1; bucket <= 257; bucket++) codes.push(Math.max(256, bucket * 255));
  return codes;
}

// grammar/src/source.ts
var CONF_CHUNK_BYTES = 1024;
var ACL_CHUNK_BYTES = 1023;
var IdentityView = class {
  constructor(text2) {
    this.text = text2;
    this.original = text2;
  }
  text;
  dropped = [];
  original;
  span(start, end) {
    return { start, end };
  }
  line(_offset, counted) {
    return counted;
  }
};
var MappedView = class {
  constructor(original, text2, viewStarts, originalStarts, dropped) {
    this.original = original;
    this.text = text2;
    this.viewStarts = viewStarts;
    this.originalStarts = originalStarts;
    this.dropped = dropped;
  }
  original;
  text;
  viewStarts;
  originalStarts;
  dropped;
  lines;
  toOriginal(offset) {
    const starts = this.viewStarts;
    if (starts.length === 0) return 0;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.originalStarts[lo] + (offset - starts[lo]);
  }
  span(start, end) {
    const from = this.toOriginal(start);
    if (end <= start) return { start: from, end: from };
    let to = this.toOriginal(end - 1) + 1;
    if (isLowSurrogate(this.original.charCodeAt(to)) && isHighSurrogate(this.original.charCodeAt(to - 1))) to++;
    return { start: from, end: Math.min(to, this.original.length) };
  }
  line(offset) {
    this.lines ??= new LineIndex(this.original);
    return this.lines.lineOf(this.toOriginal(offset));
  }
};
function redisView(text2, chunkBytes) {
  let nul = text2.indexOf("\0");
  if (nul === -1) return new IdentityView(text2);
  const parts = [];
  const viewStarts = [];
  const originalStarts = [];
  const dropped = [];
  let viewLength = 0;
  const keep = (from, to, replacement) => {
    if (to <= from) return;
    viewStarts.push(viewLength);
    originalStarts.push(from);
    const piece = replacement ?? text2.slice(from, to);
    parts.push(piece);
    viewLength += piece.length;
  };
  let keptFrom = 0;
  while (nul !== -1) {
    const lineStart = text2.lastIndexOf("\n", nul) + 1;
    const newline = text2.indexOf("\n", nul);
    const lineEnd = newline === -1 ? text2.length : newline + 1;
    let bytes = 0;
    let dropFrom = -1;
    let dropChunk = -1;
    for (let i = lineStart; i < lineEnd; ) {
      const code = text2.charCodeAt(i);
      const units = isHighSurrogate(code) && isLowSurrogate(text2.charCodeAt(i + 1)) ? 2 : 1;
      const size = units === 2 ? 4 : utf8Length(code);
      const chunk = Math.floor(bytes / chunkBytes);
      if (dropFrom !== -1 && chunk !== dropChunk) {
        dropped.push({ start: dropFrom, end: i });
        dropFrom = -1;
        keptFrom = i;
      }
      if (dropFrom === -1 && code === NUL) {
        keep(keptFrom, i);
        dropFrom = i;
        dropChunk = chunk;
      } else if (dropFrom !== -1 && Math.floor((bytes + size - 1) / chunkBytes) !== chunk) {
        dropped.push({ start: dropFrom, end: i + units });
        dropFrom = -1;
        keep(i, i + units, "\uFFFD");
        keptFrom = i + units;
      }
      bytes += size;
      i += units;
    }
    if (dropFrom !== -1) {
      dropped.push({ start: dropFrom, end: lineEnd });
      keptFrom = lineEnd;
    }
    nul = lineEnd < text2.length ? text2.indexOf("\0", lineEnd) : -1;
  }
  keep(keptFrom, text2.length);
  return new MappedView(text2, parts.join(""), viewStarts, originalStarts, dropped);
}
function viewProblems(view) {
  const problems = [];
  if (view.original.charCodeAt(0) === BOM) problems.push({ code: "byte-order-mark", span: { start: 0, end: 1 } });
  for (const span of view.dropped) problems.push({ code: "nul-dropped", span });
  return problems;
}
function utf8Length(code) {
  return code < 128 ? 1 : code < 2048 ? 2 : 3;
}
function isHighSurrogate(code) {
  return code >= 55296 && code <= 56319;
}
function isLowSurrogate(code) {
  return code >= 56320 && code <= 57343;
}

// grammar/src/lines.ts
function walkLines(text2, handler, fastPath) {
  if (!fastPath) {
    handler.complex(0, text2.length, 0);
    return;
  }
  let runStart = -1;
  let runLine = 0;
  let line = 0;
  for (let start = 0; ; line++) {
    const newline = text2.indexOf("\n", start);
    const end = newline === -1 ? text2.length : newline;
    if (handler.plain(start, end)) {
      if (runStart !== -1) handler.complex(runStart, start, runLine);
      runStart = -1;
      handler.emit(line);
    } else if (runStart === -1) {
      runStart = start;
      runLine = line;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  if (runStart !== -1) handler.complex(runStart, text2.length, runLine);
}

// node_modules/lodash-es/_freeGlobal.js
var freeGlobal = typeof global == "object" && global && global.Object === Object && global;
var freeGlobal_default = freeGlobal;

// node_modules/lodash-es/_root.js
var freeSelf = typeof self == "object" && self && self.Object === Object && self;
var root = freeGlobal_default || freeSelf || Function("return this")();
var root_default = root;

// node_modules/lodash-es/_Symbol.js
var Symbol = root_default.Symbol;
var Symbol_default = Symbol;

// node_modules/lodash-es/_getRawTag.js
var objectProto = Object.prototype;
var hasOwnProperty = objectProto.hasOwnProperty;
var nativeObjectToString = objectProto.toString;
var symToStringTag = Symbol_default ? Symbol_default.toStringTag : void 0;
function getRawTag(value) {
  var isOwn = hasOwnProperty.call(value, symToStringTag), tag = value[symToStringTag];
  try {
    value[symToStringTag] = void 0;
    var unmasked = true;
  } catch (e) {
  }
  var result = nativeObjectToString.call(value);
  if (unmasked) {
    if (isOwn) {
      value[symToStringTag] = tag;
    } else {
      delete value[symToStringTag];
    }
  }
  return result;
}
var getRawTag_default = getRawTag;

// node_modules/lodash-es/_objectToString.js
var objectProto2 = Object.prototype;
var nativeObjectToString2 = objectProto2.toString;
function objectToString(value) {
  return nativeObjectToString2.call(value);
}
var objectToString_default = objectToString;

// node_modules/lodash-es/_baseGetTag.js
var nullTag = "[object Null]";
var undefinedTag = "[object Undefined]";
var symToStringTag2 = Symbol_default ? Symbol_default.toStringTag : void 0;
function baseGetTag(value) {
  if (value == null) {
    return value === void 0 ? undefinedTag : nullTag;
  }
  return symToStringTag2 && symToStringTag2 in Object(value) ? getRawTag_default(value) : objectToString_default(value);
}
var baseGetTag_default = baseGetTag;

// node_modules/lodash-es/isObjectLike.js
function isObjectLike(value) {
  return value != null && typeof value == "object";
}
var isObjectLike_default = isObjectLike;

// node_modules/lodash-es/isSymbol.js
var symbolTag = "[object Symbol]";
function isSymbol(value) {
  return typeof value == "symbol" || isObjectLike_default(value) && baseGetTag_default(value) == symbolTag;
}
var isSymbol_default = isSymbol;

// node_modules/lodash-es/_arrayMap.js
function arrayMap(array, iteratee) {
  var index = -1, length = array == null ? 0 : array.length, result = Array(length);
  while (++index < length) {
    result[index] = iteratee(array[index], index, array);
  }
  return result;
}
var arrayMap_default = arrayMap;

// node_modules/lodash-es/isArray.js
var isArray = Array.isArray;
var isArray_default = isArray;

// node_modules/lodash-es/_baseToString.js
var INFINITY = 1 / 0;
var symbolProto = Symbol_default ? Symbol_default.prototype : void 0;
var symbolToString = symbolProto ? symbolProto.toString : void 0;
function baseToString(value) {
  if (typeof value == "string") {
    return value;
  }
  if (isArray_default(value)) {
    return arrayMap_default(value, baseToString) + "";
  }
  if (isSymbol_default(value)) {
    return symbolToString ? symbolToString.call(value) : "";
  }
  var result = value + "";
  return result == "0" && 1 / value == -INFINITY ? "-0" : result;
}
var baseToString_default = baseToString;

// node_modules/lodash-es/_trimmedEndIndex.js
var reWhitespace = /\s/;
function trimmedEndIndex(string) {
  var index = string.length;
  while (index-- && reWhitespace.test(string.charAt(index))) {
  }
  return index;
}
var trimmedEndIndex_default = trimmedEndIndex;

// node_modules/lodash-es/_baseTrim.js
var reTrimStart = /^\s+/;
function baseTrim(string) {
  return string ? string.slice(0, trimmedEndIndex_default(string) + 1).replace(reTrimStart, "") : string;
}
var baseTrim_default = baseTrim;

// node_modules/lodash-es/isObject.js
function isObject(value) {
  var type = typeof value;
  return value != null && (type == "object" || type == "function");
}
var isObject_default = isObject;

// node_modules/lodash-es/toNumber.js
var NAN = 0 / 0;
var reIsBadHex = /^[-+]0x[0-9a-f]+$/i;
var reIsBinary = /^0b[01]+$/i;
var reIsOctal = /^0o[0-7]+$/i;
var freeParseInt = parseInt;
function toNumber(value) {
  if (typeof value == "number") {
    return value;
  }
  if (isSymbol_default(value)) {
    return NAN;
  }
  if (isObject_default(value)) {
    var other = typeof value.valueOf == "function" ? value.valueOf() : value;
    value = isObject_default(other) ? other + "" : other;
  }
  if (typeof value != "string") {
    return value === 0 ? value : +value;
  }
  value = baseTrim_default(value);
  var isBinary = reIsBinary.test(value);
  return isBinary || reIsOctal.test(value) ? freeParseInt(value.slice(2), isBinary ? 2 : 8) : reIsBadHex.test(value) ? NAN : +value;
}
var toNumber_default = toNumber;

// node_modules/lodash-es/toFinite.js
var INFINITY2 = 1 / 0;
var MAX_INTEGER = 17976931348623157e292;
function toFinite(value) {
  if (!value) {
    return value === 0 ? value : 0;
  }
  value = toNumber_default(value);
  if (value === INFINITY2 || value === -INFINITY2) {
    var sign = value < 0 ? -1 : 1;
    return sign * MAX_INTEGER;
  }
  return value === value ? value : 0;
}
var toFinite_default = toFinite;

// node_modules/lodash-es/toInteger.js
function toInteger(value) {
  var result = toFinite_default(value), remainder = result % 1;
  return result === result ? remainder ? result - remainder : result : 0;
}
var toInteger_default = toInteger;

// node_modules/lodash-es/identity.js
function identity(value) {
  return value;
}
var identity_default = identity;

// node_modules/lodash-es/isFunction.js
var asyncTag = "[object AsyncFunction]";
var funcTag = "[object Function]";
var genTag = "[object GeneratorFunction]";
var proxyTag = "[object Proxy]";
function isFunction(value) {
  if (!isObject_default(value)) {
    return false;
  }
  var tag = baseGetTag_default(value);
  return tag == funcTag || tag == genTag || tag == asyncTag || tag == proxyTag;
}
var isFunction_default = isFunction;

// node_modules/lodash-es/_coreJsData.js
var coreJsData = root_default["__core-js_shared__"];
var coreJsData_default = coreJsData;

// node_modules/lodash-es/_isMasked.js
var maskSrcKey = (function() {
  var uid = /[^.]+$/.exec(coreJsData_default && coreJsData_default.keys && coreJsData_default.keys.IE_PROTO || "");
  return uid ? "Symbol(src)_1." + uid : "";
})();
function isMasked(func) {
  return !!maskSrcKey && maskSrcKey in func;
}
var isMasked_default = isMasked;

// node_modules/lodash-es/_toSource.js
var funcProto = Function.prototype;
var funcToString = funcProto.toString;
function toSource(func) {
  if (func != null) {
    try {
      return funcToString.call(func);
    } catch (e) {
    }
    try {
      return func + "";
    } catch (e) {
    }
  }
  return "";
}
var toSource_default = toSource;

// node_modules/lodash-es/_baseIsNative.js
var reRegExpChar = /[\\^$.*+?()[\]{}|]/g;
var reIsHostCtor = /^\[object .+?Constructor\]$/;
var funcProto2 = Function.prototype;
var objectProto3 = Object.prototype;
var funcToString2 = funcProto2.toString;
var hasOwnProperty2 = objectProto3.hasOwnProperty;
var reIsNative = RegExp(
  "^" + funcToString2.call(hasOwnProperty2).replace(reRegExpChar, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
);
function baseIsNative(value) {
  if (!isObject_default(value) || isMasked_default(value)) {
    return false;
  }
  var pattern = isFunction_default(value) ? reIsNative : reIsHostCtor;
  return pattern.test(toSource_default(value));
}
var baseIsNative_default = baseIsNative;

// node_modules/lodash-es/_getValue.js
function getValue(object, key) {
  return object == null ? void 0 : object[key];
}
var getValue_default = getValue;

// node_modules/lodash-es/_getNative.js
function getNative(object, key) {
  var value = getValue_default(object, key);
  return baseIsNative_default(value) ? value : void 0;
}
var getNative_default = getNative;

// node_modules/lodash-es/_WeakMap.js
var WeakMap2 = getNative_default(root_default, "WeakMap");
var WeakMap_default = WeakMap2;

// node_modules/lodash-es/_baseCreate.js
var objectCreate = Object.create;
var baseCreate = /* @__PURE__ */ (function() {
  function object() {
  }
  return function(proto) {
    if (!isObject_default(proto)) {
      return {};
    }
    if (objectCreate) {
      return objectCreate(proto);
    }
    object.prototype = proto;
    var result = new object();
    object.prototype = void 0;
    return result;
  };
})();
var baseCreate_default = baseCreate;

// node_modules/lodash-es/_apply.js
function apply(func, thisArg, args) {
  switch (args.length) {
    case 0:
      return func.call(thisArg);
    case 1:
      return func.call(thisArg, args[0]);
    case 2:
      return func.call(thisArg, args[0], args[1]);
    case 3:
      return func.call(thisArg, args[0], args[1], args[2]);
  }
  return func.apply(thisArg, args);
}
var apply_default = apply;

// node_modules/lodash-es/noop.js
function noop() {
}
var noop_default = noop;

// node_modules/lodash-es/_copyArray.js
function copyArray(source2, array) {
  var index = -1, length = source2.length;
  array || (array = Array(length));
  while (++index < length) {
    array[index] = source2[index];
  }
  return array;
}
var copyArray_default = copyArray;

// node_modules/lodash-es/_shortOut.js
var HOT_COUNT = 800;
var HOT_SPAN = 16;
var nativeNow = Date.now;
function shortOut(func) {
  var count = 0, lastCalled = 0;
  return function() {
    var stamp = nativeNow(), remaining = HOT_SPAN - (stamp - lastCalled);
    lastCalled = stamp;
    if (remaining > 0) {
      if (++count >= HOT_COUNT) {
        return arguments[0];
      }
    } else {
      count = 0;
    }
    return func.apply(void 0, arguments);
  };
}
var shortOut_default = shortOut;

// node_modules/lodash-es/constant.js
function constant(value) {
  return function() {
    return value;
  };
}
var constant_default = constant;

// node_modules/lodash-es/_defineProperty.js
var defineProperty = (function() {
  try {
    var func = getNative_default(Object, "defineProperty");
    func({}, "", {});
    return func;
  } catch (e) {
  }
})();
var defineProperty_default = defineProperty;

// node_modules/lodash-es/_baseSetToString.js
var baseSetToString = !defineProperty_default ? identity_default : function(func, string) {
  return defineProperty_default(func, "toString", {
    "configurable": true,
    "enumerable": false,
    "value": constant_default(string),
    "writable": true
  });
};
var baseSetToString_default = baseSetToString;

// node_modules/lodash-es/_setToString.js
var setToString = shortOut_default(baseSetToString_default);
var setToString_default = setToString;

// node_modules/lodash-es/_arrayEach.js
function arrayEach(array, iteratee) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (iteratee(array[index], index, array) === false) {
      break;
    }
  }
  return array;
}
var arrayEach_default = arrayEach;

// node_modules/lodash-es/_baseFindIndex.js
function baseFindIndex(array, predicate, fromIndex, fromRight) {
  var length = array.length, index = fromIndex + (fromRight ? 1 : -1);
  while (fromRight ? index-- : ++index < length) {
    if (predicate(array[index], index, array)) {
      return index;
    }
  }
  return -1;
}
var baseFindIndex_default = baseFindIndex;

// node_modules/lodash-es/_baseIsNaN.js
function baseIsNaN(value) {
  return value !== value;
}
var baseIsNaN_default = baseIsNaN;

// node_modules/lodash-es/_strictIndexOf.js
function strictIndexOf(array, value, fromIndex) {
  var index = fromIndex - 1, length = array.length;
  while (++index < length) {
    if (array[index] === value) {
      return index;
    }
  }
  return -1;
}
var strictIndexOf_default = strictIndexOf;

// node_modules/lodash-es/_baseIndexOf.js
function baseIndexOf(array, value, fromIndex) {
  return value === value ? strictIndexOf_default(array, value, fromIndex) : baseFindIndex_default(array, baseIsNaN_default, fromIndex);
}
var baseIndexOf_default = baseIndexOf;

// node_modules/lodash-es/_arrayIncludes.js
function arrayIncludes(array, value) {
  var length = array == null ? 0 : array.length;
  return !!length && baseIndexOf_default(array, value, 0) > -1;
}
var arrayIncludes_default = arrayIncludes;

// node_modules/lodash-es/_isIndex.js
var MAX_SAFE_INTEGER = 9007199254740991;
var reIsUint = /^(?:0|[1-9]\d*)$/;
function isIndex(value, length) {
  var type = typeof value;
  length = length == null ? MAX_SAFE_INTEGER : length;
  return !!length && (type == "number" || type != "symbol" && reIsUint.test(value)) && (value > -1 && value % 1 == 0 && value < length);
}
var isIndex_default = isIndex;

// node_modules/lodash-es/_baseAssignValue.js
function baseAssignValue(object, key, value) {
  if (key == "__proto__" && defineProperty_default) {
    defineProperty_default(object, key, {
      "configurable": true,
      "enumerable": true,
      "value": value,
      "writable": true
    });
  } else {
    object[key] = value;
  }
}
var baseAssignValue_default = baseAssignValue;

// node_modules/lodash-es/eq.js
function eq(value, other) {
  return value === other || value !== value && other !== other;
}
var eq_default = eq;

// node_modules/lodash-es/_assignValue.js
var objectProto4 = Object.prototype;
var hasOwnProperty3 = objectProto4.hasOwnProperty;
function assignValue(object, key, value) {
  var objValue = object[key];
  if (!(hasOwnProperty3.call(object, key) && eq_default(objValue, value)) || value === void 0 && !(key in object)) {
    baseAssignValue_default(object, key, value);
  }
}
var assignValue_default = assignValue;

// node_modules/lodash-es/_copyObject.js
function copyObject(source2, props, object, customizer) {
  var isNew = !object;
  object || (object = {});
  var index = -1, length = props.length;
  while (++index < length) {
    var key = props[index];
    var newValue = customizer ? customizer(object[key], source2[key], key, object, source2) : void 0;
    if (newValue === void 0) {
      newValue = source2[key];
    }
    if (isNew) {
      baseAssignValue_default(object, key, newValue);
    } else {
      assignValue_default(object, key, newValue);
    }
  }
  return object;
}
var copyObject_default = copyObject;

// node_modules/lodash-es/_overRest.js
var nativeMax = Math.max;
function overRest(func, start, transform) {
  start = nativeMax(start === void 0 ? func.length - 1 : start, 0);
  return function() {
    var args = arguments, index = -1, length = nativeMax(args.length - start, 0), array = Array(length);
    while (++index < length) {
      array[index] = args[start + index];
    }
    index = -1;
    var otherArgs = Array(start + 1);
    while (++index < start) {
      otherArgs[index] = args[index];
    }
    otherArgs[start] = transform(array);
    return apply_default(func, this, otherArgs);
  };
}
var overRest_default = overRest;

// node_modules/lodash-es/_baseRest.js
function baseRest(func, start) {
  return setToString_default(overRest_default(func, start, identity_default), func + "");
}
var baseRest_default = baseRest;

// node_modules/lodash-es/isLength.js
var MAX_SAFE_INTEGER2 = 9007199254740991;
function isLength(value) {
  return typeof value == "number" && value > -1 && value % 1 == 0 && value <= MAX_SAFE_INTEGER2;
}
var isLength_default = isLength;

// node_modules/lodash-es/isArrayLike.js
function isArrayLike(value) {
  return value != null && isLength_default(value.length) && !isFunction_default(value);
}
var isArrayLike_default = isArrayLike;

// node_modules/lodash-es/_isIterateeCall.js
function isIterateeCall(value, index, object) {
  if (!isObject_default(object)) {
    return false;
  }
  var type = typeof index;
  if (type == "number" ? isArrayLike_default(object) && isIndex_default(index, object.length) : type == "string" && index in object) {
    return eq_default(object[index], value);
  }
  return false;
}
var isIterateeCall_default = isIterateeCall;

// node_modules/lodash-es/_createAssigner.js
function createAssigner(assigner) {
  return baseRest_default(function(object, sources) {
    var index = -1, length = sources.length, customizer = length > 1 ? sources[length - 1] : void 0, guard = length > 2 ? sources[2] : void 0;
    customizer = assigner.length > 3 && typeof customizer == "function" ? (length--, customizer) : void 0;
    if (guard && isIterateeCall_default(sources[0], sources[1], guard)) {
      customizer = length < 3 ? void 0 : customizer;
      length = 1;
    }
    object = Object(object);
    while (++index < length) {
      var source2 = sources[index];
      if (source2) {
        assigner(object, source2, index, customizer);
      }
    }
    return object;
  });
}
var createAssigner_default = createAssigner;

// node_modules/lodash-es/_isPrototype.js
var objectProto5 = Object.prototype;
function isPrototype(value) {
  var Ctor = value && value.constructor, proto = typeof Ctor == "function" && Ctor.prototype || objectProto5;
  return value === proto;
}
var isPrototype_default = isPrototype;

// node_modules/lodash-es/_baseTimes.js
function baseTimes(n, iteratee) {
  var index = -1, result = Array(n);
  while (++index < n) {
    result[index] = iteratee(index);
  }
  return result;
}
var baseTimes_default = baseTimes;

// node_modules/lodash-es/_baseIsArguments.js
var argsTag = "[object Arguments]";
function baseIsArguments(value) {
  return isObjectLike_default(value) && baseGetTag_default(value) == argsTag;
}
var baseIsArguments_default = baseIsArguments;

// node_modules/lodash-es/isArguments.js
var objectProto6 = Object.prototype;
var hasOwnProperty4 = objectProto6.hasOwnProperty;
var propertyIsEnumerable = objectProto6.propertyIsEnumerable;
var isArguments = baseIsArguments_default(/* @__PURE__ */ (function() {
  return arguments;
})()) ? baseIsArguments_default : function(value) {
  return isObjectLike_default(value) && hasOwnProperty4.call(value, "callee") && !propertyIsEnumerable.call(value, "callee");
};
var isArguments_default = isArguments;

// node_modules/lodash-es/stubFalse.js
function stubFalse() {
  return false;
}
var stubFalse_default = stubFalse;

// node_modules/lodash-es/isBuffer.js
var freeExports = typeof exports == "object" && exports && !exports.nodeType && exports;
var freeModule = freeExports && typeof module == "object" && module && !module.nodeType && module;
var moduleExports = freeModule && freeModule.exports === freeExports;
var Buffer = moduleExports ? root_default.Buffer : void 0;
var nativeIsBuffer = Buffer ? Buffer.isBuffer : void 0;
var isBuffer = nativeIsBuffer || stubFalse_default;
var isBuffer_default = isBuffer;

// node_modules/lodash-es/_baseIsTypedArray.js
var argsTag2 = "[object Arguments]";
var arrayTag = "[object Array]";
var boolTag = "[object Boolean]";
var dateTag = "[object Date]";
var errorTag = "[object Error]";
var funcTag2 = "[object Function]";
var mapTag = "[object Map]";
var numberTag = "[object Number]";
var objectTag = "[object Object]";
var regexpTag = "[object RegExp]";
var setTag = "[object Set]";
var stringTag = "[object String]";
var weakMapTag = "[object WeakMap]";
var arrayBufferTag = "[object ArrayBuffer]";
var dataViewTag = "[object DataView]";
var float32Tag = "[object Float32Array]";
var float64Tag = "[object Float64Array]";
var int8Tag = "[object Int8Array]";
var int16Tag = "[object Int16Array]";
var int32Tag = "[object Int32Array]";
var uint8Tag = "[object Uint8Array]";
var uint8ClampedTag = "[object Uint8ClampedArray]";
var uint16Tag = "[object Uint16Array]";
var uint32Tag = "[object Uint32Array]";
var typedArrayTags = {};
typedArrayTags[float32Tag] = typedArrayTags[float64Tag] = typedArrayTags[int8Tag] = typedArrayTags[int16Tag] = typedArrayTags[int32Tag] = typedArrayTags[uint8Tag] = typedArrayTags[uint8ClampedTag] = typedArrayTags[uint16Tag] = typedArrayTags[uint32Tag] = true;
typedArrayTags[argsTag2] = typedArrayTags[arrayTag] = typedArrayTags[arrayBufferTag] = typedArrayTags[boolTag] = typedArrayTags[dataViewTag] = typedArrayTags[dateTag] = typedArrayTags[errorTag] = typedArrayTags[funcTag2] = typedArrayTags[mapTag] = typedArrayTags[numberTag] = typedArrayTags[objectTag] = typedArrayTags[regexpTag] = typedArrayTags[setTag] = typedArrayTags[stringTag] = typedArrayTags[weakMapTag] = false;
function baseIsTypedArray(value) {
  return isObjectLike_default(value) && isLength_default(value.length) && !!typedArrayTags[baseGetTag_default(value)];
}
var baseIsTypedArray_default = baseIsTypedArray;

// node_modules/lodash-es/_baseUnary.js
function baseUnary(func) {
  return function(value) {
    return func(value);
  };
}
var baseUnary_default = baseUnary;

// node_modules/lodash-es/_nodeUtil.js
var freeExports2 = typeof exports == "object" && exports && !exports.nodeType && exports;
var freeModule2 = freeExports2 && typeof module == "object" && module && !module.nodeType && module;
var moduleExports2 = freeModule2 && freeModule2.exports === freeExports2;
var freeProcess = moduleExports2 && freeGlobal_default.process;
var nodeUtil = (function() {
  try {
    var types = freeModule2 && freeModule2.require && freeModule2.require("util").types;
    if (types) {
      return types;
    }
    return freeProcess && freeProcess.binding && freeProcess.binding("util");
  } catch (e) {
  }
})();
var nodeUtil_default = nodeUtil;

// node_modules/lodash-es/isTypedArray.js
var nodeIsTypedArray = nodeUtil_default && nodeUtil_default.isTypedArray;
var isTypedArray = nodeIsTypedArray ? baseUnary_default(nodeIsTypedArray) : baseIsTypedArray_default;
var isTypedArray_default = isTypedArray;

// node_modules/lodash-es/_arrayLikeKeys.js
var objectProto7 = Object.prototype;
var hasOwnProperty5 = objectProto7.hasOwnProperty;
function arrayLikeKeys(value, inherited) {
  var isArr = isArray_default(value), isArg = !isArr && isArguments_default(value), isBuff = !isArr && !isArg && isBuffer_default(value), isType = !isArr && !isArg && !isBuff && isTypedArray_default(value), skipIndexes = isArr || isArg || isBuff || isType, result = skipIndexes ? baseTimes_default(value.length, String) : [], length = result.length;
  for (var key in value) {
    if ((inherited || hasOwnProperty5.call(value, key)) && !(skipIndexes && // Safari 9 has enumerable `arguments.length` in strict mode.
    (key == "length" || // Node.js 0.10 has enumerable non-index properties on buffers.
    isBuff && (key == "offset" || key == "parent") || // PhantomJS 2 has enumerable non-index properties on typed arrays.
    isType && (key == "buffer" || key == "byteLength" || key == "byteOffset") || // Skip index properties.
    isIndex_default(key, length)))) {
      result.push(key);
    }
  }
  return result;
}
var arrayLikeKeys_default = arrayLikeKeys;

// node_modules/lodash-es/_overArg.js
function overArg(func, transform) {
  return function(arg) {
    return func(transform(arg));
  };
}
var overArg_default = overArg;

// node_modules/lodash-es/_nativeKeys.js
var nativeKeys = overArg_default(Object.keys, Object);
var nativeKeys_default = nativeKeys;

// node_modules/lodash-es/_baseKeys.js
var objectProto8 = Object.prototype;
var hasOwnProperty6 = objectProto8.hasOwnProperty;
function baseKeys(object) {
  if (!isPrototype_default(object)) {
    return nativeKeys_default(object);
  }
  var result = [];
  for (var key in Object(object)) {
    if (hasOwnProperty6.call(object, key) && key != "constructor") {
      result.push(key);
    }
  }
  return result;
}
var baseKeys_default = baseKeys;

// node_modules/lodash-es/keys.js
function keys(object) {
  return isArrayLike_default(object) ? arrayLikeKeys_default(object) : baseKeys_default(object);
}
var keys_default = keys;

// node_modules/lodash-es/assign.js
var objectProto9 = Object.prototype;
var hasOwnProperty7 = objectProto9.hasOwnProperty;
var assign = createAssigner_default(function(object, source2) {
  if (isPrototype_default(source2) || isArrayLike_default(source2)) {
    copyObject_default(source2, keys_default(source2), object);
    return;
  }
  for (var key in source2) {
    if (hasOwnProperty7.call(source2, key)) {
      assignValue_default(object, key, source2[key]);
    }
  }
});
var assign_default = assign;

// node_modules/lodash-es/_nativeKeysIn.js
function nativeKeysIn(object) {
  var result = [];
  if (object != null) {
    for (var key in Object(object)) {
      result.push(key);
    }
  }
  return result;
}
var nativeKeysIn_default = nativeKeysIn;

// node_modules/lodash-es/_baseKeysIn.js
var objectProto10 = Object.prototype;
var hasOwnProperty8 = objectProto10.hasOwnProperty;
function baseKeysIn(object) {
  if (!isObject_default(object)) {
    return nativeKeysIn_default(object);
  }
  var isProto = isPrototype_default(object), result = [];
  for (var key in object) {
    if (!(key == "constructor" && (isProto || !hasOwnProperty8.call(object, key)))) {
      result.push(key);
    }
  }
  return result;
}
var baseKeysIn_default = baseKeysIn;

// node_modules/lodash-es/keysIn.js
function keysIn(object) {
  return isArrayLike_default(object) ? arrayLikeKeys_default(object, true) : baseKeysIn_default(object);
}
var keysIn_default = keysIn;

// node_modules/lodash-es/_isKey.js
var reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
var reIsPlainProp = /^\w*$/;
function isKey(value, object) {
  if (isArray_default(value)) {
    return false;
  }
  var type = typeof value;
  if (type == "number" || type == "symbol" || type == "boolean" || value == null || isSymbol_default(value)) {
    return true;
  }
  return reIsPlainProp.test(value) || !reIsDeepProp.test(value) || object != null && value in Object(object);
}
var isKey_default = isKey;

// node_modules/lodash-es/_nativeCreate.js
var nativeCreate = getNative_default(Object, "create");
var nativeCreate_default = nativeCreate;

// node_modules/lodash-es/_hashClear.js
function hashClear() {
  this.__data__ = nativeCreate_default ? nativeCreate_default(null) : {};
  this.size = 0;
}
var hashClear_default = hashClear;

// node_modules/lodash-es/_hashDelete.js
function hashDelete(key) {
  var result = this.has(key) && delete this.__data__[key];
  this.size -= result ? 1 : 0;
  return result;
}
var hashDelete_default = hashDelete;

// node_modules/lodash-es/_hashGet.js
var HASH_UNDEFINED = "__lodash_hash_undefined__";
var objectProto11 = Object.prototype;
var hasOwnProperty9 = objectProto11.hasOwnProperty;
function hashGet(key) {
  var data = this.__data__;
  if (nativeCreate_default) {
    var result = data[key];
    return result === HASH_UNDEFINED ? void 0 : result;
  }
  return hasOwnProperty9.call(data, key) ? data[key] : void 0;
}
var hashGet_default = hashGet;

// node_modules/lodash-es/_hashHas.js
var objectProto12 = Object.prototype;
var hasOwnProperty10 = objectProto12.hasOwnProperty;
function hashHas(key) {
  var data = this.__data__;
  return nativeCreate_default ? data[key] !== void 0 : hasOwnProperty10.call(data, key);
}
var hashHas_default = hashHas;

// node_modules/lodash-es/_hashSet.js
var HASH_UNDEFINED2 = "__lodash_hash_undefined__";
function hashSet(key, value) {
  var data = this.__data__;
  this.size += this.has(key) ? 0 : 1;
  data[key] = nativeCreate_default && value === void 0 ? HASH_UNDEFINED2 : value;
  return this;
}
var hashSet_default = hashSet;

// node_modules/lodash-es/_Hash.js
function Hash(entries) {
  var index = -1, length = entries == null ? 0 : entries.length;
  this.clear();
  while (++index < length) {
    var entry = entries[index];
    this.set(entry[0], entry[1]);
  }
}
Hash.prototype.clear = hashClear_default;
Hash.prototype["delete"] = hashDelete_default;
Hash.prototype.get = hashGet_default;
Hash.prototype.has = hashHas_default;
Hash.prototype.set = hashSet_default;
var Hash_default = Hash;

// node_modules/lodash-es/_listCacheClear.js
function listCacheClear() {
  this.__data__ = [];
  this.size = 0;
}
var listCacheClear_default = listCacheClear;

// node_modules/lodash-es/_assocIndexOf.js
function assocIndexOf(array, key) {
  var length = array.length;
  while (length--) {
    if (eq_default(array[length][0], key)) {
      return length;
    }
  }
  return -1;
}
var assocIndexOf_default = assocIndexOf;

// node_modules/lodash-es/_listCacheDelete.js
var arrayProto = Array.prototype;
var splice = arrayProto.splice;
function listCacheDelete(key) {
  var data = this.__data__, index = assocIndexOf_default(data, key);
  if (index < 0) {
    return false;
  }
  var lastIndex = data.length - 1;
  if (index == lastIndex) {
    data.pop();
  } else {
    splice.call(data, index, 1);
  }
  --this.size;
  return true;
}
var listCacheDelete_default = listCacheDelete;

// node_modules/lodash-es/_listCacheGet.js
function listCacheGet(key) {
  var data = this.__data__, index = assocIndexOf_default(data, key);
  return index < 0 ? void 0 : data[index][1];
}
var listCacheGet_default = listCacheGet;

// node_modules/lodash-es/_listCacheHas.js
function listCacheHas(key) {
  return assocIndexOf_default(this.__data__, key) > -1;
}
var listCacheHas_default = listCacheHas;

// node_modules/lodash-es/_listCacheSet.js
function listCacheSet(key, value) {
  var data = this.__data__, index = assocIndexOf_default(data, key);
  if (index < 0) {
    ++this.size;
    data.push([key, value]);
  } else {
    data[index][1] = value;
  }
  return this;
}
var listCacheSet_default = listCacheSet;

// node_modules/lodash-es/_ListCache.js
function ListCache(entries) {
  var index = -1, length = entries == null ? 0 : entries.length;
  this.clear();
  while (++index < length) {
    var entry = entries[index];
    this.set(entry[0], entry[1]);
  }
}
ListCache.prototype.clear = listCacheClear_default;
ListCache.prototype["delete"] = listCacheDelete_default;
ListCache.prototype.get = listCacheGet_default;
ListCache.prototype.has = listCacheHas_default;
ListCache.prototype.set = listCacheSet_default;
var ListCache_default = ListCache;

// node_modules/lodash-es/_Map.js
var Map2 = getNative_default(root_default, "Map");
var Map_default = Map2;

// node_modules/lodash-es/_mapCacheClear.js
function mapCacheClear() {
  this.size = 0;
  this.__data__ = {
    "hash": new Hash_default(),
    "map": new (Map_default || ListCache_default)(),
    "string": new Hash_default()
  };
}
var mapCacheClear_default = mapCacheClear;

// node_modules/lodash-es/_isKeyable.js
function isKeyable(value) {
  var type = typeof value;
  return type == "string" || type == "number" || type == "symbol" || type == "boolean" ? value !== "__proto__" : value === null;
}
var isKeyable_default = isKeyable;

// node_modules/lodash-es/_getMapData.js
function getMapData(map2, key) {
  var data = map2.__data__;
  return isKeyable_default(key) ? data[typeof key == "string" ? "string" : "hash"] : data.map;
}
var getMapData_default = getMapData;

// node_modules/lodash-es/_mapCacheDelete.js
function mapCacheDelete(key) {
  var result = getMapData_default(this, key)["delete"](key);
  this.size -= result ? 1 : 0;
  return result;
}
var mapCacheDelete_default = mapCacheDelete;

// node_modules/lodash-es/_mapCacheGet.js
function mapCacheGet(key) {
  return getMapData_default(this, key).get(key);
}
var mapCacheGet_default = mapCacheGet;

// node_modules/lodash-es/_mapCacheHas.js
function mapCacheHas(key) {
  return getMapData_default(this, key).has(key);
}
var mapCacheHas_default = mapCacheHas;

// node_modules/lodash-es/_mapCacheSet.js
function mapCacheSet(key, value) {
  var data = getMapData_default(this, key), size = data.size;
  data.set(key, value);
  this.size += data.size == size ? 0 : 1;
  return this;
}
var mapCacheSet_default = mapCacheSet;

// node_modules/lodash-es/_MapCache.js
function MapCache(entries) {
  var index = -1, length = entries == null ? 0 : entries.length;
  this.clear();
  while (++index < length) {
    var entry = entries[index];
    this.set(entry[0], entry[1]);
  }
}
MapCache.prototype.clear = mapCacheClear_default;
MapCache.prototype["delete"] = mapCacheDelete_default;
MapCache.prototype.get = mapCacheGet_default;
MapCache.prototype.has = mapCacheHas_default;
MapCache.prototype.set = mapCacheSet_default;
var MapCache_default = MapCache;

// node_modules/lodash-es/memoize.js
var FUNC_ERROR_TEXT = "Expected a function";
function memoize(func, resolver) {
  if (typeof func != "function" || resolver != null && typeof resolver != "function") {
    throw new TypeError(FUNC_ERROR_TEXT);
  }
  var memoized = function() {
    var args = arguments, key = resolver ? resolver.apply(this, args) : args[0], cache4 = memoized.cache;
    if (cache4.has(key)) {
      return cache4.get(key);
    }
    var result = func.apply(this, args);
    memoized.cache = cache4.set(key, result) || cache4;
    return result;
  };
  memoized.cache = new (memoize.Cache || MapCache_default)();
  return memoized;
}
memoize.Cache = MapCache_default;
var memoize_default = memoize;

// node_modules/lodash-es/_memoizeCapped.js
var MAX_MEMOIZE_SIZE = 500;
function memoizeCapped(func) {
  var result = memoize_default(func, function(key) {
    if (cache4.size === MAX_MEMOIZE_SIZE) {
      cache4.clear();
    }
    return key;
  });
  var cache4 = result.cache;
  return result;
}
var memoizeCapped_default = memoizeCapped;

// node_modules/lodash-es/_stringToPath.js
var rePropName = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
var reEscapeChar = /\\(\\)?/g;
var stringToPath = memoizeCapped_default(function(string) {
  var result = [];
  if (string.charCodeAt(0) === 46) {
    result.push("");
  }
  string.replace(rePropName, function(match, number, quote, subString) {
    result.push(quote ? subString.replace(reEscapeChar, "$1") : number || match);
  });
  return result;
});
var stringToPath_default = stringToPath;

// node_modules/lodash-es/toString.js
function toString(value) {
  return value == null ? "" : baseToString_default(value);
}
var toString_default = toString;

// node_modules/lodash-es/_castPath.js
function castPath(value, object) {
  if (isArray_default(value)) {
    return value;
  }
  return isKey_default(value, object) ? [value] : stringToPath_default(toString_default(value));
}
var castPath_default = castPath;

// node_modules/lodash-es/_toKey.js
var INFINITY3 = 1 / 0;
function toKey(value) {
  if (typeof value == "string" || isSymbol_default(value)) {
    return value;
  }
  var result = value + "";
  return result == "0" && 1 / value == -INFINITY3 ? "-0" : result;
}
var toKey_default = toKey;

// node_modules/lodash-es/_baseGet.js
function baseGet(object, path) {
  path = castPath_default(path, object);
  var index = 0, length = path.length;
  while (object != null && index < length) {
    object = object[toKey_default(path[index++])];
  }
  return index && index == length ? object : void 0;
}
var baseGet_default = baseGet;

// node_modules/lodash-es/get.js
function get(object, path, defaultValue) {
  var result = object == null ? void 0 : baseGet_default(object, path);
  return result === void 0 ? defaultValue : result;
}
var get_default = get;

// node_modules/lodash-es/_arrayPush.js
function arrayPush(array, values2) {
  var index = -1, length = values2.length, offset = array.length;
  while (++index < length) {
    array[offset + index] = values2[index];
  }
  return array;
}
var arrayPush_default = arrayPush;

// node_modules/lodash-es/_isFlattenable.js
var spreadableSymbol = Symbol_default ? Symbol_default.isConcatSpreadable : void 0;
function isFlattenable(value) {
  return isArray_default(value) || isArguments_default(value) || !!(spreadableSymbol && value && value[spreadableSymbol]);
}
var isFlattenable_default = isFlattenable;

// node_modules/lodash-es/_baseFlatten.js
function baseFlatten(array, depth, predicate, isStrict, result) {
  var index = -1, length = array.length;
  predicate || (predicate = isFlattenable_default);
  result || (result = []);
  while (++index < length) {
    var value = array[index];
    if (depth > 0 && predicate(value)) {
      if (depth > 1) {
        baseFlatten(value, depth - 1, predicate, isStrict, result);
      } else {
        arrayPush_default(result, value);
      }
    } else if (!isStrict) {
      result[result.length] = value;
    }
  }
  return result;
}
var baseFlatten_default = baseFlatten;

// node_modules/lodash-es/flatten.js
function flatten(array) {
  var length = array == null ? 0 : array.length;
  return length ? baseFlatten_default(array, 1) : [];
}
var flatten_default = flatten;

// node_modules/lodash-es/_getPrototype.js
var getPrototype = overArg_default(Object.getPrototypeOf, Object);
var getPrototype_default = getPrototype;

// node_modules/lodash-es/_baseSlice.js
function baseSlice(array, start, end) {
  var index = -1, length = array.length;
  if (start < 0) {
    start = -start > length ? 0 : length + start;
  }
  end = end > length ? length : end;
  if (end < 0) {
    end += length;
  }
  length = start > end ? 0 : end - start >>> 0;
  start >>>= 0;
  var result = Array(length);
  while (++index < length) {
    result[index] = array[index + start];
  }
  return result;
}
var baseSlice_default = baseSlice;

// node_modules/lodash-es/_arrayReduce.js
function arrayReduce(array, iteratee, accumulator, initAccum) {
  var index = -1, length = array == null ? 0 : array.length;
  if (initAccum && length) {
    accumulator = array[++index];
  }
  while (++index < length) {
    accumulator = iteratee(accumulator, array[index], index, array);
  }
  return accumulator;
}
var arrayReduce_default = arrayReduce;

// node_modules/lodash-es/_stackClear.js
function stackClear() {
  this.__data__ = new ListCache_default();
  this.size = 0;
}
var stackClear_default = stackClear;

// node_modules/lodash-es/_stackDelete.js
function stackDelete(key) {
  var data = this.__data__, result = data["delete"](key);
  this.size = data.size;
  return result;
}
var stackDelete_default = stackDelete;

// node_modules/lodash-es/_stackGet.js
function stackGet(key) {
  return this.__data__.get(key);
}
var stackGet_default = stackGet;

// node_modules/lodash-es/_stackHas.js
function stackHas(key) {
  return this.__data__.has(key);
}
var stackHas_default = stackHas;

// node_modules/lodash-es/_stackSet.js
var LARGE_ARRAY_SIZE = 200;
function stackSet(key, value) {
  var data = this.__data__;
  if (data instanceof ListCache_default) {
    var pairs = data.__data__;
    if (!Map_default || pairs.length < LARGE_ARRAY_SIZE - 1) {
      pairs.push([key, value]);
      this.size = ++data.size;
      return this;
    }
    data = this.__data__ = new MapCache_default(pairs);
  }
  data.set(key, value);
  this.size = data.size;
  return this;
}
var stackSet_default = stackSet;

// node_modules/lodash-es/_Stack.js
function Stack(entries) {
  var data = this.__data__ = new ListCache_default(entries);
  this.size = data.size;
}
Stack.prototype.clear = stackClear_default;
Stack.prototype["delete"] = stackDelete_default;
Stack.prototype.get = stackGet_default;
Stack.prototype.has = stackHas_default;
Stack.prototype.set = stackSet_default;
var Stack_default = Stack;

// node_modules/lodash-es/_baseAssign.js
function baseAssign(object, source2) {
  return object && copyObject_default(source2, keys_default(source2), object);
}
var baseAssign_default = baseAssign;

// node_modules/lodash-es/_baseAssignIn.js
function baseAssignIn(object, source2) {
  return object && copyObject_default(source2, keysIn_default(source2), object);
}
var baseAssignIn_default = baseAssignIn;

// node_modules/lodash-es/_cloneBuffer.js
var freeExports3 = typeof exports == "object" && exports && !exports.nodeType && exports;
var freeModule3 = freeExports3 && typeof module == "object" && module && !module.nodeType && module;
var moduleExports3 = freeModule3 && freeModule3.exports === freeExports3;
var Buffer2 = moduleExports3 ? root_default.Buffer : void 0;
var allocUnsafe = Buffer2 ? Buffer2.allocUnsafe : void 0;
function cloneBuffer(buffer, isDeep) {
  if (isDeep) {
    return buffer.slice();
  }
  var length = buffer.length, result = allocUnsafe ? allocUnsafe(length) : new buffer.constructor(length);
  buffer.copy(result);
  return result;
}
var cloneBuffer_default = cloneBuffer;

// node_modules/lodash-es/_arrayFilter.js
function arrayFilter(array, predicate) {
  var index = -1, length = array == null ? 0 : array.length, resIndex = 0, result = [];
  while (++index < length) {
    var value = array[index];
    if (predicate(value, index, array)) {
      result[resIndex++] = value;
    }
  }
  return result;
}
var arrayFilter_default = arrayFilter;

// node_modules/lodash-es/stubArray.js
function stubArray() {
  return [];
}
var stubArray_default = stubArray;

// node_modules/lodash-es/_getSymbols.js
var objectProto13 = Object.prototype;
var propertyIsEnumerable2 = objectProto13.propertyIsEnumerable;
var nativeGetSymbols = Object.getOwnPropertySymbols;
var getSymbols = !nativeGetSymbols ? stubArray_default : function(object) {
  if (object == null) {
    return [];
  }
  object = Object(object);
  return arrayFilter_default(nativeGetSymbols(object), function(symbol) {
    return propertyIsEnumerable2.call(object, symbol);
  });
};
var getSymbols_default = getSymbols;

// node_modules/lodash-es/_copySymbols.js
function copySymbols(source2, object) {
  return copyObject_default(source2, getSymbols_default(source2), object);
}
var copySymbols_default = copySymbols;

// node_modules/lodash-es/_getSymbolsIn.js
var nativeGetSymbols2 = Object.getOwnPropertySymbols;
var getSymbolsIn = !nativeGetSymbols2 ? stubArray_default : function(object) {
  var result = [];
  while (object) {
    arrayPush_default(result, getSymbols_default(object));
    object = getPrototype_default(object);
  }
  return result;
};
var getSymbolsIn_default = getSymbolsIn;

// node_modules/lodash-es/_copySymbolsIn.js
function copySymbolsIn(source2, object) {
  return copyObject_default(source2, getSymbolsIn_default(source2), object);
}
var copySymbolsIn_default = copySymbolsIn;

// node_modules/lodash-es/_baseGetAllKeys.js
function baseGetAllKeys(object, keysFunc, symbolsFunc) {
  var result = keysFunc(object);
  return isArray_default(object) ? result : arrayPush_default(result, symbolsFunc(object));
}
var baseGetAllKeys_default = baseGetAllKeys;

// node_modules/lodash-es/_getAllKeys.js
function getAllKeys(object) {
  return baseGetAllKeys_default(object, keys_default, getSymbols_default);
}
var getAllKeys_default = getAllKeys;

// node_modules/lodash-es/_getAllKeysIn.js
function getAllKeysIn(object) {
  return baseGetAllKeys_default(object, keysIn_default, getSymbolsIn_default);
}
var getAllKeysIn_default = getAllKeysIn;

// node_modules/lodash-es/_DataView.js
var DataView2 = getNative_default(root_default, "DataView");
var DataView_default = DataView2;

// node_modules/lodash-es/_Promise.js
var Promise2 = getNative_default(root_default, "Promise");
var Promise_default = Promise2;

// node_modules/lodash-es/_Set.js
var Set2 = getNative_default(root_default, "Set");
var Set_default = Set2;

// node_modules/lodash-es/_getTag.js
var mapTag2 = "[object Map]";
var objectTag2 = "[object Object]";
var promiseTag = "[object Promise]";
var setTag2 = "[object Set]";
var weakMapTag2 = "[object WeakMap]";
var dataViewTag2 = "[object DataView]";
var dataViewCtorString = toSource_default(DataView_default);
var mapCtorString = toSource_default(Map_default);
var promiseCtorString = toSource_default(Promise_default);
var setCtorString = toSource_default(Set_default);
var weakMapCtorString = toSource_default(WeakMap_default);
var getTag = baseGetTag_default;
if (DataView_default && getTag(new DataView_default(new ArrayBuffer(1))) != dataViewTag2 || Map_default && getTag(new Map_default()) != mapTag2 || Promise_default && getTag(Promise_default.resolve()) != promiseTag || Set_default && getTag(new Set_default()) != setTag2 || WeakMap_default && getTag(new WeakMap_default()) != weakMapTag2) {
  getTag = function(value) {
    var result = baseGetTag_default(value), Ctor = result == objectTag2 ? value.constructor : void 0, ctorString = Ctor ? toSource_default(Ctor) : "";
    if (ctorString) {
      switch (ctorString) {
        case dataViewCtorString:
          return dataViewTag2;
        case mapCtorString:
          return mapTag2;
        case promiseCtorString:
          return promiseTag;
        case setCtorString:
          return setTag2;
        case weakMapCtorString:
          return weakMapTag2;
      }
    }
    return result;
  };
}
var getTag_default = getTag;

// node_modules/lodash-es/_initCloneArray.js
var objectProto14 = Object.prototype;
var hasOwnProperty11 = objectProto14.hasOwnProperty;
function initCloneArray(array) {
  var length = array.length, result = new array.constructor(length);
  if (length && typeof array[0] == "string" && hasOwnProperty11.call(array, "index")) {
    result.index = array.index;
    result.input = array.input;
  }
  return result;
}
var initCloneArray_default = initCloneArray;

// node_modules/lodash-es/_Uint8Array.js
var Uint8Array2 = root_default.Uint8Array;
var Uint8Array_default = Uint8Array2;

// node_modules/lodash-es/_cloneArrayBuffer.js
function cloneArrayBuffer(arrayBuffer) {
  var result = new arrayBuffer.constructor(arrayBuffer.byteLength);
  new Uint8Array_default(result).set(new Uint8Array_default(arrayBuffer));
  return result;
}
var cloneArrayBuffer_default = cloneArrayBuffer;

// node_modules/lodash-es/_cloneDataView.js
function cloneDataView(dataView, isDeep) {
  var buffer = isDeep ? cloneArrayBuffer_default(dataView.buffer) : dataView.buffer;
  return new dataView.constructor(buffer, dataView.byteOffset, dataView.byteLength);
}
var cloneDataView_default = cloneDataView;

// node_modules/lodash-es/_cloneRegExp.js
var reFlags = /\w*$/;
function cloneRegExp(regexp) {
  var result = new regexp.constructor(regexp.source, reFlags.exec(regexp));
  result.lastIndex = regexp.lastIndex;
  return result;
}
var cloneRegExp_default = cloneRegExp;

// node_modules/lodash-es/_cloneSymbol.js
var symbolProto2 = Symbol_default ? Symbol_default.prototype : void 0;
var symbolValueOf = symbolProto2 ? symbolProto2.valueOf : void 0;
function cloneSymbol(symbol) {
  return symbolValueOf ? Object(symbolValueOf.call(symbol)) : {};
}
var cloneSymbol_default = cloneSymbol;

// node_modules/lodash-es/_cloneTypedArray.js
function cloneTypedArray(typedArray, isDeep) {
  var buffer = isDeep ? cloneArrayBuffer_default(typedArray.buffer) : typedArray.buffer;
  return new typedArray.constructor(buffer, typedArray.byteOffset, typedArray.length);
}
var cloneTypedArray_default = cloneTypedArray;

// node_modules/lodash-es/_initCloneByTag.js
var boolTag2 = "[object Boolean]";
var dateTag2 = "[object Date]";
var mapTag3 = "[object Map]";
var numberTag2 = "[object Number]";
var regexpTag2 = "[object RegExp]";
var setTag3 = "[object Set]";
var stringTag2 = "[object String]";
var symbolTag2 = "[object Symbol]";
var arrayBufferTag2 = "[object ArrayBuffer]";
var dataViewTag3 = "[object DataView]";
var float32Tag2 = "[object Float32Array]";
var float64Tag2 = "[object Float64Array]";
var int8Tag2 = "[object Int8Array]";
var int16Tag2 = "[object Int16Array]";
var int32Tag2 = "[object Int32Array]";
var uint8Tag2 = "[object Uint8Array]";
var uint8ClampedTag2 = "[object Uint8ClampedArray]";
var uint16Tag2 = "[object Uint16Array]";
var uint32Tag2 = "[object Uint32Array]";
function initCloneByTag(object, tag, isDeep) {
  var Ctor = object.constructor;
  switch (tag) {
    case arrayBufferTag2:
      return cloneArrayBuffer_default(object);
    case boolTag2:
    case dateTag2:
      return new Ctor(+object);
    case dataViewTag3:
      return cloneDataView_default(object, isDeep);
    case float32Tag2:
    case float64Tag2:
    case int8Tag2:
    case int16Tag2:
    case int32Tag2:
    case uint8Tag2:
    case uint8ClampedTag2:
    case uint16Tag2:
    case uint32Tag2:
      return cloneTypedArray_default(object, isDeep);
    case mapTag3:
      return new Ctor();
    case numberTag2:
    case stringTag2:
      return new Ctor(object);
    case regexpTag2:
      return cloneRegExp_default(object);
    case setTag3:
      return new Ctor();
    case symbolTag2:
      return cloneSymbol_default(object);
  }
}
var initCloneByTag_default = initCloneByTag;

// node_modules/lodash-es/_initCloneObject.js
function initCloneObject(object) {
  return typeof object.constructor == "function" && !isPrototype_default(object) ? baseCreate_default(getPrototype_default(object)) : {};
}
var initCloneObject_default = initCloneObject;

// node_modules/lodash-es/_baseIsMap.js
var mapTag4 = "[object Map]";
function baseIsMap(value) {
  return isObjectLike_default(value) && getTag_default(value) == mapTag4;
}
var baseIsMap_default = baseIsMap;

// node_modules/lodash-es/isMap.js
var nodeIsMap = nodeUtil_default && nodeUtil_default.isMap;
var isMap = nodeIsMap ? baseUnary_default(nodeIsMap) : baseIsMap_default;
var isMap_default = isMap;

// node_modules/lodash-es/_baseIsSet.js
var setTag4 = "[object Set]";
function baseIsSet(value) {
  return isObjectLike_default(value) && getTag_default(value) == setTag4;
}
var baseIsSet_default = baseIsSet;

// node_modules/lodash-es/isSet.js
var nodeIsSet = nodeUtil_default && nodeUtil_default.isSet;
var isSet = nodeIsSet ? baseUnary_default(nodeIsSet) : baseIsSet_default;
var isSet_default = isSet;

// node_modules/lodash-es/_baseClone.js
var CLONE_DEEP_FLAG = 1;
var CLONE_FLAT_FLAG = 2;
var CLONE_SYMBOLS_FLAG = 4;
var argsTag3 = "[object Arguments]";
var arrayTag2 = "[object Array]";
var boolTag3 = "[object Boolean]";
var dateTag3 = "[object Date]";
var errorTag2 = "[object Error]";
var funcTag3 = "[object Function]";
var genTag2 = "[object GeneratorFunction]";
var mapTag5 = "[object Map]";
var numberTag3 = "[object Number]";
var objectTag3 = "[object Object]";
var regexpTag3 = "[object RegExp]";
var setTag5 = "[object Set]";
var stringTag3 = "[object String]";
var symbolTag3 = "[object Symbol]";
var weakMapTag3 = "[object WeakMap]";
var arrayBufferTag3 = "[object ArrayBuffer]";
var dataViewTag4 = "[object DataView]";
var float32Tag3 = "[object Float32Array]";
var float64Tag3 = "[object Float64Array]";
var int8Tag3 = "[object Int8Array]";
var int16Tag3 = "[object Int16Array]";
var int32Tag3 = "[object Int32Array]";
var uint8Tag3 = "[object Uint8Array]";
var uint8ClampedTag3 = "[object Uint8ClampedArray]";
var uint16Tag3 = "[object Uint16Array]";
var uint32Tag3 = "[object Uint32Array]";
var cloneableTags = {};
cloneableTags[argsTag3] = cloneableTags[arrayTag2] = cloneableTags[arrayBufferTag3] = cloneableTags[dataViewTag4] = cloneableTags[boolTag3] = cloneableTags[dateTag3] = cloneableTags[float32Tag3] = cloneableTags[float64Tag3] = cloneableTags[int8Tag3] = cloneableTags[int16Tag3] = cloneableTags[int32Tag3] = cloneableTags[mapTag5] = cloneableTags[numberTag3] = cloneableTags[objectTag3] = cloneableTags[regexpTag3] = cloneableTags[setTag5] = cloneableTags[stringTag3] = cloneableTags[symbolTag3] = cloneableTags[uint8Tag3] = cloneableTags[uint8ClampedTag3] = cloneableTags[uint16Tag3] = cloneableTags[uint32Tag3] = true;
cloneableTags[errorTag2] = cloneableTags[funcTag3] = cloneableTags[weakMapTag3] = false;
function baseClone(value, bitmask, customizer, key, object, stack) {
  var result, isDeep = bitmask & CLONE_DEEP_FLAG, isFlat = bitmask & CLONE_FLAT_FLAG, isFull = bitmask & CLONE_SYMBOLS_FLAG;
  if (customizer) {
    result = object ? customizer(value, key, object, stack) : customizer(value);
  }
  if (result !== void 0) {
    return result;
  }
  if (!isObject_default(value)) {
    return value;
  }
  var isArr = isArray_default(value);
  if (isArr) {
    result = initCloneArray_default(value);
    if (!isDeep) {
      return copyArray_default(value, result);
    }
  } else {
    var tag = getTag_default(value), isFunc = tag == funcTag3 || tag == genTag2;
    if (isBuffer_default(value)) {
      return cloneBuffer_default(value, isDeep);
    }
    if (tag == objectTag3 || tag == argsTag3 || isFunc && !object) {
      result = isFlat || isFunc ? {} : initCloneObject_default(value);
      if (!isDeep) {
        return isFlat ? copySymbolsIn_default(value, baseAssignIn_default(result, value)) : copySymbols_default(value, baseAssign_default(result, value));
      }
    } else {
      if (!cloneableTags[tag]) {
        return object ? value : {};
      }
      result = initCloneByTag_default(value, tag, isDeep);
    }
  }
  stack || (stack = new Stack_default());
  var stacked = stack.get(value);
  if (stacked) {
    return stacked;
  }
  stack.set(value, result);
  if (isSet_default(value)) {
    value.forEach(function(subValue) {
      result.add(baseClone(subValue, bitmask, customizer, subValue, value, stack));
    });
  } else if (isMap_default(value)) {
    value.forEach(function(subValue, key2) {
      result.set(key2, baseClone(subValue, bitmask, customizer, key2, value, stack));
    });
  }
  var keysFunc = isFull ? isFlat ? getAllKeysIn_default : getAllKeys_default : isFlat ? keysIn_default : keys_default;
  var props = isArr ? void 0 : keysFunc(value);
  arrayEach_default(props || value, function(subValue, key2) {
    if (props) {
      key2 = subValue;
      subValue = value[key2];
    }
    assignValue_default(result, key2, baseClone(subValue, bitmask, customizer, key2, value, stack));
  });
  return result;
}
var baseClone_default = baseClone;

// node_modules/lodash-es/clone.js
var CLONE_SYMBOLS_FLAG2 = 4;
function clone(value) {
  return baseClone_default(value, CLONE_SYMBOLS_FLAG2);
}
var clone_default = clone;

// node_modules/lodash-es/compact.js
function compact(array) {
  var index = -1, length = array == null ? 0 : array.length, resIndex = 0, result = [];
  while (++index < length) {
    var value = array[index];
    if (value) {
      result[resIndex++] = value;
    }
  }
  return result;
}
var compact_default = compact;

// node_modules/lodash-es/_setCacheAdd.js
var HASH_UNDEFINED3 = "__lodash_hash_undefined__";
function setCacheAdd(value) {
  this.__data__.set(value, HASH_UNDEFINED3);
  return this;
}
var setCacheAdd_default = setCacheAdd;

// node_modules/lodash-es/_setCacheHas.js
function setCacheHas(value) {
  return this.__data__.has(value);
}
var setCacheHas_default = setCacheHas;

// node_modules/lodash-es/_SetCache.js
function SetCache(values2) {
  var index = -1, length = values2 == null ? 0 : values2.length;
  this.__data__ = new MapCache_default();
  while (++index < length) {
    this.add(values2[index]);
  }
}
SetCache.prototype.add = SetCache.prototype.push = setCacheAdd_default;
SetCache.prototype.has = setCacheHas_default;
var SetCache_default = SetCache;

// node_modules/lodash-es/_arraySome.js
function arraySome(array, predicate) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (predicate(array[index], index, array)) {
      return true;
    }
  }
  return false;
}
var arraySome_default = arraySome;

// node_modules/lodash-es/_cacheHas.js
function cacheHas(cache4, key) {
  return cache4.has(key);
}
var cacheHas_default = cacheHas;

// node_modules/lodash-es/_equalArrays.js
var COMPARE_PARTIAL_FLAG = 1;
var COMPARE_UNORDERED_FLAG = 2;
function equalArrays(array, other, bitmask, customizer, equalFunc, stack) {
  var isPartial = bitmask & COMPARE_PARTIAL_FLAG, arrLength = array.length, othLength = other.length;
  if (arrLength != othLength && !(isPartial && othLength > arrLength)) {
    return false;
  }
  var arrStacked = stack.get(array);
  var othStacked = stack.get(other);
  if (arrStacked && othStacked) {
    return arrStacked == other && othStacked == array;
  }
  var index = -1, result = true, seen = bitmask & COMPARE_UNORDERED_FLAG ? new SetCache_default() : void 0;
  stack.set(array, other);
  stack.set(other, array);
  while (++index < arrLength) {
    var arrValue = array[index], othValue = other[index];
    if (customizer) {
      var compared = isPartial ? customizer(othValue, arrValue, index, other, array, stack) : customizer(arrValue, othValue, index, array, other, stack);
    }
    if (compared !== void 0) {
      if (compared) {
        continue;
      }
      result = false;
      break;
    }
    if (seen) {
      if (!arraySome_default(other, function(othValue2, othIndex) {
        if (!cacheHas_default(seen, othIndex) && (arrValue === othValue2 || equalFunc(arrValue, othValue2, bitmask, customizer, stack))) {
          return seen.push(othIndex);
        }
      })) {
        result = false;
        break;
      }
    } else if (!(arrValue === othValue || equalFunc(arrValue, othValue, bitmask, customizer, stack))) {
      result = false;
      break;
    }
  }
  stack["delete"](array);
  stack["delete"](other);
  return result;
}
var equalArrays_default = equalArrays;

// node_modules/lodash-es/_mapToArray.js
function mapToArray(map2) {
  var index = -1, result = Array(map2.size);
  map2.forEach(function(value, key) {
    result[++index] = [key, value];
  });
  return result;
}
var mapToArray_default = mapToArray;

// node_modules/lodash-es/_setToArray.js
function setToArray(set) {
  var index = -1, result = Array(set.size);
  set.forEach(function(value) {
    result[++index] = value;
  });
  return result;
}
var setToArray_default = setToArray;

// node_modules/lodash-es/_equalByTag.js
var COMPARE_PARTIAL_FLAG2 = 1;
var COMPARE_UNORDERED_FLAG2 = 2;
var boolTag4 = "[object Boolean]";
var dateTag4 = "[object Date]";
var errorTag3 = "[object Error]";
var mapTag6 = "[object Map]";
var numberTag4 = "[object Number]";
var regexpTag4 = "[object RegExp]";
var setTag6 = "[object Set]";
var stringTag4 = "[object String]";
var symbolTag4 = "[object Symbol]";
var arrayBufferTag4 = "[object ArrayBuffer]";
var dataViewTag5 = "[object DataView]";
var symbolProto3 = Symbol_default ? Symbol_default.prototype : void 0;
var symbolValueOf2 = symbolProto3 ? symbolProto3.valueOf : void 0;
function equalByTag(object, other, tag, bitmask, customizer, equalFunc, stack) {
  switch (tag) {
    case dataViewTag5:
      if (object.byteLength != other.byteLength || object.byteOffset != other.byteOffset) {
        return false;
      }
      object = object.buffer;
      other = other.buffer;
    case arrayBufferTag4:
      if (object.byteLength != other.byteLength || !equalFunc(new Uint8Array_default(object), new Uint8Array_default(other))) {
        return false;
      }
      return true;
    case boolTag4:
    case dateTag4:
    case numberTag4:
      return eq_default(+object, +other);
    case errorTag3:
      return object.name == other.name && object.message == other.message;
    case regexpTag4:
    case stringTag4:
      return object == other + "";
    case mapTag6:
      var convert = mapToArray_default;
    case setTag6:
      var isPartial = bitmask & COMPARE_PARTIAL_FLAG2;
      convert || (convert = setToArray_default);
      if (object.size != other.size && !isPartial) {
        return false;
      }
      var stacked = stack.get(object);
      if (stacked) {
        return stacked == other;
      }
      bitmask |= COMPARE_UNORDERED_FLAG2;
      stack.set(object, other);
      var result = equalArrays_default(convert(object), convert(other), bitmask, customizer, equalFunc, stack);
      stack["delete"](object);
      return result;
    case symbolTag4:
      if (symbolValueOf2) {
        return symbolValueOf2.call(object) == symbolValueOf2.call(other);
      }
  }
  return false;
}
var equalByTag_default = equalByTag;

// node_modules/lodash-es/_equalObjects.js
var COMPARE_PARTIAL_FLAG3 = 1;
var objectProto15 = Object.prototype;
var hasOwnProperty12 = objectProto15.hasOwnProperty;
function equalObjects(object, other, bitmask, customizer, equalFunc, stack) {
  var isPartial = bitmask & COMPARE_PARTIAL_FLAG3, objProps = getAllKeys_default(object), objLength = objProps.length, othProps = getAllKeys_default(other), othLength = othProps.length;
  if (objLength != othLength && !isPartial) {
    return false;
  }
  var index = objLength;
  while (index--) {
    var key = objProps[index];
    if (!(isPartial ? key in other : hasOwnProperty12.call(other, key))) {
      return false;
    }
  }
  var objStacked = stack.get(object);
  var othStacked = stack.get(other);
  if (objStacked && othStacked) {
    return objStacked == other && othStacked == object;
  }
  var result = true;
  stack.set(object, other);
  stack.set(other, object);
  var skipCtor = isPartial;
  while (++index < objLength) {
    key = objProps[index];
    var objValue = object[key], othValue = other[key];
    if (customizer) {
      var compared = isPartial ? customizer(othValue, objValue, key, other, object, stack) : customizer(objValue, othValue, key, object, other, stack);
    }
    if (!(compared === void 0 ? objValue === othValue || equalFunc(objValue, othValue, bitmask, customizer, stack) : compared)) {
      result = false;
      break;
    }
    skipCtor || (skipCtor = key == "constructor");
  }
  if (result && !skipCtor) {
    var objCtor = object.constructor, othCtor = other.constructor;
    if (objCtor != othCtor && ("constructor" in object && "constructor" in other) && !(typeof objCtor == "function" && objCtor instanceof objCtor && typeof othCtor == "function" && othCtor instanceof othCtor)) {
      result = false;
    }
  }
  stack["delete"](object);
  stack["delete"](other);
  return result;
}
var equalObjects_default = equalObjects;

// node_modules/lodash-es/_baseIsEqualDeep.js
var COMPARE_PARTIAL_FLAG4 = 1;
var argsTag4 = "[object Arguments]";
var arrayTag3 = "[object Array]";
var objectTag4 = "[object Object]";
var objectProto16 = Object.prototype;
var hasOwnProperty13 = objectProto16.hasOwnProperty;
function baseIsEqualDeep(object, other, bitmask, customizer, equalFunc, stack) {
  var objIsArr = isArray_default(object), othIsArr = isArray_default(other), objTag = objIsArr ? arrayTag3 : getTag_default(object), othTag = othIsArr ? arrayTag3 : getTag_default(other);
  objTag = objTag == argsTag4 ? objectTag4 : objTag;
  othTag = othTag == argsTag4 ? objectTag4 : othTag;
  var objIsObj = objTag == objectTag4, othIsObj = othTag == objectTag4, isSameTag = objTag == othTag;
  if (isSameTag && isBuffer_default(object)) {
    if (!isBuffer_default(other)) {
      return false;
    }
    objIsArr = true;
    objIsObj = false;
  }
  if (isSameTag && !objIsObj) {
    stack || (stack = new Stack_default());
    return objIsArr || isTypedArray_default(object) ? equalArrays_default(object, other, bitmask, customizer, equalFunc, stack) : equalByTag_default(object, other, objTag, bitmask, customizer, equalFunc, stack);
  }
  if (!(bitmask & COMPARE_PARTIAL_FLAG4)) {
    var objIsWrapped = objIsObj && hasOwnProperty13.call(object, "__wrapped__"), othIsWrapped = othIsObj && hasOwnProperty13.call(other, "__wrapped__");
    if (objIsWrapped || othIsWrapped) {
      var objUnwrapped = objIsWrapped ? object.value() : object, othUnwrapped = othIsWrapped ? other.value() : other;
      stack || (stack = new Stack_default());
      return equalFunc(objUnwrapped, othUnwrapped, bitmask, customizer, stack);
    }
  }
  if (!isSameTag) {
    return false;
  }
  stack || (stack = new Stack_default());
  return equalObjects_default(object, other, bitmask, customizer, equalFunc, stack);
}
var baseIsEqualDeep_default = baseIsEqualDeep;

// node_modules/lodash-es/_baseIsEqual.js
function baseIsEqual(value, other, bitmask, customizer, stack) {
  if (value === other) {
    return true;
  }
  if (value == null || other == null || !isObjectLike_default(value) && !isObjectLike_default(other)) {
    return value !== value && other !== other;
  }
  return baseIsEqualDeep_default(value, other, bitmask, customizer, baseIsEqual, stack);
}
var baseIsEqual_default = baseIsEqual;

// node_modules/lodash-es/_baseIsMatch.js
var COMPARE_PARTIAL_FLAG5 = 1;
var COMPARE_UNORDERED_FLAG3 = 2;
function baseIsMatch(object, source2, matchData, customizer) {
  var index = matchData.length, length = index, noCustomizer = !customizer;
  if (object == null) {
    return !length;
  }
  object = Object(object);
  while (index--) {
    var data = matchData[index];
    if (noCustomizer && data[2] ? data[1] !== object[data[0]] : !(data[0] in object)) {
      return false;
    }
  }
  while (++index < length) {
    data = matchData[index];
    var key = data[0], objValue = object[key], srcValue = data[1];
    if (noCustomizer && data[2]) {
      if (objValue === void 0 && !(key in object)) {
        return false;
      }
    } else {
      var stack = new Stack_default();
      if (customizer) {
        var result = customizer(objValue, srcValue, key, object, source2, stack);
      }
      if (!(result === void 0 ? baseIsEqual_default(srcValue, objValue, COMPARE_PARTIAL_FLAG5 | COMPARE_UNORDERED_FLAG3, customizer, stack) : result)) {
        return false;
      }
    }
  }
  return true;
}
var baseIsMatch_default = baseIsMatch;

// node_modules/lodash-es/_isStrictComparable.js
function isStrictComparable(value) {
  return value === value && !isObject_default(value);
}
var isStrictComparable_default = isStrictComparable;

// node_modules/lodash-es/_getMatchData.js
function getMatchData(object) {
  var result = keys_default(object), length = result.length;
  while (length--) {
    var key = result[length], value = object[key];
    result[length] = [key, value, isStrictComparable_default(value)];
  }
  return result;
}
var getMatchData_default = getMatchData;

// node_modules/lodash-es/_matchesStrictComparable.js
function matchesStrictComparable(key, srcValue) {
  return function(object) {
    if (object == null) {
      return false;
    }
    return object[key] === srcValue && (srcValue !== void 0 || key in Object(object));
  };
}
var matchesStrictComparable_default = matchesStrictComparable;

// node_modules/lodash-es/_baseMatches.js
function baseMatches(source2) {
  var matchData = getMatchData_default(source2);
  if (matchData.length == 1 && matchData[0][2]) {
    return matchesStrictComparable_default(matchData[0][0], matchData[0][1]);
  }
  return function(object) {
    return object === source2 || baseIsMatch_default(object, source2, matchData);
  };
}
var baseMatches_default = baseMatches;

// node_modules/lodash-es/_baseHasIn.js
function baseHasIn(object, key) {
  return object != null && key in Object(object);
}
var baseHasIn_default = baseHasIn;

// node_modules/lodash-es/_hasPath.js
function hasPath(object, path, hasFunc) {
  path = castPath_default(path, object);
  var index = -1, length = path.length, result = false;
  while (++index < length) {
    var key = toKey_default(path[index]);
    if (!(result = object != null && hasFunc(object, key))) {
      break;
    }
    object = object[key];
  }
  if (result || ++index != length) {
    return result;
  }
  length = object == null ? 0 : object.length;
  return !!length && isLength_default(length) && isIndex_default(key, length) && (isArray_default(object) || isArguments_default(object));
}
var hasPath_default = hasPath;

// node_modules/lodash-es/hasIn.js
function hasIn(object, path) {
  return object != null && hasPath_default(object, path, baseHasIn_default);
}
var hasIn_default = hasIn;

// node_modules/lodash-es/_baseMatchesProperty.js
var COMPARE_PARTIAL_FLAG6 = 1;
var COMPARE_UNORDERED_FLAG4 = 2;
function baseMatchesProperty(path, srcValue) {
  if (isKey_default(path) && isStrictComparable_default(srcValue)) {
    return matchesStrictComparable_default(toKey_default(path), srcValue);
  }
  return function(object) {
    var objValue = get_default(object, path);
    return objValue === void 0 && objValue === srcValue ? hasIn_default(object, path) : baseIsEqual_default(srcValue, objValue, COMPARE_PARTIAL_FLAG6 | COMPARE_UNORDERED_FLAG4);
  };
}
var baseMatchesProperty_default = baseMatchesProperty;

// node_modules/lodash-es/_baseProperty.js
function baseProperty(key) {
  return function(object) {
    return object == null ? void 0 : object[key];
  };
}
var baseProperty_default = baseProperty;

// node_modules/lodash-es/_basePropertyDeep.js
function basePropertyDeep(path) {
  return function(object) {
    return baseGet_default(object, path);
  };
}
var basePropertyDeep_default = basePropertyDeep;

// node_modules/lodash-es/property.js
function property(path) {
  return isKey_default(path) ? baseProperty_default(toKey_default(path)) : basePropertyDeep_default(path);
}
var property_default = property;

// node_modules/lodash-es/_baseIteratee.js
function baseIteratee(value) {
  if (typeof value == "function") {
    return value;
  }
  if (value == null) {
    return identity_default;
  }
  if (typeof value == "object") {
    return isArray_default(value) ? baseMatchesProperty_default(value[0], value[1]) : baseMatches_default(value);
  }
  return property_default(value);
}
var baseIteratee_default = baseIteratee;

// node_modules/lodash-es/_arrayAggregator.js
function arrayAggregator(array, setter, iteratee, accumulator) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    var value = array[index];
    setter(accumulator, value, iteratee(value), array);
  }
  return accumulator;
}
var arrayAggregator_default = arrayAggregator;

// node_modules/lodash-es/_createBaseFor.js
function createBaseFor(fromRight) {
  return function(object, iteratee, keysFunc) {
    var index = -1, iterable = Object(object), props = keysFunc(object), length = props.length;
    while (length--) {
      var key = props[fromRight ? length : ++index];
      if (iteratee(iterable[key], key, iterable) === false) {
        break;
      }
    }
    return object;
  };
}
var createBaseFor_default = createBaseFor;

// node_modules/lodash-es/_baseFor.js
var baseFor = createBaseFor_default();
var baseFor_default = baseFor;

// node_modules/lodash-es/_baseForOwn.js
function baseForOwn(object, iteratee) {
  return object && baseFor_default(object, iteratee, keys_default);
}
var baseForOwn_default = baseForOwn;

// node_modules/lodash-es/_createBaseEach.js
function createBaseEach(eachFunc, fromRight) {
  return function(collection, iteratee) {
    if (collection == null) {
      return collection;
    }
    if (!isArrayLike_default(collection)) {
      return eachFunc(collection, iteratee);
    }
    var length = collection.length, index = fromRight ? length : -1, iterable = Object(collection);
    while (fromRight ? index-- : ++index < length) {
      if (iteratee(iterable[index], index, iterable) === false) {
        break;
      }
    }
    return collection;
  };
}
var createBaseEach_default = createBaseEach;

// node_modules/lodash-es/_baseEach.js
var baseEach = createBaseEach_default(baseForOwn_default);
var baseEach_default = baseEach;

// node_modules/lodash-es/_baseAggregator.js
function baseAggregator(collection, setter, iteratee, accumulator) {
  baseEach_default(collection, function(value, key, collection2) {
    setter(accumulator, value, iteratee(value), collection2);
  });
  return accumulator;
}
var baseAggregator_default = baseAggregator;

// node_modules/lodash-es/_createAggregator.js
function createAggregator(setter, initializer) {
  return function(collection, iteratee) {
    var func = isArray_default(collection) ? arrayAggregator_default : baseAggregator_default, accumulator = initializer ? initializer() : {};
    return func(collection, setter, baseIteratee_default(iteratee, 2), accumulator);
  };
}
var createAggregator_default = createAggregator;

// node_modules/lodash-es/defaults.js
var objectProto17 = Object.prototype;
var hasOwnProperty14 = objectProto17.hasOwnProperty;
var defaults = baseRest_default(function(object, sources) {
  object = Object(object);
  var index = -1;
  var length = sources.length;
  var guard = length > 2 ? sources[2] : void 0;
  if (guard && isIterateeCall_default(sources[0], sources[1], guard)) {
    length = 1;
  }
  while (++index < length) {
    var source2 = sources[index];
    var props = keysIn_default(source2);
    var propsIndex = -1;
    var propsLength = props.length;
    while (++propsIndex < propsLength) {
      var key = props[propsIndex];
      var value = object[key];
      if (value === void 0 || eq_default(value, objectProto17[key]) && !hasOwnProperty14.call(object, key)) {
        object[key] = source2[key];
      }
    }
  }
  return object;
});
var defaults_default = defaults;

// node_modules/lodash-es/isArrayLikeObject.js
function isArrayLikeObject(value) {
  return isObjectLike_default(value) && isArrayLike_default(value);
}
var isArrayLikeObject_default = isArrayLikeObject;

// node_modules/lodash-es/_arrayIncludesWith.js
function arrayIncludesWith(array, value, comparator) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (comparator(value, array[index])) {
      return true;
    }
  }
  return false;
}
var arrayIncludesWith_default = arrayIncludesWith;

// node_modules/lodash-es/_baseDifference.js
var LARGE_ARRAY_SIZE2 = 200;
function baseDifference(array, values2, iteratee, comparator) {
  var index = -1, includes2 = arrayIncludes_default, isCommon = true, length = array.length, result = [], valuesLength = values2.length;
  if (!length) {
    return result;
  }
  if (iteratee) {
    values2 = arrayMap_default(values2, baseUnary_default(iteratee));
  }
  if (comparator) {
    includes2 = arrayIncludesWith_default;
    isCommon = false;
  } else if (values2.length >= LARGE_ARRAY_SIZE2) {
    includes2 = cacheHas_default;
    isCommon = false;
    values2 = new SetCache_default(values2);
  }
  outer:
    while (++index < length) {
      var value = array[index], computed = iteratee == null ? value : iteratee(value);
      value = comparator || value !== 0 ? value : 0;
      if (isCommon && computed === computed) {
        var valuesIndex = valuesLength;
        while (valuesIndex--) {
          if (values2[valuesIndex] === computed) {
            continue outer;
          }
        }
        result.push(value);
      } else if (!includes2(values2, computed, comparator)) {
        result.push(value);
      }
    }
  return result;
}
var baseDifference_default = baseDifference;

// node_modules/lodash-es/difference.js
var difference = baseRest_default(function(array, values2) {
  return isArrayLikeObject_default(array) ? baseDifference_default(array, baseFlatten_default(values2, 1, isArrayLikeObject_default, true)) : [];
});
var difference_default = difference;

// node_modules/lodash-es/last.js
function last(array) {
  var length = array == null ? 0 : array.length;
  return length ? array[length - 1] : void 0;
}
var last_default = last;

// node_modules/lodash-es/drop.js
function drop(array, n, guard) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return [];
  }
  n = guard || n === void 0 ? 1 : toInteger_default(n);
  return baseSlice_default(array, n < 0 ? 0 : n, length);
}
var drop_default = drop;

// node_modules/lodash-es/dropRight.js
function dropRight(array, n, guard) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return [];
  }
  n = guard || n === void 0 ? 1 : toInteger_default(n);
  n = length - n;
  return baseSlice_default(array, 0, n < 0 ? 0 : n);
}
var dropRight_default = dropRight;

// node_modules/lodash-es/_castFunction.js
function castFunction(value) {
  return typeof value == "function" ? value : identity_default;
}
var castFunction_default = castFunction;

// node_modules/lodash-es/forEach.js
function forEach(collection, iteratee) {
  var func = isArray_default(collection) ? arrayEach_default : baseEach_default;
  return func(collection, castFunction_default(iteratee));
}
var forEach_default = forEach;

// node_modules/lodash-es/_arrayEvery.js
function arrayEvery(array, predicate) {
  var index = -1, length = array == null ? 0 : array.length;
  while (++index < length) {
    if (!predicate(array[index], index, array)) {
      return false;
    }
  }
  return true;
}
var arrayEvery_default = arrayEvery;

// node_modules/lodash-es/_baseEvery.js
function baseEvery(collection, predicate) {
  var result = true;
  baseEach_default(collection, function(value, index, collection2) {
    result = !!predicate(value, index, collection2);
    return result;
  });
  return result;
}
var baseEvery_default = baseEvery;

// node_modules/lodash-es/every.js
function every(collection, predicate, guard) {
  var func = isArray_default(collection) ? arrayEvery_default : baseEvery_default;
  if (guard && isIterateeCall_default(collection, predicate, guard)) {
    predicate = void 0;
  }
  return func(collection, baseIteratee_default(predicate, 3));
}
var every_default = every;

// node_modules/lodash-es/_baseFilter.js
function baseFilter(collection, predicate) {
  var result = [];
  baseEach_default(collection, function(value, index, collection2) {
    if (predicate(value, index, collection2)) {
      result.push(value);
    }
  });
  return result;
}
var baseFilter_default = baseFilter;

// node_modules/lodash-es/filter.js
function filter(collection, predicate) {
  var func = isArray_default(collection) ? arrayFilter_default : baseFilter_default;
  return func(collection, baseIteratee_default(predicate, 3));
}
var filter_default = filter;

// node_modules/lodash-es/_createFind.js
function createFind(findIndexFunc) {
  return function(collection, predicate, fromIndex) {
    var iterable = Object(collection);
    if (!isArrayLike_default(collection)) {
      var iteratee = baseIteratee_default(predicate, 3);
      collection = keys_default(collection);
      predicate = function(key) {
        return iteratee(iterable[key], key, iterable);
      };
    }
    var index = findIndexFunc(collection, predicate, fromIndex);
    return index > -1 ? iterable[iteratee ? collection[index] : index] : void 0;
  };
}
var createFind_default = createFind;

// node_modules/lodash-es/findIndex.js
var nativeMax2 = Math.max;
function findIndex(array, predicate, fromIndex) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return -1;
  }
  var index = fromIndex == null ? 0 : toInteger_default(fromIndex);
  if (index < 0) {
    index = nativeMax2(length + index, 0);
  }
  return baseFindIndex_default(array, baseIteratee_default(predicate, 3), index);
}
var findIndex_default = findIndex;

// node_modules/lodash-es/find.js
var find = createFind_default(findIndex_default);
var find_default = find;

// node_modules/lodash-es/head.js
function head(array) {
  return array && array.length ? array[0] : void 0;
}
var head_default = head;

// node_modules/lodash-es/_baseMap.js
function baseMap(collection, iteratee) {
  var index = -1, result = isArrayLike_default(collection) ? Array(collection.length) : [];
  baseEach_default(collection, function(value, key, collection2) {
    result[++index] = iteratee(value, key, collection2);
  });
  return result;
}
var baseMap_default = baseMap;

// node_modules/lodash-es/map.js
function map(collection, iteratee) {
  var func = isArray_default(collection) ? arrayMap_default : baseMap_default;
  return func(collection, baseIteratee_default(iteratee, 3));
}
var map_default = map;

// node_modules/lodash-es/flatMap.js
function flatMap(collection, iteratee) {
  return baseFlatten_default(map_default(collection, iteratee), 1);
}
var flatMap_default = flatMap;

// node_modules/lodash-es/groupBy.js
var objectProto18 = Object.prototype;
var hasOwnProperty15 = objectProto18.hasOwnProperty;
var groupBy = createAggregator_default(function(result, value, key) {
  if (hasOwnProperty15.call(result, key)) {
    result[key].push(value);
  } else {
    baseAssignValue_default(result, key, [value]);
  }
});
var groupBy_default = groupBy;

// node_modules/lodash-es/_baseHas.js
var objectProto19 = Object.prototype;
var hasOwnProperty16 = objectProto19.hasOwnProperty;
function baseHas(object, key) {
  return object != null && hasOwnProperty16.call(object, key);
}
var baseHas_default = baseHas;

// node_modules/lodash-es/has.js
function has(object, path) {
  return object != null && hasPath_default(object, path, baseHas_default);
}
var has_default = has;

// node_modules/lodash-es/isString.js
var stringTag5 = "[object String]";
function isString(value) {
  return typeof value == "string" || !isArray_default(value) && isObjectLike_default(value) && baseGetTag_default(value) == stringTag5;
}
var isString_default = isString;

// node_modules/lodash-es/_baseValues.js
function baseValues(object, props) {
  return arrayMap_default(props, function(key) {
    return object[key];
  });
}
var baseValues_default = baseValues;

// node_modules/lodash-es/values.js
function values(object) {
  return object == null ? [] : baseValues_default(object, keys_default(object));
}
var values_default = values;

// node_modules/lodash-es/includes.js
var nativeMax3 = Math.max;
function includes(collection, value, fromIndex, guard) {
  collection = isArrayLike_default(collection) ? collection : values_default(collection);
  fromIndex = fromIndex && !guard ? toInteger_default(fromIndex) : 0;
  var length = collection.length;
  if (fromIndex < 0) {
    fromIndex = nativeMax3(length + fromIndex, 0);
  }
  return isString_default(collection) ? fromIndex <= length && collection.indexOf(value, fromIndex) > -1 : !!length && baseIndexOf_default(collection, value, fromIndex) > -1;
}
var includes_default = includes;

// node_modules/lodash-es/indexOf.js
var nativeMax4 = Math.max;
function indexOf(array, value, fromIndex) {
  var length = array == null ? 0 : array.length;
  if (!length) {
    return -1;
  }
  var index = fromIndex == null ? 0 : toInteger_default(fromIndex);
  if (index < 0) {
    index = nativeMax4(length + index, 0);
  }
  return baseIndexOf_default(array, value, index);
}
var indexOf_default = indexOf;

// node_modules/lodash-es/isEmpty.js
var mapTag7 = "[object Map]";
var setTag7 = "[object Set]";
var objectProto20 = Object.prototype;
var hasOwnProperty17 = objectProto20.hasOwnProperty;
function isEmpty(value) {
  if (value == null) {
    return true;
  }
  if (isArrayLike_default(value) && (isArray_default(value) || typeof value == "string" || typeof value.splice == "function" || isBuffer_default(value) || isTypedArray_default(value) || isArguments_default(value))) {
    return !value.length;
  }
  var tag = getTag_default(value);
  if (tag == mapTag7 || tag == setTag7) {
    return !value.size;
  }
  if (isPrototype_default(value)) {
    return !baseKeys_default(value).length;
  }
  for (var key in value) {
    if (hasOwnProperty17.call(value, key)) {
      return false;
    }
  }
  return true;
}
var isEmpty_default = isEmpty;

// node_modules/lodash-es/_baseIsRegExp.js
var regexpTag5 = "[object RegExp]";
function baseIsRegExp(value) {
  return isObjectLike_default(value) && baseGetTag_default(value) == regexpTag5;
}
var baseIsRegExp_default = baseIsRegExp;

// node_modules/lodash-es/isRegExp.js
var nodeIsRegExp = nodeUtil_default && nodeUtil_default.isRegExp;
var isRegExp = nodeIsRegExp ? baseUnary_default(nodeIsRegExp) : baseIsRegExp_default;
var isRegExp_default = isRegExp;

// node_modules/lodash-es/isUndefined.js
function isUndefined(value) {
  return value === void 0;
}
var isUndefined_default = isUndefined;

// node_modules/lodash-es/negate.js
var FUNC_ERROR_TEXT2 = "Expected a function";
function negate(predicate) {
  if (typeof predicate != "function") {
    throw new TypeError(FUNC_ERROR_TEXT2);
  }
  return function() {
    var args = arguments;
    switch (args.length) {
      case 0:
        return !predicate.call(this);
      case 1:
        return !predicate.call(this, args[0]);
      case 2:
        return !predicate.call(this, args[0], args[1]);
      case 3:
        return !predicate.call(this, args[0], args[1], args[2]);
    }
    return !predicate.apply(this, args);
  };
}
var negate_default = negate;

// node_modules/lodash-es/_baseSet.js
function baseSet(object, path, value, customizer) {
  if (!isObject_default(object)) {
    return object;
  }
  path = castPath_default(path, object);
  var index = -1, length = path.length, lastIndex = length - 1, nested = object;
  while (nested != null && ++index < length) {
    var key = toKey_default(path[index]), newValue = value;
    if (key === "__proto__" || key === "constructor" || key === "prototype") {
      return object;
    }
    if (index != lastIndex) {
      var objValue = nested[key];
      newValue = customizer ? customizer(objValue, key, nested) : void 0;
      if (newValue === void 0) {
        newValue = isObject_default(objValue) ? objValue : isIndex_default(path[index + 1]) ? [] : {};
      }
    }
    assignValue_default(nested, key, newValue);
    nested = nested[key];
  }
  return object;
}
var baseSet_default = baseSet;

// node_modules/lodash-es/_basePickBy.js
function basePickBy(object, paths, predicate) {
  var index = -1, length = paths.length, result = {};
  while (++index < length) {
    var path = paths[index], value = baseGet_default(object, path);
    if (predicate(value, path)) {
      baseSet_default(result, castPath_default(path, object), value);
    }
  }
  return result;
}
var basePickBy_default = basePickBy;

// node_modules/lodash-es/pickBy.js
function pickBy(object, predicate) {
  if (object == null) {
    return {};
  }
  var props = arrayMap_default(getAllKeysIn_default(object), function(prop) {
    return [prop];
  });
  predicate = baseIteratee_default(predicate);
  return basePickBy_default(object, props, function(value, path) {
    return predicate(value, path[0]);
  });
}
var pickBy_default = pickBy;

// node_modules/lodash-es/_baseReduce.js
function baseReduce(collection, iteratee, accumulator, initAccum, eachFunc) {
  eachFunc(collection, function(value, index, collection2) {
    accumulator = initAccum ? (initAccum = false, value) : iteratee(accumulator, value, index, collection2);
  });
  return accumulator;
}
var baseReduce_default = baseReduce;

// node_modules/lodash-es/reduce.js
function reduce(collection, iteratee, accumulator) {
  var func = isArray_default(collection) ? arrayReduce_default : baseReduce_default, initAccum = arguments.length < 3;
  return func(collection, baseIteratee_default(iteratee, 4), accumulator, initAccum, baseEach_default);
}
var reduce_default = reduce;

// node_modules/lodash-es/reject.js
function reject(collection, predicate) {
  var func = isArray_default(collection) ? arrayFilter_default : baseFilter_default;
  return func(collection, negate_default(baseIteratee_default(predicate, 3)));
}
var reject_default = reject;

// node_modules/lodash-es/_baseSome.js
function baseSome(collection, predicate) {
  var result;
  baseEach_default(collection, function(value, index, collection2) {
    result = predicate(value, index, collection2);
    return !result;
  });
  return !!result;
}
var baseSome_default = baseSome;

// node_modules/lodash-es/some.js
function some(collection, predicate, guard) {
  var func = isArray_default(collection) ? arraySome_default : baseSome_default;
  if (guard && isIterateeCall_default(collection, predicate, guard)) {
    predicate = void 0;
  }
  return func(collection, baseIteratee_default(predicate, 3));
}
var some_default = some;

// node_modules/lodash-es/_createSet.js
var INFINITY4 = 1 / 0;
var createSet = !(Set_default && 1 / setToArray_default(new Set_default([, -0]))[1] == INFINITY4) ? noop_default : function(values2) {
  return new Set_default(values2);
};
var createSet_default = createSet;

// node_modules/lodash-es/_baseUniq.js
var LARGE_ARRAY_SIZE3 = 200;
function baseUniq(array, iteratee, comparator) {
  var index = -1, includes2 = arrayIncludes_default, length = array.length, isCommon = true, result = [], seen = result;
  if (comparator) {
    isCommon = false;
    includes2 = arrayIncludesWith_default;
  } else if (length >= LARGE_ARRAY_SIZE3) {
    var set = iteratee ? null : createSet_default(array);
    if (set) {
      return setToArray_default(set);
    }
    isCommon = false;
    includes2 = cacheHas_default;
    seen = new SetCache_default();
  } else {
    seen = iteratee ? [] : result;
  }
  outer:
    while (++index < length) {
      var value = array[index], computed = iteratee ? iteratee(value) : value;
      value = comparator || value !== 0 ? value : 0;
      if (isCommon && computed === computed) {
        var seenIndex = seen.length;
        while (seenIndex--) {
          if (seen[seenIndex] === computed) {
            continue outer;
          }
        }
        if (iteratee) {
          seen.push(computed);
        }
        result.push(value);
      } else if (!includes2(seen, computed, comparator)) {
        if (seen !== result) {
          seen.push(computed);
        }
        result.push(value);
      }
    }
  return result;
}
var baseUniq_default = baseUniq;

// node_modules/lodash-es/uniq.js
function uniq(array) {
  return array && array.length ? baseUniq_default(array) : [];
}
var uniq_default = uniq;

// node_modules/@chevrotain/utils/lib/src/print.js
function PRINT_ERROR(msg) {
  if (console && console.error) {
    console.error(`Error: ${msg}`);
  }
}
function PRINT_WARNING(msg) {
  if (console && console.warn) {
    console.warn(`Warning: ${msg}`);
  }
}

// node_modules/@chevrotain/utils/lib/src/timer.js
function timer(func) {
  const start = (/* @__PURE__ */ new Date()).getTime();
  const val = func();
  const end = (/* @__PURE__ */ new Date()).getTime();
  const total = end - start;
  return { time: total, value: val };
}

// node_modules/@chevrotain/utils/lib/src/to-fast-properties.js
function toFastProperties(toBecomeFast) {
  function FakeConstructor() {
  }
  FakeConstructor.prototype = toBecomeFast;
  const fakeInstance = new FakeConstructor();
  function fakeAccess() {
    return typeof fakeInstance.bar;
  }
  fakeAccess();
  fakeAccess();
  if (1)
    return toBecomeFast;
  (0, eval)(toBecomeFast);
}

// node_modules/@chevrotain/gast/lib/src/model.js
function tokenLabel(tokType) {
  if (hasTokenLabel(tokType)) {
    return tokType.LABEL;
  } else {
    return tokType.name;
  }
}
function hasTokenLabel(obj) {
  return isString_default(obj.LABEL) && obj.LABEL !== "";
}
var AbstractProduction = class {
  get definition() {
    return this._definition;
  }
  set definition(value) {
    this._definition = value;
  }
  constructor(_definition) {
    this._definition = _definition;
  }
  accept(visitor) {
    visitor.visit(this);
    forEach_default(this.definition, (prod) => {
      prod.accept(visitor);
    });
  }
};
var NonTerminal = class extends AbstractProduction {
  constructor(options) {
    super([]);
    this.idx = 1;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
  set definition(definition) {
  }
  get definition() {
    if (this.referencedRule !== void 0) {
      return this.referencedRule.definition;
    }
    return [];
  }
  accept(visitor) {
    visitor.visit(this);
  }
};
var Rule = class extends AbstractProduction {
  constructor(options) {
    super(options.definition);
    this.orgText = "";
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var Alternative = class extends AbstractProduction {
  constructor(options) {
    super(options.definition);
    this.ignoreAmbiguities = false;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var Option = class extends AbstractProduction {
  constructor(options) {
    super(options.definition);
    this.idx = 1;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var RepetitionMandatory = class extends AbstractProduction {
  constructor(options) {
    super(options.definition);
    this.idx = 1;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var RepetitionMandatoryWithSeparator = class extends AbstractProduction {
  constructor(options) {
    super(options.definition);
    this.idx = 1;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var Repetition = class extends AbstractProduction {
  constructor(options) {
    super(options.definition);
    this.idx = 1;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var RepetitionWithSeparator = class extends AbstractProduction {
  constructor(options) {
    super(options.definition);
    this.idx = 1;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var Alternation = class extends AbstractProduction {
  get definition() {
    return this._definition;
  }
  set definition(value) {
    this._definition = value;
  }
  constructor(options) {
    super(options.definition);
    this.idx = 1;
    this.ignoreAmbiguities = false;
    this.hasPredicates = false;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
};
var Terminal = class {
  constructor(options) {
    this.idx = 1;
    assign_default(this, pickBy_default(options, (v) => v !== void 0));
  }
  accept(visitor) {
    visitor.visit(this);
  }
};
function serializeGrammar(topRules) {
  return map_default(topRules, serializeProduction);
}
function serializeProduction(node) {
  function convertDefinition(definition) {
    return map_default(definition, serializeProduction);
  }
  if (node instanceof NonTerminal) {
    const serializedNonTerminal = {
      type: "NonTerminal",
      name: node.nonTerminalName,
      idx: node.idx
    };
    if (isString_default(node.label)) {
      serializedNonTerminal.label = node.label;
    }
    return serializedNonTerminal;
  } else if (node instanceof Alternative) {
    return {
      type: "Alternative",
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Option) {
    return {
      type: "Option",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof RepetitionMandatory) {
    return {
      type: "RepetitionMandatory",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof RepetitionMandatoryWithSeparator) {
    return {
      type: "RepetitionMandatoryWithSeparator",
      idx: node.idx,
      separator: serializeProduction(new Terminal({ terminalType: node.separator })),
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof RepetitionWithSeparator) {
    return {
      type: "RepetitionWithSeparator",
      idx: node.idx,
      separator: serializeProduction(new Terminal({ terminalType: node.separator })),
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Repetition) {
    return {
      type: "Repetition",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Alternation) {
    return {
      type: "Alternation",
      idx: node.idx,
      definition: convertDefinition(node.definition)
    };
  } else if (node instanceof Terminal) {
    const serializedTerminal = {
      type: "Terminal",
      name: node.terminalType.name,
      label: tokenLabel(node.terminalType),
      idx: node.idx
    };
    if (isString_default(node.label)) {
      serializedTerminal.terminalLabel = node.label;
    }
    const pattern = node.terminalType.PATTERN;
    if (node.terminalType.PATTERN) {
      serializedTerminal.pattern = isRegExp_default(pattern) ? pattern.source : pattern;
    }
    return serializedTerminal;
  } else if (node instanceof Rule) {
    return {
      type: "Rule",
      name: node.name,
      orgText: node.orgText,
      definition: convertDefinition(node.definition)
    };
  } else {
    throw Error("non exhaustive match");
  }
}

// node_modules/@chevrotain/gast/lib/src/visitor.js
var GAstVisitor = class {
  visit(node) {
    const nodeAny = node;
    switch (nodeAny.constructor) {
      case NonTerminal:
        return this.visitNonTerminal(nodeAny);
      case Alternative:
        return this.visitAlternative(nodeAny);
      case Option:
        return this.visitOption(nodeAny);
      case RepetitionMandatory:
        return this.visitRepetitionMandatory(nodeAny);
      case RepetitionMandatoryWithSeparator:
        return this.visitRepetitionMandatoryWithSeparator(nodeAny);
      case RepetitionWithSeparator:
        return this.visitRepetitionWithSeparator(nodeAny);
      case Repetition:
        return this.visitRepetition(nodeAny);
      case Alternation:
        return this.visitAlternation(nodeAny);
      case Terminal:
        return this.visitTerminal(nodeAny);
      case Rule:
        return this.visitRule(nodeAny);
      /* c8 ignore next 2 */
      default:
        throw Error("non exhaustive match");
    }
  }
  /* c8 ignore next */
  visitNonTerminal(node) {
  }
  /* c8 ignore next */
  visitAlternative(node) {
  }
  /* c8 ignore next */
  visitOption(node) {
  }
  /* c8 ignore next */
  visitRepetition(node) {
  }
  /* c8 ignore next */
  visitRepetitionMandatory(node) {
  }
  /* c8 ignore next 3 */
  visitRepetitionMandatoryWithSeparator(node) {
  }
  /* c8 ignore next */
  visitRepetitionWithSeparator(node) {
  }
  /* c8 ignore next */
  visitAlternation(node) {
  }
  /* c8 ignore next */
  visitTerminal(node) {
  }
  /* c8 ignore next */
  visitRule(node) {
  }
};

// node_modules/@chevrotain/gast/lib/src/helpers.js
function isSequenceProd(prod) {
  return prod instanceof Alternative || prod instanceof Option || prod instanceof Repetition || prod instanceof RepetitionMandatory || prod instanceof RepetitionMandatoryWithSeparator || prod instanceof RepetitionWithSeparator || prod instanceof Terminal || prod instanceof Rule;
}
function isOptionalProd(prod, alreadyVisited = []) {
  const isDirectlyOptional = prod instanceof Option || prod instanceof Repetition || prod instanceof RepetitionWithSeparator;
  if (isDirectlyOptional) {
    return true;
  }
  if (prod instanceof Alternation) {
    return some_default(prod.definition, (subProd) => {
      return isOptionalProd(subProd, alreadyVisited);
    });
  } else if (prod instanceof NonTerminal && includes_default(alreadyVisited, prod)) {
    return false;
  } else if (prod instanceof AbstractProduction) {
    if (prod instanceof NonTerminal) {
      alreadyVisited.push(prod);
    }
    return every_default(prod.definition, (subProd) => {
      return isOptionalProd(subProd, alreadyVisited);
    });
  } else {
    return false;
  }
}
function isBranchingProd(prod) {
  return prod instanceof Alternation;
}
function getProductionDslName(prod) {
  if (prod instanceof NonTerminal) {
    return "SUBRULE";
  } else if (prod instanceof Option) {
    return "OPTION";
  } else if (prod instanceof Alternation) {
    return "OR";
  } else if (prod instanceof RepetitionMandatory) {
    return "AT_LEAST_ONE";
  } else if (prod instanceof RepetitionMandatoryWithSeparator) {
    return "AT_LEAST_ONE_SEP";
  } else if (prod instanceof RepetitionWithSeparator) {
    return "MANY_SEP";
  } else if (prod instanceof Repetition) {
    return "MANY";
  } else if (prod instanceof Terminal) {
    return "CONSUME";
  } else {
    throw Error("non exhaustive match");
  }
}

// node_modules/chevrotain/lib/src/parse/grammar/rest.js
var RestWalker = class {
  walk(prod, prevRest = []) {
    forEach_default(prod.definition, (subProd, index) => {
      const currRest = drop_default(prod.definition, index + 1);
      if (subProd instanceof NonTerminal) {
        this.walkProdRef(subProd, currRest, prevRest);
      } else if (subProd instanceof Terminal) {
        this.walkTerminal(subProd, currRest, prevRest);
      } else if (subProd instanceof Alternative) {
        this.walkFlat(subProd, currRest, prevRest);
      } else if (subProd instanceof Option) {
        this.walkOption(subProd, currRest, prevRest);
      } else if (subProd instanceof RepetitionMandatory) {
        this.walkAtLeastOne(subProd, currRest, prevRest);
      } else if (subProd instanceof RepetitionMandatoryWithSeparator) {
        this.walkAtLeastOneSep(subProd, currRest, prevRest);
      } else if (subProd instanceof RepetitionWithSeparator) {
        this.walkManySep(subProd, currRest, prevRest);
      } else if (subProd instanceof Repetition) {
        this.walkMany(subProd, currRest, prevRest);
      } else if (subProd instanceof Alternation) {
        this.walkOr(subProd, currRest, prevRest);
      } else {
        throw Error("non exhaustive match");
      }
    });
  }
  walkTerminal(terminal, currRest, prevRest) {
  }
  walkProdRef(refProd, currRest, prevRest) {
  }
  walkFlat(flatProd, currRest, prevRest) {
    const fullOrRest = currRest.concat(prevRest);
    this.walk(flatProd, fullOrRest);
  }
  walkOption(optionProd, currRest, prevRest) {
    const fullOrRest = currRest.concat(prevRest);
    this.walk(optionProd, fullOrRest);
  }
  walkAtLeastOne(atLeastOneProd, currRest, prevRest) {
    const fullAtLeastOneRest = [
      new Option({ definition: atLeastOneProd.definition })
    ].concat(currRest, prevRest);
    this.walk(atLeastOneProd, fullAtLeastOneRest);
  }
  walkAtLeastOneSep(atLeastOneSepProd, currRest, prevRest) {
    const fullAtLeastOneSepRest = restForRepetitionWithSeparator(atLeastOneSepProd, currRest, prevRest);
    this.walk(atLeastOneSepProd, fullAtLeastOneSepRest);
  }
  walkMany(manyProd, currRest, prevRest) {
    const fullManyRest = [
      new Option({ definition: manyProd.definition })
    ].concat(currRest, prevRest);
    this.walk(manyProd, fullManyRest);
  }
  walkManySep(manySepProd, currRest, prevRest) {
    const fullManySepRest = restForRepetitionWithSeparator(manySepProd, currRest, prevRest);
    this.walk(manySepProd, fullManySepRest);
  }
  walkOr(orProd, currRest, prevRest) {
    const fullOrRest = currRest.concat(prevRest);
    forEach_default(orProd.definition, (alt) => {
      const prodWrapper = new Alternative({ definition: [alt] });
      this.walk(prodWrapper, fullOrRest);
    });
  }
};
function restForRepetitionWithSeparator(repSepProd, currRest, prevRest) {
  const repSepRest = [
    new Option({
      definition: [
        new Terminal({ terminalType: repSepProd.separator })
      ].concat(repSepProd.definition)
    })
  ];
  const fullRepSepRest = repSepRest.concat(currRest, prevRest);
  return fullRepSepRest;
}

// node_modules/chevrotain/lib/src/parse/grammar/first.js
function first(prod) {
  if (prod instanceof NonTerminal) {
    return first(prod.referencedRule);
  } else if (prod instanceof Terminal) {
    return firstForTerminal(prod);
  } else if (isSequenceProd(prod)) {
    return firstForSequence(prod);
  } else if (isBranchingProd(prod)) {
    return firstForBranching(prod);
  } else {
    throw Error("non exhaustive match");
  }
}
function firstForSequence(prod) {
  let firstSet = [];
  const seq = prod.definition;
  let nextSubProdIdx = 0;
  let hasInnerProdsRemaining = seq.length > nextSubProdIdx;
  let currSubProd;
  let isLastInnerProdOptional = true;
  while (hasInnerProdsRemaining && isLastInnerProdOptional) {
    currSubProd = seq[nextSubProdIdx];
    isLastInnerProdOptional = isOptionalProd(currSubProd);
    firstSet = firstSet.concat(first(currSubProd));
    nextSubProdIdx = nextSubProdIdx + 1;
    hasInnerProdsRemaining = seq.length > nextSubProdIdx;
  }
  return uniq_default(firstSet);
}
function firstForBranching(prod) {
  const allAlternativesFirsts = map_default(prod.definition, (innerProd) => {
    return first(innerProd);
  });
  return uniq_default(flatten_default(allAlternativesFirsts));
}
function firstForTerminal(terminal) {
  return [terminal.terminalType];
}

// node_modules/chevrotain/lib/src/parse/constants.js
var IN = "_~IN~_";

// node_modules/chevrotain/lib/src/parse/grammar/follow.js
var ResyncFollowsWalker = class extends RestWalker {
  constructor(topProd) {
    super();
    this.topProd = topProd;
    this.follows = {};
  }
  startWalking() {
    this.walk(this.topProd);
    return this.follows;
  }
  walkTerminal(terminal, currRest, prevRest) {
  }
  walkProdRef(refProd, currRest, prevRest) {
    const followName = buildBetweenProdsFollowPrefix(refProd.referencedRule, refProd.idx) + this.topProd.name;
    const fullRest = currRest.concat(prevRest);
    const restProd = new Alternative({ definition: fullRest });
    const t_in_topProd_follows = first(restProd);
    this.follows[followName] = t_in_topProd_follows;
  }
};
function computeAllProdsFollows(topProductions) {
  const reSyncFollows = {};
  forEach_default(topProductions, (topProd) => {
    const currRefsFollow = new ResyncFollowsWalker(topProd).startWalking();
    assign_default(reSyncFollows, currRefsFollow);
  });
  return reSyncFollows;
}
function buildBetweenProdsFollowPrefix(inner, occurenceInParent) {
  return inner.name + occurenceInParent + IN;
}

// node_modules/@chevrotain/regexp-to-ast/lib/src/utils.js
function cc(char) {
  return char.charCodeAt(0);
}
function insertToSet(item, set) {
  if (Array.isArray(item)) {
    item.forEach(function(subItem) {
      set.push(subItem);
    });
  } else {
    set.push(item);
  }
}
function addFlag(flagObj, flagKey) {
  if (flagObj[flagKey] === true) {
    throw "duplicate flag " + flagKey;
  }
  const x = flagObj[flagKey];
  flagObj[flagKey] = true;
}
function ASSERT_EXISTS(obj) {
  if (obj === void 0) {
    throw Error("Internal Error - Should never get here!");
  }
  return true;
}
function ASSERT_NEVER_REACH_HERE() {
  throw Error("Internal Error - Should never get here!");
}
function isCharacter(obj) {
  return obj["type"] === "Character";
}

// node_modules/@chevrotain/regexp-to-ast/lib/src/character-classes.js
var digitsCharCodes = [];
for (let i = cc("0"); i <= cc("9"); i++) {
  digitsCharCodes.push(i);
}
var wordCharCodes = [cc("_")].concat(digitsCharCodes);
for (let i = cc("a"); i <= cc("z"); i++) {
  wordCharCodes.push(i);
}
for (let i = cc("A"); i <= cc("Z"); i++) {
  wordCharCodes.push(i);
}
var whitespaceCodes = [
  cc(" "),
  cc("\f"),
  cc("\n"),
  cc("\r"),
  cc("	"),
  cc("\v"),
  cc("	"),
  cc("\xA0"),
  cc("\u1680"),
  cc("\u2000"),
  cc("\u2001"),
  cc("\u2002"),
  cc("\u2003"),
  cc("\u2004"),
  cc("\u2005"),
  cc("\u2006"),
  cc("\u2007"),
  cc("\u2008"),
  cc("\u2009"),
  cc("\u200A"),
  cc("\u2028"),
  cc("\u2029"),
  cc("\u202F"),
  cc("\u205F"),
  cc("\u3000"),
  cc("\uFEFF")
];

// node_modules/@chevrotain/regexp-to-ast/lib/src/regexp-parser.js
var hexDigitPattern = /[0-9a-fA-F]/;
var decimalPattern = /[0-9]/;
var decimalPatternNoZero = /[1-9]/;
var RegExpParser = class {
  constructor() {
    this.idx = 0;
    this.input = "";
    this.groupIdx = 0;
  }
  saveState() {
    return {
      idx: this.idx,
      input: this.input,
      groupIdx: this.groupIdx
    };
  }
  restoreState(newState) {
    this.idx = newState.idx;
    this.input = newState.input;
    this.groupIdx = newState.groupIdx;
  }
  pattern(input) {
    this.idx = 0;
    this.input = input;
    this.groupIdx = 0;
    this.consumeChar("/");
    const value = this.disjunction();
    this.consumeChar("/");
    const flags = {
      type: "Flags",
      loc: { begin: this.idx, end: input.length },
      global: false,
      ignoreCase: false,
      multiLine: false,
      unicode: false,
      sticky: false
    };
    while (this.isRegExpFlag()) {
      switch (this.popChar()) {
        case "g":
          addFlag(flags, "global");
          break;
        case "i":
          addFlag(flags, "ignoreCase");
          break;
        case "m":
          addFlag(flags, "multiLine");
          break;
        case "u":
          addFlag(flags, "unicode");
          break;
        case "y":
          addFlag(flags, "sticky");
          break;
      }
    }
    if (this.idx !== this.input.length) {
      throw Error("Redundant input: " + this.input.substring(this.idx));
    }
    return {
      type: "Pattern",
      flags,
      value,
      loc: this.loc(0)
    };
  }
  disjunction() {
    const alts = [];
    const begin = this.idx;
    alts.push(this.alternative());
    while (this.peekChar() === "|") {
      this.consumeChar("|");
      alts.push(this.alternative());
    }
    return { type: "Disjunction", value: alts, loc: this.loc(begin) };
  }
  alternative() {
    const terms = [];
    const begin = this.idx;
    while (this.isTerm()) {
      terms.push(this.term());
    }
    return { type: "Alternative", value: terms, loc: this.loc(begin) };
  }
  term() {
    if (this.isAssertion()) {
      return this.assertion();
    } else {
      return this.atom();
    }
  }
  assertion() {
    const begin = this.idx;
    switch (this.popChar()) {
      case "^":
        return {
          type: "StartAnchor",
          loc: this.loc(begin)
        };
      case "$":
        return { type: "EndAnchor", loc: this.loc(begin) };
      // '\b' or '\B'
      case "\\":
        switch (this.popChar()) {
          case "b":
            return {
              type: "WordBoundary",
              loc: this.loc(begin)
            };
          case "B":
            return {
              type: "NonWordBoundary",
              loc: this.loc(begin)
            };
        }
        throw Error("Invalid Assertion Escape");
      // '(?=' or '(?!'
      case "(":
        this.consumeChar("?");
        let type;
        switch (this.popChar()) {
          case "=":
            type = "Lookahead";
            break;
          case "!":
            type = "NegativeLookahead";
            break;
          case "<": {
            switch (this.popChar()) {
              case "=":
                type = "Lookbehind";
                break;
              case "!":
                type = "NegativeLookbehind";
            }
            break;
          }
        }
        ASSERT_EXISTS(type);
        const disjunction = this.disjunction();
        this.consumeChar(")");
        return {
          type,
          value: disjunction,
          loc: this.loc(begin)
        };
    }
    return ASSERT_NEVER_REACH_HERE();
  }
  quantifier(isBacktracking = false) {
    let range = void 0;
    const begin = this.idx;
    switch (this.popChar()) {
      case "*":
        range = {
          atLeast: 0,
          atMost: Infinity
        };
        break;
      case "+":
        range = {
          atLeast: 1,
          atMost: Infinity
        };
        break;
      case "?":
        range = {
          atLeast: 0,
          atMost: 1
        };
        break;
      case "{":
        const atLeast3 = this.integerIncludingZero();
        switch (this.popChar()) {
          case "}":
            range = {
              atLeast: atLeast3,
              atMost: atLeast3
            };
            break;
          case ",":
            let atMost;
            if (this.isDigit()) {
              atMost = this.integerIncludingZero();
              range = {
                atLeast: atLeast3,
                atMost
              };
            } else {
              range = {
                atLeast: atLeast3,
                atMost: Infinity
              };
            }
            this.consumeChar("}");
            break;
        }
        if (isBacktracking === true && range === void 0) {
          return void 0;
        }
        ASSERT_EXISTS(range);
        break;
    }
    if (isBacktracking === true && range === void 0) {
      return void 0;
    }
    if (ASSERT_EXISTS(range)) {
      if (this.peekChar(0) === "?") {
        this.consumeChar("?");
        range.greedy = false;
      } else {
        range.greedy = true;
      }
      range.type = "Quantifier";
      range.loc = this.loc(begin);
      return range;
    }
  }
  atom() {
    let atom;
    const begin = this.idx;
    switch (this.peekChar()) {
      case ".":
        atom = this.dotAll();
        break;
      case "\\":
        atom = this.atomEscape();
        break;
      case "[":
        atom = this.characterClass();
        break;
      case "(":
        atom = this.group();
        break;
    }
    if (atom === void 0 && this.isPatternCharacter()) {
      atom = this.patternCharacter();
    }
    if (ASSERT_EXISTS(atom)) {
      atom.loc = this.loc(begin);
      if (this.isQuantifier()) {
        atom.quantifier = this.quantifier();
      }
      return atom;
    }
    return ASSERT_NEVER_REACH_HERE();
  }
  dotAll() {
    this.consumeChar(".");
    return {
      type: "Set",
      complement: true,
      value: [cc("\n"), cc("\r"), cc("\u2028"), cc("\u2029")]
    };
  }
  atomEscape() {
    this.consumeChar("\\");
    switch (this.peekChar()) {
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7":
      case "8":
      case "9":
        return this.decimalEscapeAtom();
      case "d":
      case "D":
      case "s":
      case "S":
      case "w":
      case "W":
        return this.characterClassEscape();
      case "f":
      case "n":
      case "r":
      case "t":
      case "v":
        return this.controlEscapeAtom();
      case "c":
        return this.controlLetterEscapeAtom();
      case "0":
        return this.nulCharacterAtom();
      case "x":
        return this.hexEscapeSequenceAtom();
      case "u":
        return this.regExpUnicodeEscapeSequenceAtom();
      default:
        return this.identityEscapeAtom();
    }
  }
  decimalEscapeAtom() {
    const value = this.positiveInteger();
    return { type: "GroupBackReference", value };
  }
  characterClassEscape() {
    let set;
    let complement = false;
    switch (this.popChar()) {
      case "d":
        set = digitsCharCodes;
        break;
      case "D":
        set = digitsCharCodes;
        complement = true;
        break;
      case "s":
        set = whitespaceCodes;
        break;
      case "S":
        set = whitespaceCodes;
        complement = true;
        break;
      case "w":
        set = wordCharCodes;
        break;
      case "W":
        set = wordCharCodes;
        complement = true;
        break;
    }
    if (ASSERT_EXISTS(set)) {
      return { type: "Set", value: set, complement };
    }
    return ASSERT_NEVER_REACH_HERE();
  }
  controlEscapeAtom() {
    let escapeCode;
    switch (this.popChar()) {
      case "f":
        escapeCode = cc("\f");
        break;
      case "n":
        escapeCode = cc("\n");
        break;
      case "r":
        escapeCode = cc("\r");
        break;
      case "t":
        escapeCode = cc("	");
        break;
      case "v":
        escapeCode = cc("\v");
        break;
    }
    if (ASSERT_EXISTS(escapeCode)) {
      return { type: "Character", value: escapeCode };
    }
    return ASSERT_NEVER_REACH_HERE();
  }
  controlLetterEscapeAtom() {
    this.consumeChar("c");
    const letter = this.popChar();
    if (/[a-zA-Z]/.test(letter) === false) {
      throw Error("Invalid ");
    }
    const letterCode = letter.toUpperCase().charCodeAt(0) - 64;
    return { type: "Character", value: letterCode };
  }
  nulCharacterAtom() {
    this.consumeChar("0");
    return { type: "Character", value: cc("\0") };
  }
  hexEscapeSequenceAtom() {
    this.consumeChar("x");
    return this.parseHexDigits(2);
  }
  regExpUnicodeEscapeSequenceAtom() {
    this.consumeChar("u");
    return this.parseHexDigits(4);
  }
  identityEscapeAtom() {
    const escapedChar = this.popChar();
    return { type: "Character", value: cc(escapedChar) };
  }
  classPatternCharacterAtom() {
    switch (this.peekChar()) {
      // istanbul ignore next
      case "\n":
      // istanbul ignore next
      case "\r":
      // istanbul ignore next
      case "\u2028":
      // istanbul ignore next
      case "\u2029":
      // istanbul ignore next
      case "\\":
      // istanbul ignore next
      case "]":
        throw Error("TBD");
      default:
        const nextChar = this.popChar();
        return { type: "Character", value: cc(nextChar) };
    }
  }
  characterClass() {
    const set = [];
    let complement = false;
    this.consumeChar("[");
    if (this.peekChar(0) === "^") {
      this.consumeChar("^");
      complement = true;
    }
    while (this.isClassAtom()) {
      const from = this.classAtom();
      const isFromSingleChar = from.type === "Character";
      if (isCharacter(from) && this.isRangeDash()) {
        this.consumeChar("-");
        const to = this.classAtom();
        const isToSingleChar = to.type === "Character";
        if (isCharacter(to)) {
          if (to.value < from.value) {
            throw Error("Range out of order in character class");
          }
          set.push({ from: from.value, to: to.value });
        } else {
          insertToSet(from.value, set);
          set.push(cc("-"));
          insertToSet(to.value, set);
        }
      } else {
        insertToSet(from.value, set);
      }
    }
    this.consumeChar("]");
    return { type: "Set", complement, value: set };
  }
  classAtom() {
    switch (this.peekChar()) {
      // istanbul ignore next
      case "]":
      // istanbul ignore next
      case "\n":
      // istanbul ignore next
      case "\r":
      // istanbul ignore next
      case "\u2028":
      // istanbul ignore next
      case "\u2029":
        throw Error("TBD");
      case "\\":
        return this.classEscape();
      default:
        return this.classPatternCharacterAtom();
    }
  }
  classEscape() {
    this.consumeChar("\\");
    switch (this.peekChar()) {
      // Matches a backspace.
      // (Not to be confused with \b word boundary outside characterClass)
      case "b":
        this.consumeChar("b");
        return { type: "Character", value: cc("\b") };
      case "d":
      case "D":
      case "s":
      case "S":
      case "w":
      case "W":
        return this.characterClassEscape();
      case "f":
      case "n":
      case "r":
      case "t":
      case "v":
        return this.controlEscapeAtom();
      case "c":
        return this.controlLetterEscapeAtom();
      case "0":
        return this.nulCharacterAtom();
      case "x":
        return this.hexEscapeSequenceAtom();
      case "u":
        return this.regExpUnicodeEscapeSequenceAtom();
      default:
        return this.identityEscapeAtom();
    }
  }
  group() {
    let capturing = true;
    this.consumeChar("(");
    switch (this.peekChar(0)) {
      case "?":
        this.consumeChar("?");
        this.consumeChar(":");
        capturing = false;
        break;
      default:
        this.groupIdx++;
        break;
    }
    const value = this.disjunction();
    this.consumeChar(")");
    const groupAst = {
      type: "Group",
      capturing,
      value
    };
    if (capturing) {
      groupAst["idx"] = this.groupIdx;
    }
    return groupAst;
  }
  positiveInteger() {
    let number = this.popChar();
    if (decimalPatternNoZero.test(number) === false) {
      throw Error("Expecting a positive integer");
    }
    while (decimalPattern.test(this.peekChar(0))) {
      number += this.popChar();
    }
    return parseInt(number, 10);
  }
  integerIncludingZero() {
    let number = this.popChar();
    if (decimalPattern.test(number) === false) {
      throw Error("Expecting an integer");
    }
    while (decimalPattern.test(this.peekChar(0))) {
      number += this.popChar();
    }
    return parseInt(number, 10);
  }
  patternCharacter() {
    const nextChar = this.popChar();
    switch (nextChar) {
      // istanbul ignore next
      case "\n":
      // istanbul ignore next
      case "\r":
      // istanbul ignore next
      case "\u2028":
      // istanbul ignore next
      case "\u2029":
      // istanbul ignore next
      case "^":
      // istanbul ignore next
      case "$":
      // istanbul ignore next
      case "\\":
      // istanbul ignore next
      case ".":
      // istanbul ignore next
      case "*":
      // istanbul ignore next
      case "+":
      // istanbul ignore next
      case "?":
      // istanbul ignore next
      case "(":
      // istanbul ignore next
      case ")":
      // istanbul ignore next
      case "[":
      // istanbul ignore next
      case "|":
        throw Error("TBD");
      default:
        return { type: "Character", value: cc(nextChar) };
    }
  }
  isRegExpFlag() {
    switch (this.peekChar(0)) {
      case "g":
      case "i":
      case "m":
      case "u":
      case "y":
        return true;
      default:
        return false;
    }
  }
  isRangeDash() {
    return this.peekChar() === "-" && this.isClassAtom(1);
  }
  isDigit() {
    return decimalPattern.test(this.peekChar(0));
  }
  isClassAtom(howMuch = 0) {
    switch (this.peekChar(howMuch)) {
      case "]":
      case "\n":
      case "\r":
      case "\u2028":
      case "\u2029":
        return false;
      default:
        return true;
    }
  }
  isTerm() {
    return this.isAtom() || this.isAssertion();
  }
  isAtom() {
    if (this.isPatternCharacter()) {
      return true;
    }
    switch (this.peekChar(0)) {
      case ".":
      case "\\":
      // atomEscape
      case "[":
      // characterClass
      // TODO: isAtom must be called before isAssertion - disambiguate
      case "(":
        return true;
      default:
        return false;
    }
  }
  isAssertion() {
    switch (this.peekChar(0)) {
      case "^":
      case "$":
        return true;
      // '\b' or '\B'
      case "\\":
        switch (this.peekChar(1)) {
          case "b":
          case "B":
            return true;
          default:
            return false;
        }
      // '(?=' or '(?!' or `(?<=` or `(?<!`
      case "(":
        return this.peekChar(1) === "?" && (this.peekChar(2) === "=" || this.peekChar(2) === "!" || this.peekChar(2) === "<" && (this.peekChar(3) === "=" || this.peekChar(3) === "!"));
      default:
        return false;
    }
  }
  isQuantifier() {
    const prevState = this.saveState();
    try {
      return this.quantifier(true) !== void 0;
    } catch (e) {
      return false;
    } finally {
      this.restoreState(prevState);
    }
  }
  isPatternCharacter() {
    switch (this.peekChar()) {
      case "^":
      case "$":
      case "\\":
      case ".":
      case "*":
      case "+":
      case "?":
      case "(":
      case ")":
      case "[":
      case "|":
      case "/":
      case "\n":
      case "\r":
      case "\u2028":
      case "\u2029":
        return false;
      default:
        return true;
    }
  }
  parseHexDigits(howMany) {
    let hexString = "";
    for (let i = 0; i < howMany; i++) {
      const hexChar = this.popChar();
      if (hexDigitPattern.test(hexChar) === false) {
        throw Error("Expecting a HexDecimal digits");
      }
      hexString += hexChar;
    }
    const charCode = parseInt(hexString, 16);
    return { type: "Character", value: charCode };
  }
  peekChar(howMuch = 0) {
    return this.input[this.idx + howMuch];
  }
  popChar() {
    const nextChar = this.peekChar(0);
    this.consumeChar(void 0);
    return nextChar;
  }
  consumeChar(char) {
    if (char !== void 0 && this.input[this.idx] !== char) {
      throw Error("Expected: '" + char + "' but found: '" + this.input[this.idx] + "' at offset: " + this.idx);
    }
    if (this.idx >= this.input.length) {
      throw Error("Unexpected end of input");
    }
    this.idx++;
  }
  loc(begin) {
    return { begin, end: this.idx };
  }
};

// node_modules/@chevrotain/regexp-to-ast/lib/src/base-regexp-visitor.js
var BaseRegExpVisitor = class {
  visitChildren(node) {
    for (const key in node) {
      const child = node[key];
      if (node.hasOwnProperty(key)) {
        if (child.type !== void 0) {
          this.visit(child);
        } else if (Array.isArray(child)) {
          child.forEach((subChild) => {
            this.visit(subChild);
          }, this);
        }
      }
    }
  }
  visit(node) {
    switch (node.type) {
      case "Pattern":
        this.visitPattern(node);
        break;
      case "Flags":
        this.visitFlags(node);
        break;
      case "Disjunction":
        this.visitDisjunction(node);
        break;
      case "Alternative":
        this.visitAlternative(node);
        break;
      case "StartAnchor":
        this.visitStartAnchor(node);
        break;
      case "EndAnchor":
        this.visitEndAnchor(node);
        break;
      case "WordBoundary":
        this.visitWordBoundary(node);
        break;
      case "NonWordBoundary":
        this.visitNonWordBoundary(node);
        break;
      case "Lookahead":
        this.visitLookahead(node);
        break;
      case "NegativeLookahead":
        this.visitNegativeLookahead(node);
        break;
      case "Lookbehind":
        this.visitLookbehind(node);
        break;
      case "NegativeLookbehind":
        this.visitNegativeLookbehind(node);
        break;
      case "Character":
        this.visitCharacter(node);
        break;
      case "Set":
        this.visitSet(node);
        break;
      case "Group":
        this.visitGroup(node);
        break;
      case "GroupBackReference":
        this.visitGroupBackReference(node);
        break;
      case "Quantifier":
        this.visitQuantifier(node);
        break;
    }
    this.visitChildren(node);
  }
  visitPattern(node) {
  }
  visitFlags(node) {
  }
  visitDisjunction(node) {
  }
  visitAlternative(node) {
  }
  // Assertion
  visitStartAnchor(node) {
  }
  visitEndAnchor(node) {
  }
  visitWordBoundary(node) {
  }
  visitNonWordBoundary(node) {
  }
  visitLookahead(node) {
  }
  visitNegativeLookahead(node) {
  }
  visitLookbehind(node) {
  }
  visitNegativeLookbehind(node) {
  }
  // atoms
  visitCharacter(node) {
  }
  visitSet(node) {
  }
  visitGroup(node) {
  }
  visitGroupBackReference(node) {
  }
  visitQuantifier(node) {
  }
};

// node_modules/chevrotain/lib/src/scan/reg_exp_parser.js
var regExpAstCache = {};
var regExpParser = new RegExpParser();
function getRegExpAst(regExp) {
  const regExpStr = regExp.toString();
  if (regExpAstCache.hasOwnProperty(regExpStr)) {
    return regExpAstCache[regExpStr];
  } else {
    const regExpAst = regExpParser.pattern(regExpStr);
    regExpAstCache[regExpStr] = regExpAst;
    return regExpAst;
  }
}
function clearRegExpParserCache() {
  regExpAstCache = {};
}

// node_modules/chevrotain/lib/src/scan/reg_exp.js
var complementErrorMessage = "Complement Sets are not supported for first char optimization";
var failedOptimizationPrefixMsg = 'Unable to use "first char" lexer optimizations:\n';
function getOptimizedStartCodesIndices(regExp, ensureOptimizations = false) {
  try {
    const ast = getRegExpAst(regExp);
    const firstChars = firstCharOptimizedIndices(ast.value, {}, ast.flags.ignoreCase);
    return firstChars;
  } catch (e) {
    if (e.message === complementErrorMessage) {
      if (ensureOptimizations) {
        PRINT_WARNING(`${failedOptimizationPrefixMsg}	Unable to optimize: < ${regExp.toString()} >
	Complement Sets cannot be automatically optimized.
	This will disable the lexer's first char optimizations.
	See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#COMPLEMENT for details.`);
      }
    } else {
      let msgSuffix = "";
      if (ensureOptimizations) {
        msgSuffix = "\n	This will disable the lexer's first char optimizations.\n	See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#REGEXP_PARSING for details.";
      }
      PRINT_ERROR(`${failedOptimizationPrefixMsg}
	Failed parsing: < ${regExp.toString()} >
	Using the @chevrotain/regexp-to-ast library
	Please open an issue at: https://github.com/chevrotain/chevrotain/issues` + msgSuffix);
    }
  }
  return [];
}
function firstCharOptimizedIndices(ast, result, ignoreCase) {
  switch (ast.type) {
    case "Disjunction":
      for (let i = 0; i < ast.value.length; i++) {
        firstCharOptimizedIndices(ast.value[i], result, ignoreCase);
      }
      break;
    case "Alternative":
      const terms = ast.value;
      for (let i = 0; i < terms.length; i++) {
        const term = terms[i];
        switch (term.type) {
          case "EndAnchor":
          // A group back reference cannot affect potential starting char.
          // because if a back reference is the first production than automatically
          // the group being referenced has had to come BEFORE so its codes have already been added
          case "GroupBackReference":
          // assertions do not affect potential starting codes
          case "Lookahead":
          case "NegativeLookahead":
          case "Lookbehind":
          case "NegativeLookbehind":
          case "StartAnchor":
          case "WordBoundary":
          case "NonWordBoundary":
            continue;
        }
        const atom = term;
        switch (atom.type) {
          case "Character":
            addOptimizedIdxToResult(atom.value, result, ignoreCase);
            break;
          case "Set":
            if (atom.complement === true) {
              throw Error(complementErrorMessage);
            }
            forEach_default(atom.value, (code) => {
              if (typeof code === "number") {
                addOptimizedIdxToResult(code, result, ignoreCase);
              } else {
                const range = code;
                if (ignoreCase === true) {
                  for (let rangeCode = range.from; rangeCode <= range.to; rangeCode++) {
                    addOptimizedIdxToResult(rangeCode, result, ignoreCase);
                  }
                } else {
                  for (let rangeCode = range.from; rangeCode <= range.to && rangeCode < minOptimizationVal; rangeCode++) {
                    addOptimizedIdxToResult(rangeCode, result, ignoreCase);
                  }
                  if (range.to >= minOptimizationVal) {
                    const minUnOptVal = range.from >= minOptimizationVal ? range.from : minOptimizationVal;
                    const maxUnOptVal = range.to;
                    const minOptIdx = charCodeToOptimizedIndex(minUnOptVal);
                    const maxOptIdx = charCodeToOptimizedIndex(maxUnOptVal);
                    for (let currOptIdx = minOptIdx; currOptIdx <= maxOptIdx; currOptIdx++) {
                      result[currOptIdx] = currOptIdx;
                    }
                  }
                }
              }
            });
            break;
          case "Group":
            firstCharOptimizedIndices(atom.value, result, ignoreCase);
            break;
          /* istanbul ignore next */
          default:
            throw Error("Non Exhaustive Match");
        }
        const isOptionalQuantifier = atom.quantifier !== void 0 && atom.quantifier.atLeast === 0;
        if (
          // A group may be optional due to empty contents /(?:)/
          // or if everything inside it is optional /((a)?)/
          atom.type === "Group" && isWholeOptional(atom) === false || // If this term is not a group it may only be optional if it has an optional quantifier
          atom.type !== "Group" && isOptionalQuantifier === false
        ) {
          break;
        }
      }
      break;
    /* istanbul ignore next */
    default:
      throw Error("non exhaustive match!");
  }
  return values_default(result);
}
function addOptimizedIdxToResult(code, result, ignoreCase) {
  const optimizedCharIdx = charCodeToOptimizedIndex(code);
  result[optimizedCharIdx] = optimizedCharIdx;
  if (ignoreCase === true) {
    handleIgnoreCase(code, result);
  }
}
function handleIgnoreCase(code, result) {
  const char = String.fromCharCode(code);
  const upperChar = char.toUpperCase();
  if (upperChar !== char) {
    const optimizedCharIdx = charCodeToOptimizedIndex(upperChar.charCodeAt(0));
    result[optimizedCharIdx] = optimizedCharIdx;
  } else {
    const lowerChar = char.toLowerCase();
    if (lowerChar !== char) {
      const optimizedCharIdx = charCodeToOptimizedIndex(lowerChar.charCodeAt(0));
      result[optimizedCharIdx] = optimizedCharIdx;
    }
  }
}
function findCode(setNode, targetCharCodes) {
  return find_default(setNode.value, (codeOrRange) => {
    if (typeof codeOrRange === "number") {
      return includes_default(targetCharCodes, codeOrRange);
    } else {
      const range = codeOrRange;
      return find_default(targetCharCodes, (targetCode) => range.from <= targetCode && targetCode <= range.to) !== void 0;
    }
  });
}
function isWholeOptional(ast) {
  const quantifier = ast.quantifier;
  if (quantifier && quantifier.atLeast === 0) {
    return true;
  }
  if (!ast.value) {
    return false;
  }
  return isArray_default(ast.value) ? every_default(ast.value, isWholeOptional) : isWholeOptional(ast.value);
}
var CharCodeFinder = class extends BaseRegExpVisitor {
  constructor(targetCharCodes) {
    super();
    this.targetCharCodes = targetCharCodes;
    this.found = false;
  }
  visitChildren(node) {
    if (this.found === true) {
      return;
    }
    switch (node.type) {
      case "Lookahead":
        this.visitLookahead(node);
        return;
      case "NegativeLookahead":
        this.visitNegativeLookahead(node);
        return;
      case "Lookbehind":
        this.visitLookbehind(node);
        return;
      case "NegativeLookbehind":
        this.visitNegativeLookbehind(node);
        return;
    }
    super.visitChildren(node);
  }
  visitCharacter(node) {
    if (includes_default(this.targetCharCodes, node.value)) {
      this.found = true;
    }
  }
  visitSet(node) {
    if (node.complement) {
      if (findCode(node, this.targetCharCodes) === void 0) {
        this.found = true;
      }
    } else {
      if (findCode(node, this.targetCharCodes) !== void 0) {
        this.found = true;
      }
    }
  }
};
function canMatchCharCode(charCodes, pattern) {
  if (pattern instanceof RegExp) {
    const ast = getRegExpAst(pattern);
    const charCodeFinder = new CharCodeFinder(charCodes);
    charCodeFinder.visit(ast);
    return charCodeFinder.found;
  } else {
    return find_default(pattern, (char) => {
      return includes_default(charCodes, char.charCodeAt(0));
    }) !== void 0;
  }
}

// node_modules/chevrotain/lib/src/scan/lexer.js
var PATTERN = "PATTERN";
var DEFAULT_MODE = "defaultMode";
var MODES = "modes";
function analyzeTokenTypes(tokenTypes, options) {
  options = defaults_default(options, {
    debug: false,
    safeMode: false,
    positionTracking: "full",
    lineTerminatorCharacters: ["\r", "\n"],
    tracer: (msg, action) => action()
  });
  const tracer = options.tracer;
  tracer("initCharCodeToOptimizedIndexMap", () => {
    initCharCodeToOptimizedIndexMap();
  });
  let onlyRelevantTypes;
  tracer("Reject Lexer.NA", () => {
    onlyRelevantTypes = reject_default(tokenTypes, (currType) => {
      return currType[PATTERN] === Lexer.NA;
    });
  });
  let hasCustom = false;
  let allTransformedPatterns;
  tracer("Transform Patterns", () => {
    hasCustom = false;
    allTransformedPatterns = map_default(onlyRelevantTypes, (currType) => {
      const currPattern = currType[PATTERN];
      if (isRegExp_default(currPattern)) {
        const regExpSource = currPattern.source;
        if (regExpSource.length === 1 && // only these regExp meta characters which can appear in a length one regExp
        regExpSource !== "^" && regExpSource !== "$" && regExpSource !== "." && !currPattern.ignoreCase) {
          return regExpSource;
        } else if (regExpSource.length === 2 && regExpSource[0] === "\\" && // not a meta character
        !includes_default([
          "d",
          "D",
          "s",
          "S",
          "t",
          "r",
          "n",
          "t",
          "0",
          "c",
          "b",
          "B",
          "f",
          "v",
          "w",
          "W"
        ], regExpSource[1])) {
          return regExpSource[1];
        } else {
          return addStickyFlag(currPattern);
        }
      } else if (isFunction_default(currPattern)) {
        hasCustom = true;
        return { exec: currPattern };
      } else if (typeof currPattern === "object") {
        hasCustom = true;
        return currPattern;
      } else if (typeof currPattern === "string") {
        if (currPattern.length === 1) {
          return currPattern;
        } else {
          const escapedRegExpString = currPattern.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
          const wrappedRegExp = new RegExp(escapedRegExpString);
          return addStickyFlag(wrappedRegExp);
        }
      } else {
        throw Error("non exhaustive match");
      }
    });
  });
  let patternIdxToType;
  let patternIdxToGroup;
  let patternIdxToLongerAltIdxArr;
  let patternIdxToPushMode;
  let patternIdxToPopMode;
  tracer("misc mapping", () => {
    patternIdxToType = map_default(onlyRelevantTypes, (currType) => currType.tokenTypeIdx);
    patternIdxToGroup = map_default(onlyRelevantTypes, (clazz) => {
      const groupName = clazz.GROUP;
      if (groupName === Lexer.SKIPPED) {
        return void 0;
      } else if (isString_default(groupName)) {
        return groupName;
      } else if (isUndefined_default(groupName)) {
        return false;
      } else {
        throw Error("non exhaustive match");
      }
    });
    patternIdxToLongerAltIdxArr = map_default(onlyRelevantTypes, (clazz) => {
      const longerAltType = clazz.LONGER_ALT;
      if (longerAltType) {
        const longerAltIdxArr = isArray_default(longerAltType) ? map_default(longerAltType, (type) => indexOf_default(onlyRelevantTypes, type)) : [indexOf_default(onlyRelevantTypes, longerAltType)];
        return longerAltIdxArr;
      }
    });
    patternIdxToPushMode = map_default(onlyRelevantTypes, (clazz) => clazz.PUSH_MODE);
    patternIdxToPopMode = map_default(onlyRelevantTypes, (clazz) => has_default(clazz, "POP_MODE"));
  });
  let patternIdxToCanLineTerminator;
  tracer("Line Terminator Handling", () => {
    const lineTerminatorCharCodes = getCharCodes(options.lineTerminatorCharacters);
    patternIdxToCanLineTerminator = map_default(onlyRelevantTypes, (tokType) => false);
    if (options.positionTracking !== "onlyOffset") {
      patternIdxToCanLineTerminator = map_default(onlyRelevantTypes, (tokType) => {
        if (has_default(tokType, "LINE_BREAKS")) {
          return !!tokType.LINE_BREAKS;
        } else {
          return checkLineBreaksIssues(tokType, lineTerminatorCharCodes) === false && canMatchCharCode(lineTerminatorCharCodes, tokType.PATTERN);
        }
      });
    }
  });
  let patternIdxToIsCustom;
  let patternIdxToShort;
  let emptyGroups;
  let patternIdxToConfig;
  tracer("Misc Mapping #2", () => {
    patternIdxToIsCustom = map_default(onlyRelevantTypes, isCustomPattern);
    patternIdxToShort = map_default(allTransformedPatterns, isShortPattern);
    emptyGroups = reduce_default(onlyRelevantTypes, (acc, clazz) => {
      const groupName = clazz.GROUP;
      if (isString_default(groupName) && !(groupName === Lexer.SKIPPED)) {
        acc[groupName] = [];
      }
      return acc;
    }, {});
    patternIdxToConfig = map_default(allTransformedPatterns, (x, idx) => {
      return {
        pattern: allTransformedPatterns[idx],
        longerAlt: patternIdxToLongerAltIdxArr[idx],
        canLineTerminator: patternIdxToCanLineTerminator[idx],
        isCustom: patternIdxToIsCustom[idx],
        short: patternIdxToShort[idx],
        group: patternIdxToGroup[idx],
        push: patternIdxToPushMode[idx],
        pop: patternIdxToPopMode[idx],
        tokenTypeIdx: patternIdxToType[idx],
        tokenType: onlyRelevantTypes[idx]
      };
    });
  });
  let canBeOptimized = true;
  let charCodeToPatternIdxToConfig = [];
  if (!options.safeMode) {
    tracer("First Char Optimization", () => {
      charCodeToPatternIdxToConfig = reduce_default(onlyRelevantTypes, (result, currTokType, idx) => {
        if (typeof currTokType.PATTERN === "string") {
          const charCode = currTokType.PATTERN.charCodeAt(0);
          const optimizedIdx = charCodeToOptimizedIndex(charCode);
          addToMapOfArrays(result, optimizedIdx, patternIdxToConfig[idx]);
        } else if (isArray_default(currTokType.START_CHARS_HINT)) {
          let lastOptimizedIdx;
          forEach_default(currTokType.START_CHARS_HINT, (charOrInt) => {
            const charCode = typeof charOrInt === "string" ? charOrInt.charCodeAt(0) : charOrInt;
            const currOptimizedIdx = charCodeToOptimizedIndex(charCode);
            if (lastOptimizedIdx !== currOptimizedIdx) {
              lastOptimizedIdx = currOptimizedIdx;
              addToMapOfArrays(result, currOptimizedIdx, patternIdxToConfig[idx]);
            }
          });
        } else if (isRegExp_default(currTokType.PATTERN)) {
          if (currTokType.PATTERN.unicode) {
            canBeOptimized = false;
            if (options.ensureOptimizations) {
              PRINT_ERROR(`${failedOptimizationPrefixMsg}	Unable to analyze < ${currTokType.PATTERN.toString()} > pattern.
	The regexp unicode flag is not currently supported by the regexp-to-ast library.
	This will disable the lexer's first char optimizations.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#UNICODE_OPTIMIZE`);
            }
          } else {
            const optimizedCodes = getOptimizedStartCodesIndices(currTokType.PATTERN, options.ensureOptimizations);
            if (isEmpty_default(optimizedCodes)) {
              canBeOptimized = false;
            }
            forEach_default(optimizedCodes, (code) => {
              addToMapOfArrays(result, code, patternIdxToConfig[idx]);
            });
          }
        } else {
          if (options.ensureOptimizations) {
            PRINT_ERROR(`${failedOptimizationPrefixMsg}	TokenType: <${currTokType.name}> is using a custom token pattern without providing <start_chars_hint> parameter.
	This will disable the lexer's first char optimizations.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#CUSTOM_OPTIMIZE`);
          }
          canBeOptimized = false;
        }
        return result;
      }, []);
    });
  }
  return {
    emptyGroups,
    patternIdxToConfig,
    charCodeToPatternIdxToConfig,
    hasCustom,
    canBeOptimized
  };
}
function validatePatterns(tokenTypes, validModesNames) {
  let errors = [];
  const missingResult = findMissingPatterns(tokenTypes);
  errors = errors.concat(missingResult.errors);
  const invalidResult = findInvalidPatterns(missingResult.valid);
  const validTokenTypes = invalidResult.valid;
  errors = errors.concat(invalidResult.errors);
  errors = errors.concat(validateRegExpPattern(validTokenTypes));
  errors = errors.concat(findInvalidGroupType(validTokenTypes));
  errors = errors.concat(findModesThatDoNotExist(validTokenTypes, validModesNames));
  errors = errors.concat(findUnreachablePatterns(validTokenTypes));
  return errors;
}
function validateRegExpPattern(tokenTypes) {
  let errors = [];
  const withRegExpPatterns = filter_default(tokenTypes, (currTokType) => isRegExp_default(currTokType[PATTERN]));
  errors = errors.concat(findEndOfInputAnchor(withRegExpPatterns));
  errors = errors.concat(findStartOfInputAnchor(withRegExpPatterns));
  errors = errors.concat(findUnsupportedFlags(withRegExpPatterns));
  errors = errors.concat(findDuplicatePatterns(withRegExpPatterns));
  errors = errors.concat(findEmptyMatchRegExps(withRegExpPatterns));
  return errors;
}
function findMissingPatterns(tokenTypes) {
  const tokenTypesWithMissingPattern = filter_default(tokenTypes, (currType) => {
    return !has_default(currType, PATTERN);
  });
  const errors = map_default(tokenTypesWithMissingPattern, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- missing static 'PATTERN' property",
      type: LexerDefinitionErrorType.MISSING_PATTERN,
      tokenTypes: [currType]
    };
  });
  const valid = difference_default(tokenTypes, tokenTypesWithMissingPattern);
  return { errors, valid };
}
function findInvalidPatterns(tokenTypes) {
  const tokenTypesWithInvalidPattern = filter_default(tokenTypes, (currType) => {
    const pattern = currType[PATTERN];
    return !isRegExp_default(pattern) && !isFunction_default(pattern) && !has_default(pattern, "exec") && !isString_default(pattern);
  });
  const errors = map_default(tokenTypesWithInvalidPattern, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'PATTERN' can only be a RegExp, a Function matching the {CustomPatternMatcherFunc} type or an Object matching the {ICustomPattern} interface.",
      type: LexerDefinitionErrorType.INVALID_PATTERN,
      tokenTypes: [currType]
    };
  });
  const valid = difference_default(tokenTypes, tokenTypesWithInvalidPattern);
  return { errors, valid };
}
var end_of_input = /[^\\][$]/;
function findEndOfInputAnchor(tokenTypes) {
  class EndAnchorFinder extends BaseRegExpVisitor {
    constructor() {
      super(...arguments);
      this.found = false;
    }
    visitEndAnchor(node) {
      this.found = true;
    }
  }
  const invalidRegex = filter_default(tokenTypes, (currType) => {
    const pattern = currType.PATTERN;
    try {
      const regexpAst = getRegExpAst(pattern);
      const endAnchorVisitor = new EndAnchorFinder();
      endAnchorVisitor.visit(regexpAst);
      return endAnchorVisitor.found;
    } catch (e) {
      return end_of_input.test(pattern.source);
    }
  });
  const errors = map_default(invalidRegex, (currType) => {
    return {
      message: "Unexpected RegExp Anchor Error:\n	Token Type: ->" + currType.name + "<- static 'PATTERN' cannot contain end of input anchor '$'\n	See chevrotain.io/docs/guide/resolving_lexer_errors.html#ANCHORS	for details.",
      type: LexerDefinitionErrorType.EOI_ANCHOR_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findEmptyMatchRegExps(tokenTypes) {
  const matchesEmptyString = filter_default(tokenTypes, (currType) => {
    const pattern = currType.PATTERN;
    return pattern.test("");
  });
  const errors = map_default(matchesEmptyString, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'PATTERN' must not match an empty string",
      type: LexerDefinitionErrorType.EMPTY_MATCH_PATTERN,
      tokenTypes: [currType]
    };
  });
  return errors;
}
var start_of_input = /[^\\[][\^]|^\^/;
function findStartOfInputAnchor(tokenTypes) {
  class StartAnchorFinder extends BaseRegExpVisitor {
    constructor() {
      super(...arguments);
      this.found = false;
    }
    visitStartAnchor(node) {
      this.found = true;
    }
  }
  const invalidRegex = filter_default(tokenTypes, (currType) => {
    const pattern = currType.PATTERN;
    try {
      const regexpAst = getRegExpAst(pattern);
      const startAnchorVisitor = new StartAnchorFinder();
      startAnchorVisitor.visit(regexpAst);
      return startAnchorVisitor.found;
    } catch (e) {
      return start_of_input.test(pattern.source);
    }
  });
  const errors = map_default(invalidRegex, (currType) => {
    return {
      message: "Unexpected RegExp Anchor Error:\n	Token Type: ->" + currType.name + "<- static 'PATTERN' cannot contain start of input anchor '^'\n	See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#ANCHORS	for details.",
      type: LexerDefinitionErrorType.SOI_ANCHOR_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findUnsupportedFlags(tokenTypes) {
  const invalidFlags = filter_default(tokenTypes, (currType) => {
    const pattern = currType[PATTERN];
    return pattern instanceof RegExp && (pattern.multiline || pattern.global);
  });
  const errors = map_default(invalidFlags, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'PATTERN' may NOT contain global('g') or multiline('m')",
      type: LexerDefinitionErrorType.UNSUPPORTED_FLAGS_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findDuplicatePatterns(tokenTypes) {
  const found = [];
  let identicalPatterns = map_default(tokenTypes, (outerType) => {
    return reduce_default(tokenTypes, (result, innerType) => {
      if (outerType.PATTERN.source === innerType.PATTERN.source && !includes_default(found, innerType) && innerType.PATTERN !== Lexer.NA) {
        found.push(innerType);
        result.push(innerType);
        return result;
      }
      return result;
    }, []);
  });
  identicalPatterns = compact_default(identicalPatterns);
  const duplicatePatterns = filter_default(identicalPatterns, (currIdenticalSet) => {
    return currIdenticalSet.length > 1;
  });
  const errors = map_default(duplicatePatterns, (setOfIdentical) => {
    const tokenTypeNames = map_default(setOfIdentical, (currType) => {
      return currType.name;
    });
    const dupPatternSrc = head_default(setOfIdentical).PATTERN;
    return {
      message: `The same RegExp pattern ->${dupPatternSrc}<-has been used in all of the following Token Types: ${tokenTypeNames.join(", ")} <-`,
      type: LexerDefinitionErrorType.DUPLICATE_PATTERNS_FOUND,
      tokenTypes: setOfIdentical
    };
  });
  return errors;
}
function findInvalidGroupType(tokenTypes) {
  const invalidTypes = filter_default(tokenTypes, (clazz) => {
    if (!has_default(clazz, "GROUP")) {
      return false;
    }
    const group = clazz.GROUP;
    return group !== Lexer.SKIPPED && group !== Lexer.NA && !isString_default(group);
  });
  const errors = map_default(invalidTypes, (currType) => {
    return {
      message: "Token Type: ->" + currType.name + "<- static 'GROUP' can only be Lexer.SKIPPED/Lexer.NA/A String",
      type: LexerDefinitionErrorType.INVALID_GROUP_TYPE_FOUND,
      tokenTypes: [currType]
    };
  });
  return errors;
}
function findModesThatDoNotExist(tokenTypes, validModes) {
  const invalidModes = filter_default(tokenTypes, (clazz) => {
    return clazz.PUSH_MODE !== void 0 && !includes_default(validModes, clazz.PUSH_MODE);
  });
  const errors = map_default(invalidModes, (tokType) => {
    const msg = `Token Type: ->${tokType.name}<- static 'PUSH_MODE' value cannot refer to a Lexer Mode ->${tokType.PUSH_MODE}<-which does not exist`;
    return {
      message: msg,
      type: LexerDefinitionErrorType.PUSH_MODE_DOES_NOT_EXIST,
      tokenTypes: [tokType]
    };
  });
  return errors;
}
function findUnreachablePatterns(tokenTypes) {
  const errors = [];
  const canBeTested = reduce_default(tokenTypes, (result, tokType, idx) => {
    const pattern = tokType.PATTERN;
    if (pattern === Lexer.NA) {
      return result;
    }
    if (isString_default(pattern)) {
      result.push({ str: pattern, idx, tokenType: tokType });
    } else if (isRegExp_default(pattern) && noMetaChar(pattern)) {
      result.push({ str: pattern.source, idx, tokenType: tokType });
    }
    return result;
  }, []);
  forEach_default(tokenTypes, (aTokType, aIdx) => {
    forEach_default(canBeTested, ({ str: bStr, idx: bIdx, tokenType: bTokType }) => {
      if (aIdx < bIdx && tryToMatchStrToPattern(bStr, aTokType.PATTERN)) {
        const msg = `Token: ->${bTokType.name}<- can never be matched.
Because it appears AFTER the Token Type ->${aTokType.name}<-in the lexer's definition.
See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#UNREACHABLE`;
        errors.push({
          message: msg,
          type: LexerDefinitionErrorType.UNREACHABLE_PATTERN,
          tokenTypes: [aTokType, bTokType]
        });
      }
    });
  });
  return errors;
}
function tryToMatchStrToPattern(str, pattern) {
  if (isRegExp_default(pattern)) {
    if (usesLookAheadOrBehind(pattern)) {
      return false;
    }
    const regExpArray = pattern.exec(str);
    return regExpArray !== null && regExpArray.index === 0;
  } else if (isFunction_default(pattern)) {
    return pattern(str, 0, [], {});
  } else if (has_default(pattern, "exec")) {
    return pattern.exec(str, 0, [], {});
  } else if (typeof pattern === "string") {
    return pattern === str;
  } else {
    throw Error("non exhaustive match");
  }
}
function noMetaChar(regExp) {
  const metaChars = [
    ".",
    "\\",
    "[",
    "]",
    "|",
    "^",
    "$",
    "(",
    ")",
    "?",
    "*",
    "+",
    "{"
  ];
  return find_default(metaChars, (char) => regExp.source.indexOf(char) !== -1) === void 0;
}
function usesLookAheadOrBehind(regExp) {
  return /(\(\?=)|(\(\?!)|(\(\?<=)|(\(\?<!)/.test(regExp.source);
}
function addStickyFlag(pattern) {
  const flags = pattern.ignoreCase ? "iy" : "y";
  return new RegExp(`${pattern.source}`, flags);
}
function performRuntimeChecks(lexerDefinition, trackLines, lineTerminatorCharacters) {
  const errors = [];
  if (!has_default(lexerDefinition, DEFAULT_MODE)) {
    errors.push({
      message: "A MultiMode Lexer cannot be initialized without a <" + DEFAULT_MODE + "> property in its definition\n",
      type: LexerDefinitionErrorType.MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE
    });
  }
  if (!has_default(lexerDefinition, MODES)) {
    errors.push({
      message: "A MultiMode Lexer cannot be initialized without a <" + MODES + "> property in its definition\n",
      type: LexerDefinitionErrorType.MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY
    });
  }
  if (has_default(lexerDefinition, MODES) && has_default(lexerDefinition, DEFAULT_MODE) && !has_default(lexerDefinition.modes, lexerDefinition.defaultMode)) {
    errors.push({
      message: `A MultiMode Lexer cannot be initialized with a ${DEFAULT_MODE}: <${lexerDefinition.defaultMode}>which does not exist
`,
      type: LexerDefinitionErrorType.MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST
    });
  }
  if (has_default(lexerDefinition, MODES)) {
    forEach_default(lexerDefinition.modes, (currModeValue, currModeName) => {
      forEach_default(currModeValue, (currTokType, currIdx) => {
        if (isUndefined_default(currTokType)) {
          errors.push({
            message: `A Lexer cannot be initialized using an undefined Token Type. Mode:<${currModeName}> at index: <${currIdx}>
`,
            type: LexerDefinitionErrorType.LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED
          });
        } else if (has_default(currTokType, "LONGER_ALT")) {
          const longerAlt = isArray_default(currTokType.LONGER_ALT) ? currTokType.LONGER_ALT : [currTokType.LONGER_ALT];
          forEach_default(longerAlt, (currLongerAlt) => {
            if (!isUndefined_default(currLongerAlt) && !includes_default(currModeValue, currLongerAlt)) {
              errors.push({
                message: `A MultiMode Lexer cannot be initialized with a longer_alt <${currLongerAlt.name}> on token <${currTokType.name}> outside of mode <${currModeName}>
`,
                type: LexerDefinitionErrorType.MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE
              });
            }
          });
        }
      });
    });
  }
  return errors;
}
function performWarningRuntimeChecks(lexerDefinition, trackLines, lineTerminatorCharacters) {
  const warnings = [];
  let hasAnyLineBreak = false;
  const allTokenTypes = compact_default(flatten_default(values_default(lexerDefinition.modes)));
  const concreteTokenTypes = reject_default(allTokenTypes, (currType) => currType[PATTERN] === Lexer.NA);
  const terminatorCharCodes = getCharCodes(lineTerminatorCharacters);
  if (trackLines) {
    forEach_default(concreteTokenTypes, (tokType) => {
      const currIssue = checkLineBreaksIssues(tokType, terminatorCharCodes);
      if (currIssue !== false) {
        const message = buildLineBreakIssueMessage(tokType, currIssue);
        const warningDescriptor = {
          message,
          type: currIssue.issue,
          tokenType: tokType
        };
        warnings.push(warningDescriptor);
      } else {
        if (has_default(tokType, "LINE_BREAKS")) {
          if (tokType.LINE_BREAKS === true) {
            hasAnyLineBreak = true;
          }
        } else {
          if (canMatchCharCode(terminatorCharCodes, tokType.PATTERN)) {
            hasAnyLineBreak = true;
          }
        }
      }
    });
  }
  if (trackLines && !hasAnyLineBreak) {
    warnings.push({
      message: "Warning: No LINE_BREAKS Found.\n	This Lexer has been defined to track line and column information,\n	But none of the Token Types can be identified as matching a line terminator.\n	See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#LINE_BREAKS \n	for details.",
      type: LexerDefinitionErrorType.NO_LINE_BREAKS_FLAGS
    });
  }
  return warnings;
}
function cloneEmptyGroups(emptyGroups) {
  const clonedResult = {};
  const groupKeys = keys_default(emptyGroups);
  forEach_default(groupKeys, (currKey) => {
    const currGroupValue = emptyGroups[currKey];
    if (isArray_default(currGroupValue)) {
      clonedResult[currKey] = [];
    } else {
      throw Error("non exhaustive match");
    }
  });
  return clonedResult;
}
function isCustomPattern(tokenType) {
  const pattern = tokenType.PATTERN;
  if (isRegExp_default(pattern)) {
    return false;
  } else if (isFunction_default(pattern)) {
    return true;
  } else if (has_default(pattern, "exec")) {
    return true;
  } else if (isString_default(pattern)) {
    return false;
  } else {
    throw Error("non exhaustive match");
  }
}
function isShortPattern(pattern) {
  if (isString_default(pattern) && pattern.length === 1) {
    return pattern.charCodeAt(0);
  } else {
    return false;
  }
}
var LineTerminatorOptimizedTester = {
  // implements /\n|\r\n?/g.test
  test: function(text2) {
    const len = text2.length;
    for (let i = this.lastIndex; i < len; i++) {
      const c2 = text2.charCodeAt(i);
      if (c2 === 10) {
        this.lastIndex = i + 1;
        return true;
      } else if (c2 === 13) {
        if (text2.charCodeAt(i + 1) === 10) {
          this.lastIndex = i + 2;
        } else {
          this.lastIndex = i + 1;
        }
        return true;
      }
    }
    return false;
  },
  lastIndex: 0
};
function checkLineBreaksIssues(tokType, lineTerminatorCharCodes) {
  if (has_default(tokType, "LINE_BREAKS")) {
    return false;
  } else {
    if (isRegExp_default(tokType.PATTERN)) {
      try {
        canMatchCharCode(lineTerminatorCharCodes, tokType.PATTERN);
      } catch (e) {
        return {
          issue: LexerDefinitionErrorType.IDENTIFY_TERMINATOR,
          errMsg: e.message
        };
      }
      return false;
    } else if (isString_default(tokType.PATTERN)) {
      return false;
    } else if (isCustomPattern(tokType)) {
      return { issue: LexerDefinitionErrorType.CUSTOM_LINE_BREAK };
    } else {
      throw Error("non exhaustive match");
    }
  }
}
function buildLineBreakIssueMessage(tokType, details) {
  if (details.issue === LexerDefinitionErrorType.IDENTIFY_TERMINATOR) {
    return `Warning: unable to identify line terminator usage in pattern.
	The problem is in the <${tokType.name}> Token Type
	 Root cause: ${details.errMsg}.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#IDENTIFY_TERMINATOR`;
  } else if (details.issue === LexerDefinitionErrorType.CUSTOM_LINE_BREAK) {
    return `Warning: A Custom Token Pattern should specify the <line_breaks> option.
	The problem is in the <${tokType.name}> Token Type
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#CUSTOM_LINE_BREAK`;
  } else {
    throw Error("non exhaustive match");
  }
}
function getCharCodes(charsOrCodes) {
  const charCodes = map_default(charsOrCodes, (numOrString) => {
    if (isString_default(numOrString)) {
      return numOrString.charCodeAt(0);
    } else {
      return numOrString;
    }
  });
  return charCodes;
}
function addToMapOfArrays(map2, key, value) {
  if (map2[key] === void 0) {
    map2[key] = [value];
  } else {
    map2[key].push(value);
  }
}
var minOptimizationVal = 256;
var charCodeToOptimizedIdxMap = [];
function charCodeToOptimizedIndex(charCode) {
  return charCode < minOptimizationVal ? charCode : charCodeToOptimizedIdxMap[charCode];
}
function initCharCodeToOptimizedIndexMap() {
  if (isEmpty_default(charCodeToOptimizedIdxMap)) {
    charCodeToOptimizedIdxMap = new Array(65536);
    for (let i = 0; i < 65536; i++) {
      charCodeToOptimizedIdxMap[i] = i > 255 ? 255 + ~~(i / 255) : i;
    }
  }
}

// node_modules/chevrotain/lib/src/scan/tokens.js
function tokenStructuredMatcher(tokInstance, tokConstructor) {
  const instanceType = tokInstance.tokenTypeIdx;
  if (instanceType === tokConstructor.tokenTypeIdx) {
    return true;
  } else {
    return tokConstructor.isParent === true && tokConstructor.categoryMatchesMap[instanceType] === true;
  }
}
function tokenStructuredMatcherNoCategories(token, tokType) {
  return token.tokenTypeIdx === tokType.tokenTypeIdx;
}
var tokenShortNameIdx = 1;
var tokenIdxToClass = {};
function augmentTokenTypes(tokenTypes) {
  const tokenTypesAndParents = expandCategories(tokenTypes);
  assignTokenDefaultProps(tokenTypesAndParents);
  assignCategoriesMapProp(tokenTypesAndParents);
  assignCategoriesTokensProp(tokenTypesAndParents);
  forEach_default(tokenTypesAndParents, (tokType) => {
    tokType.isParent = tokType.categoryMatches.length > 0;
  });
}
function expandCategories(tokenTypes) {
  let result = clone_default(tokenTypes);
  let categories = tokenTypes;
  let searching = true;
  while (searching) {
    categories = compact_default(flatten_default(map_default(categories, (currTokType) => currTokType.CATEGORIES)));
    const newCategories = difference_default(categories, result);
    result = result.concat(newCategories);
    if (isEmpty_default(newCategories)) {
      searching = false;
    } else {
      categories = newCategories;
    }
  }
  return result;
}
function assignTokenDefaultProps(tokenTypes) {
  forEach_default(tokenTypes, (currTokType) => {
    if (!hasShortKeyProperty(currTokType)) {
      tokenIdxToClass[tokenShortNameIdx] = currTokType;
      currTokType.tokenTypeIdx = tokenShortNameIdx++;
    }
    if (hasCategoriesProperty(currTokType) && !isArray_default(currTokType.CATEGORIES)) {
      currTokType.CATEGORIES = [currTokType.CATEGORIES];
    }
    if (!hasCategoriesProperty(currTokType)) {
      currTokType.CATEGORIES = [];
    }
    if (!hasExtendingTokensTypesProperty(currTokType)) {
      currTokType.categoryMatches = [];
    }
    if (!hasExtendingTokensTypesMapProperty(currTokType)) {
      currTokType.categoryMatchesMap = {};
    }
  });
}
function assignCategoriesTokensProp(tokenTypes) {
  forEach_default(tokenTypes, (currTokType) => {
    currTokType.categoryMatches = [];
    forEach_default(currTokType.categoryMatchesMap, (val, key) => {
      currTokType.categoryMatches.push(tokenIdxToClass[key].tokenTypeIdx);
    });
  });
}
function assignCategoriesMapProp(tokenTypes) {
  forEach_default(tokenTypes, (currTokType) => {
    singleAssignCategoriesToksMap([], currTokType);
  });
}
function singleAssignCategoriesToksMap(path, nextNode) {
  forEach_default(path, (pathNode) => {
    nextNode.categoryMatchesMap[pathNode.tokenTypeIdx] = true;
  });
  forEach_default(nextNode.CATEGORIES, (nextCategory) => {
    const newPath = path.concat(nextNode);
    if (!includes_default(newPath, nextCategory)) {
      singleAssignCategoriesToksMap(newPath, nextCategory);
    }
  });
}
function hasShortKeyProperty(tokType) {
  return has_default(tokType, "tokenTypeIdx");
}
function hasCategoriesProperty(tokType) {
  return has_default(tokType, "CATEGORIES");
}
function hasExtendingTokensTypesProperty(tokType) {
  return has_default(tokType, "categoryMatches");
}
function hasExtendingTokensTypesMapProperty(tokType) {
  return has_default(tokType, "categoryMatchesMap");
}
function isTokenType(tokType) {
  return has_default(tokType, "tokenTypeIdx");
}

// node_modules/chevrotain/lib/src/scan/lexer_errors_public.js
var defaultLexerErrorProvider = {
  buildUnableToPopLexerModeMessage(token) {
    return `Unable to pop Lexer Mode after encountering Token ->${token.image}<- The Mode Stack is empty`;
  },
  buildUnexpectedCharactersMessage(fullText, startOffset, length, line, column, mode) {
    return `unexpected character: ->${fullText.charAt(startOffset)}<- at offset: ${startOffset}, skipped ${length} characters.`;
  }
};

// node_modules/chevrotain/lib/src/scan/lexer_public.js
var LexerDefinitionErrorType;
(function(LexerDefinitionErrorType2) {
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["MISSING_PATTERN"] = 0] = "MISSING_PATTERN";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["INVALID_PATTERN"] = 1] = "INVALID_PATTERN";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["EOI_ANCHOR_FOUND"] = 2] = "EOI_ANCHOR_FOUND";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["UNSUPPORTED_FLAGS_FOUND"] = 3] = "UNSUPPORTED_FLAGS_FOUND";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["DUPLICATE_PATTERNS_FOUND"] = 4] = "DUPLICATE_PATTERNS_FOUND";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["INVALID_GROUP_TYPE_FOUND"] = 5] = "INVALID_GROUP_TYPE_FOUND";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["PUSH_MODE_DOES_NOT_EXIST"] = 6] = "PUSH_MODE_DOES_NOT_EXIST";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE"] = 7] = "MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY"] = 8] = "MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST"] = 9] = "MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED"] = 10] = "LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["SOI_ANCHOR_FOUND"] = 11] = "SOI_ANCHOR_FOUND";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["EMPTY_MATCH_PATTERN"] = 12] = "EMPTY_MATCH_PATTERN";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["NO_LINE_BREAKS_FLAGS"] = 13] = "NO_LINE_BREAKS_FLAGS";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["UNREACHABLE_PATTERN"] = 14] = "UNREACHABLE_PATTERN";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["IDENTIFY_TERMINATOR"] = 15] = "IDENTIFY_TERMINATOR";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["CUSTOM_LINE_BREAK"] = 16] = "CUSTOM_LINE_BREAK";
  LexerDefinitionErrorType2[LexerDefinitionErrorType2["MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE"] = 17] = "MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE";
})(LexerDefinitionErrorType || (LexerDefinitionErrorType = {}));
var DEFAULT_LEXER_CONFIG = {
  deferDefinitionErrorsHandling: false,
  positionTracking: "full",
  lineTerminatorsPattern: /\n|\r\n?/g,
  lineTerminatorCharacters: ["\n", "\r"],
  ensureOptimizations: false,
  safeMode: false,
  errorMessageProvider: defaultLexerErrorProvider,
  traceInitPerf: false,
  skipValidations: false,
  recoveryEnabled: true
};
Object.freeze(DEFAULT_LEXER_CONFIG);
var Lexer = class {
  constructor(lexerDefinition, config = DEFAULT_LEXER_CONFIG) {
    this.lexerDefinition = lexerDefinition;
    this.lexerDefinitionErrors = [];
    this.lexerDefinitionWarning = [];
    this.patternIdxToConfig = {};
    this.charCodeToPatternIdxToConfig = {};
    this.modes = [];
    this.emptyGroups = {};
    this.trackStartLines = true;
    this.trackEndLines = true;
    this.hasCustom = false;
    this.canModeBeOptimized = {};
    this.TRACE_INIT = (phaseDesc, phaseImpl) => {
      if (this.traceInitPerf === true) {
        this.traceInitIndent++;
        const indent = new Array(this.traceInitIndent + 1).join("	");
        if (this.traceInitIndent < this.traceInitMaxIdent) {
          console.log(`${indent}--> <${phaseDesc}>`);
        }
        const { time, value } = timer(phaseImpl);
        const traceMethod = time > 10 ? console.warn : console.log;
        if (this.traceInitIndent < this.traceInitMaxIdent) {
          traceMethod(`${indent}<-- <${phaseDesc}> time: ${time}ms`);
        }
        this.traceInitIndent--;
        return value;
      } else {
        return phaseImpl();
      }
    };
    if (typeof config === "boolean") {
      throw Error("The second argument to the Lexer constructor is now an ILexerConfig Object.\na boolean 2nd argument is no longer supported");
    }
    this.config = assign_default({}, DEFAULT_LEXER_CONFIG, config);
    const traceInitVal = this.config.traceInitPerf;
    if (traceInitVal === true) {
      this.traceInitMaxIdent = Infinity;
      this.traceInitPerf = true;
    } else if (typeof traceInitVal === "number") {
      this.traceInitMaxIdent = traceInitVal;
      this.traceInitPerf = true;
    }
    this.traceInitIndent = -1;
    this.TRACE_INIT("Lexer Constructor", () => {
      let actualDefinition;
      let hasOnlySingleMode = true;
      this.TRACE_INIT("Lexer Config handling", () => {
        if (this.config.lineTerminatorsPattern === DEFAULT_LEXER_CONFIG.lineTerminatorsPattern) {
          this.config.lineTerminatorsPattern = LineTerminatorOptimizedTester;
        } else {
          if (this.config.lineTerminatorCharacters === DEFAULT_LEXER_CONFIG.lineTerminatorCharacters) {
            throw Error("Error: Missing <lineTerminatorCharacters> property on the Lexer config.\n	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#MISSING_LINE_TERM_CHARS");
          }
        }
        if (config.safeMode && config.ensureOptimizations) {
          throw Error('"safeMode" and "ensureOptimizations" flags are mutually exclusive.');
        }
        this.trackStartLines = /full|onlyStart/i.test(this.config.positionTracking);
        this.trackEndLines = /full/i.test(this.config.positionTracking);
        if (isArray_default(lexerDefinition)) {
          actualDefinition = {
            modes: { defaultMode: clone_default(lexerDefinition) },
            defaultMode: DEFAULT_MODE
          };
        } else {
          hasOnlySingleMode = false;
          actualDefinition = clone_default(lexerDefinition);
        }
      });
      if (this.config.skipValidations === false) {
        this.TRACE_INIT("performRuntimeChecks", () => {
          this.lexerDefinitionErrors = this.lexerDefinitionErrors.concat(performRuntimeChecks(actualDefinition, this.trackStartLines, this.config.lineTerminatorCharacters));
        });
        this.TRACE_INIT("performWarningRuntimeChecks", () => {
          this.lexerDefinitionWarning = this.lexerDefinitionWarning.concat(performWarningRuntimeChecks(actualDefinition, this.trackStartLines, this.config.lineTerminatorCharacters));
        });
      }
      actualDefinition.modes = actualDefinition.modes ? actualDefinition.modes : {};
      forEach_default(actualDefinition.modes, (currModeValue, currModeName) => {
        actualDefinition.modes[currModeName] = reject_default(currModeValue, (currTokType) => isUndefined_default(currTokType));
      });
      const allModeNames = keys_default(actualDefinition.modes);
      forEach_default(actualDefinition.modes, (currModDef, currModName) => {
        this.TRACE_INIT(`Mode: <${currModName}> processing`, () => {
          this.modes.push(currModName);
          if (this.config.skipValidations === false) {
            this.TRACE_INIT(`validatePatterns`, () => {
              this.lexerDefinitionErrors = this.lexerDefinitionErrors.concat(validatePatterns(currModDef, allModeNames));
            });
          }
          if (isEmpty_default(this.lexerDefinitionErrors)) {
            augmentTokenTypes(currModDef);
            let currAnalyzeResult;
            this.TRACE_INIT(`analyzeTokenTypes`, () => {
              currAnalyzeResult = analyzeTokenTypes(currModDef, {
                lineTerminatorCharacters: this.config.lineTerminatorCharacters,
                positionTracking: config.positionTracking,
                ensureOptimizations: config.ensureOptimizations,
                safeMode: config.safeMode,
                tracer: this.TRACE_INIT
              });
            });
            this.patternIdxToConfig[currModName] = currAnalyzeResult.patternIdxToConfig;
            this.charCodeToPatternIdxToConfig[currModName] = currAnalyzeResult.charCodeToPatternIdxToConfig;
            this.emptyGroups = assign_default({}, this.emptyGroups, currAnalyzeResult.emptyGroups);
            this.hasCustom = currAnalyzeResult.hasCustom || this.hasCustom;
            this.canModeBeOptimized[currModName] = currAnalyzeResult.canBeOptimized;
          }
        });
      });
      this.defaultMode = actualDefinition.defaultMode;
      if (!isEmpty_default(this.lexerDefinitionErrors) && !this.config.deferDefinitionErrorsHandling) {
        const allErrMessages = map_default(this.lexerDefinitionErrors, (error) => {
          return error.message;
        });
        const allErrMessagesString = allErrMessages.join("-----------------------\n");
        throw new Error("Errors detected in definition of Lexer:\n" + allErrMessagesString);
      }
      forEach_default(this.lexerDefinitionWarning, (warningDescriptor) => {
        PRINT_WARNING(warningDescriptor.message);
      });
      this.TRACE_INIT("Choosing sub-methods implementations", () => {
        if (hasOnlySingleMode) {
          this.handleModes = noop_default;
        }
        if (this.trackStartLines === false) {
          this.computeNewColumn = identity_default;
        }
        if (this.trackEndLines === false) {
          this.updateTokenEndLineColumnLocation = noop_default;
        }
        if (/full/i.test(this.config.positionTracking)) {
          this.createTokenInstance = this.createFullToken;
        } else if (/onlyStart/i.test(this.config.positionTracking)) {
          this.createTokenInstance = this.createStartOnlyToken;
        } else if (/onlyOffset/i.test(this.config.positionTracking)) {
          this.createTokenInstance = this.createOffsetOnlyToken;
        } else {
          throw Error(`Invalid <positionTracking> config option: "${this.config.positionTracking}"`);
        }
        if (this.hasCustom) {
          this.addToken = this.addTokenUsingPush;
          this.handlePayload = this.handlePayloadWithCustom;
        } else {
          this.addToken = this.addTokenUsingMemberAccess;
          this.handlePayload = this.handlePayloadNoCustom;
        }
      });
      this.TRACE_INIT("Failed Optimization Warnings", () => {
        const unOptimizedModes = reduce_default(this.canModeBeOptimized, (cannotBeOptimized, canBeOptimized, modeName) => {
          if (canBeOptimized === false) {
            cannotBeOptimized.push(modeName);
          }
          return cannotBeOptimized;
        }, []);
        if (config.ensureOptimizations && !isEmpty_default(unOptimizedModes)) {
          throw Error(`Lexer Modes: < ${unOptimizedModes.join(", ")} > cannot be optimized.
	 Disable the "ensureOptimizations" lexer config flag to silently ignore this and run the lexer in an un-optimized mode.
	 Or inspect the console log for details on how to resolve these issues.`);
        }
      });
      this.TRACE_INIT("clearRegExpParserCache", () => {
        clearRegExpParserCache();
      });
      this.TRACE_INIT("toFastProperties", () => {
        toFastProperties(this);
      });
    });
  }
  tokenize(text2, initialMode = this.defaultMode) {
    if (!isEmpty_default(this.lexerDefinitionErrors)) {
      const allErrMessages = map_default(this.lexerDefinitionErrors, (error) => {
        return error.message;
      });
      const allErrMessagesString = allErrMessages.join("-----------------------\n");
      throw new Error("Unable to Tokenize because Errors detected in definition of Lexer:\n" + allErrMessagesString);
    }
    return this.tokenizeInternal(text2, initialMode);
  }
  // There is quite a bit of duplication between this and "tokenizeInternalLazy"
  // This is intentional due to performance considerations.
  // this method also used quite a bit of `!` none null assertions because it is too optimized
  // for `tsc` to always understand it is "safe"
  tokenizeInternal(text2, initialMode) {
    let i, j, k, matchAltImage, longerAlt, matchedImage, payload, altPayload, imageLength, group, tokType, newToken, errLength, msg, match;
    const orgText = text2;
    const orgLength = orgText.length;
    let offset = 0;
    let matchedTokensIndex = 0;
    const guessedNumberOfTokens = this.hasCustom ? 0 : Math.floor(text2.length / 10);
    const matchedTokens = new Array(guessedNumberOfTokens);
    const errors = [];
    let line = this.trackStartLines ? 1 : void 0;
    let column = this.trackStartLines ? 1 : void 0;
    const groups = cloneEmptyGroups(this.emptyGroups);
    const trackLines = this.trackStartLines;
    const lineTerminatorPattern = this.config.lineTerminatorsPattern;
    let currModePatternsLength = 0;
    let patternIdxToConfig = [];
    let currCharCodeToPatternIdxToConfig = [];
    const modeStack = [];
    const emptyArray = [];
    Object.freeze(emptyArray);
    let isOptimizedMode = false;
    const pop_mode = (popToken) => {
      if (modeStack.length === 1 && // if we have both a POP_MODE and a PUSH_MODE this is in-fact a "transition"
      // So no error should occur.
      popToken.tokenType.PUSH_MODE === void 0) {
        const msg2 = this.config.errorMessageProvider.buildUnableToPopLexerModeMessage(popToken);
        errors.push({
          offset: popToken.startOffset,
          line: popToken.startLine,
          column: popToken.startColumn,
          length: popToken.image.length,
          message: msg2
        });
      } else {
        modeStack.pop();
        const newMode = last_default(modeStack);
        patternIdxToConfig = this.patternIdxToConfig[newMode];
        currCharCodeToPatternIdxToConfig = this.charCodeToPatternIdxToConfig[newMode];
        currModePatternsLength = patternIdxToConfig.length;
        const modeCanBeOptimized = this.canModeBeOptimized[newMode] && this.config.safeMode === false;
        if (currCharCodeToPatternIdxToConfig && modeCanBeOptimized) {
          isOptimizedMode = true;
        } else {
          isOptimizedMode = false;
        }
      }
    };
    function push_mode(newMode) {
      modeStack.push(newMode);
      currCharCodeToPatternIdxToConfig = this.charCodeToPatternIdxToConfig[newMode];
      patternIdxToConfig = this.patternIdxToConfig[newMode];
      currModePatternsLength = patternIdxToConfig.length;
      currModePatternsLength = patternIdxToConfig.length;
      const modeCanBeOptimized = this.canModeBeOptimized[newMode] && this.config.safeMode === false;
      if (currCharCodeToPatternIdxToConfig && modeCanBeOptimized) {
        isOptimizedMode = true;
      } else {
        isOptimizedMode = false;
      }
    }
    push_mode.call(this, initialMode);
    let currConfig;
    const recoveryEnabled = this.config.recoveryEnabled;
    while (offset < orgLength) {
      matchedImage = null;
      imageLength = -1;
      const nextCharCode = orgText.charCodeAt(offset);
      let chosenPatternIdxToConfig;
      if (isOptimizedMode) {
        const optimizedCharIdx = charCodeToOptimizedIndex(nextCharCode);
        const possiblePatterns = currCharCodeToPatternIdxToConfig[optimizedCharIdx];
        chosenPatternIdxToConfig = possiblePatterns !== void 0 ? possiblePatterns : emptyArray;
      } else {
        chosenPatternIdxToConfig = patternIdxToConfig;
      }
      const chosenPatternsLength = chosenPatternIdxToConfig.length;
      for (i = 0; i < chosenPatternsLength; i++) {
        currConfig = chosenPatternIdxToConfig[i];
        const currPattern = currConfig.pattern;
        payload = null;
        const singleCharCode = currConfig.short;
        if (singleCharCode !== false) {
          if (nextCharCode === singleCharCode) {
            imageLength = 1;
            matchedImage = currPattern;
          }
        } else if (currConfig.isCustom === true) {
          match = currPattern.exec(orgText, offset, matchedTokens, groups);
          if (match !== null) {
            matchedImage = match[0];
            imageLength = matchedImage.length;
            if (match.payload !== void 0) {
              payload = match.payload;
            }
          } else {
            matchedImage = null;
          }
        } else {
          currPattern.lastIndex = offset;
          imageLength = this.matchLength(currPattern, text2, offset);
        }
        if (imageLength !== -1) {
          longerAlt = currConfig.longerAlt;
          if (longerAlt !== void 0) {
            matchedImage = text2.substring(offset, offset + imageLength);
            const longerAltLength = longerAlt.length;
            for (k = 0; k < longerAltLength; k++) {
              const longerAltConfig = patternIdxToConfig[longerAlt[k]];
              const longerAltPattern = longerAltConfig.pattern;
              altPayload = null;
              if (longerAltConfig.isCustom === true) {
                match = longerAltPattern.exec(orgText, offset, matchedTokens, groups);
                if (match !== null) {
                  matchAltImage = match[0];
                  if (match.payload !== void 0) {
                    altPayload = match.payload;
                  }
                } else {
                  matchAltImage = null;
                }
              } else {
                longerAltPattern.lastIndex = offset;
                matchAltImage = this.match(longerAltPattern, text2, offset);
              }
              if (matchAltImage && matchAltImage.length > matchedImage.length) {
                matchedImage = matchAltImage;
                imageLength = matchAltImage.length;
                payload = altPayload;
                currConfig = longerAltConfig;
                break;
              }
            }
          }
          break;
        }
      }
      if (imageLength !== -1) {
        group = currConfig.group;
        if (group !== void 0) {
          matchedImage = matchedImage !== null ? matchedImage : text2.substring(offset, offset + imageLength);
          tokType = currConfig.tokenTypeIdx;
          newToken = this.createTokenInstance(matchedImage, offset, tokType, currConfig.tokenType, line, column, imageLength);
          this.handlePayload(newToken, payload);
          if (group === false) {
            matchedTokensIndex = this.addToken(matchedTokens, matchedTokensIndex, newToken);
          } else {
            groups[group].push(newToken);
          }
        }
        if (trackLines === true && currConfig.canLineTerminator === true) {
          let numOfLTsInMatch = 0;
          let foundTerminator;
          let lastLTEndOffset;
          lineTerminatorPattern.lastIndex = 0;
          do {
            matchedImage = matchedImage !== null ? matchedImage : text2.substring(offset, offset + imageLength);
            foundTerminator = lineTerminatorPattern.test(matchedImage);
            if (foundTerminator === true) {
              lastLTEndOffset = lineTerminatorPattern.lastIndex - 1;
              numOfLTsInMatch++;
            }
          } while (foundTerminator === true);
          if (numOfLTsInMatch !== 0) {
            line = line + numOfLTsInMatch;
            column = imageLength - lastLTEndOffset;
            this.updateTokenEndLineColumnLocation(newToken, group, lastLTEndOffset, numOfLTsInMatch, line, column, imageLength);
          } else {
            column = this.computeNewColumn(column, imageLength);
          }
        } else {
          column = this.computeNewColumn(column, imageLength);
        }
        offset = offset + imageLength;
        this.handleModes(currConfig, pop_mode, push_mode, newToken);
      } else {
        const errorStartOffset = offset;
        const errorLine = line;
        const errorColumn = column;
        let foundResyncPoint = recoveryEnabled === false;
        while (foundResyncPoint === false && offset < orgLength) {
          offset++;
          for (j = 0; j < currModePatternsLength; j++) {
            const currConfig2 = patternIdxToConfig[j];
            const currPattern = currConfig2.pattern;
            const singleCharCode = currConfig2.short;
            if (singleCharCode !== false) {
              if (orgText.charCodeAt(offset) === singleCharCode) {
                foundResyncPoint = true;
              }
            } else if (currConfig2.isCustom === true) {
              foundResyncPoint = currPattern.exec(orgText, offset, matchedTokens, groups) !== null;
            } else {
              currPattern.lastIndex = offset;
              foundResyncPoint = currPattern.exec(text2) !== null;
            }
            if (foundResyncPoint === true) {
              break;
            }
          }
        }
        errLength = offset - errorStartOffset;
        column = this.computeNewColumn(column, errLength);
        msg = this.config.errorMessageProvider.buildUnexpectedCharactersMessage(orgText, errorStartOffset, errLength, errorLine, errorColumn, last_default(modeStack));
        errors.push({
          offset: errorStartOffset,
          line: errorLine,
          column: errorColumn,
          length: errLength,
          message: msg
        });
        if (recoveryEnabled === false) {
          break;
        }
      }
    }
    if (!this.hasCustom) {
      matchedTokens.length = matchedTokensIndex;
    }
    return {
      tokens: matchedTokens,
      groups,
      errors
    };
  }
  handleModes(config, pop_mode, push_mode, newToken) {
    if (config.pop === true) {
      const pushMode = config.push;
      pop_mode(newToken);
      if (pushMode !== void 0) {
        push_mode.call(this, pushMode);
      }
    } else if (config.push !== void 0) {
      push_mode.call(this, config.push);
    }
  }
  // TODO: decrease this under 600 characters? inspect stripping comments option in TSC compiler
  updateTokenEndLineColumnLocation(newToken, group, lastLTIdx, numOfLTsInMatch, line, column, imageLength) {
    let lastCharIsLT, fixForEndingInLT;
    if (group !== void 0) {
      lastCharIsLT = lastLTIdx === imageLength - 1;
      fixForEndingInLT = lastCharIsLT ? -1 : 0;
      if (!(numOfLTsInMatch === 1 && lastCharIsLT === true)) {
        newToken.endLine = line + fixForEndingInLT;
        newToken.endColumn = column - 1 + -fixForEndingInLT;
      }
    }
  }
  computeNewColumn(oldColumn, imageLength) {
    return oldColumn + imageLength;
  }
  createOffsetOnlyToken(image, startOffset, tokenTypeIdx, tokenType) {
    return {
      image,
      startOffset,
      tokenTypeIdx,
      tokenType
    };
  }
  createStartOnlyToken(image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn) {
    return {
      image,
      startOffset,
      startLine,
      startColumn,
      tokenTypeIdx,
      tokenType
    };
  }
  createFullToken(image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn, imageLength) {
    return {
      image,
      startOffset,
      endOffset: startOffset + imageLength - 1,
      startLine,
      endLine: startLine,
      startColumn,
      endColumn: startColumn + imageLength - 1,
      tokenTypeIdx,
      tokenType
    };
  }
  addTokenUsingPush(tokenVector, index, tokenToAdd) {
    tokenVector.push(tokenToAdd);
    return index;
  }
  addTokenUsingMemberAccess(tokenVector, index, tokenToAdd) {
    tokenVector[index] = tokenToAdd;
    index++;
    return index;
  }
  handlePayloadNoCustom(token, payload) {
  }
  handlePayloadWithCustom(token, payload) {
    if (payload !== null) {
      token.payload = payload;
    }
  }
  match(pattern, text2, offset) {
    const found = pattern.test(text2);
    if (found === true) {
      return text2.substring(offset, pattern.lastIndex);
    }
    return null;
  }
  matchLength(pattern, text2, offset) {
    const found = pattern.test(text2);
    if (found === true) {
      return pattern.lastIndex - offset;
    }
    return -1;
  }
};
Lexer.SKIPPED = "This marks a skipped Token pattern, this means each token identified by it will be consumed and then thrown into oblivion, this can be used to for example to completely ignore whitespace.";
Lexer.NA = /NOT_APPLICABLE/;

// node_modules/chevrotain/lib/src/scan/tokens_public.js
function tokenLabel2(tokType) {
  if (hasTokenLabel2(tokType)) {
    return tokType.LABEL;
  } else {
    return tokType.name;
  }
}
function hasTokenLabel2(obj) {
  return isString_default(obj.LABEL) && obj.LABEL !== "";
}
var PARENT = "parent";
var CATEGORIES = "categories";
var LABEL = "label";
var GROUP = "group";
var PUSH_MODE = "push_mode";
var POP_MODE = "pop_mode";
var LONGER_ALT = "longer_alt";
var LINE_BREAKS = "line_breaks";
var START_CHARS_HINT = "start_chars_hint";
function createToken(config) {
  return createTokenInternal(config);
}
function createTokenInternal(config) {
  const pattern = config.pattern;
  const tokenType = {};
  tokenType.name = config.name;
  if (!isUndefined_default(pattern)) {
    tokenType.PATTERN = pattern;
  }
  if (has_default(config, PARENT)) {
    throw "The parent property is no longer supported.\nSee: https://github.com/chevrotain/chevrotain/issues/564#issuecomment-349062346 for details.";
  }
  if (has_default(config, CATEGORIES)) {
    tokenType.CATEGORIES = config[CATEGORIES];
  }
  augmentTokenTypes([tokenType]);
  if (has_default(config, LABEL)) {
    tokenType.LABEL = config[LABEL];
  }
  if (has_default(config, GROUP)) {
    tokenType.GROUP = config[GROUP];
  }
  if (has_default(config, POP_MODE)) {
    tokenType.POP_MODE = config[POP_MODE];
  }
  if (has_default(config, PUSH_MODE)) {
    tokenType.PUSH_MODE = config[PUSH_MODE];
  }
  if (has_default(config, LONGER_ALT)) {
    tokenType.LONGER_ALT = config[LONGER_ALT];
  }
  if (has_default(config, LINE_BREAKS)) {
    tokenType.LINE_BREAKS = config[LINE_BREAKS];
  }
  if (has_default(config, START_CHARS_HINT)) {
    tokenType.START_CHARS_HINT = config[START_CHARS_HINT];
  }
  return tokenType;
}
var EOF = createToken({ name: "EOF", pattern: Lexer.NA });
augmentTokenTypes([EOF]);
function createTokenInstance(tokType, image, startOffset, endOffset, startLine, endLine, startColumn, endColumn) {
  return {
    image,
    startOffset,
    endOffset,
    startLine,
    endLine,
    startColumn,
    endColumn,
    tokenTypeIdx: tokType.tokenTypeIdx,
    tokenType: tokType
  };
}
function tokenMatcher(token, tokType) {
  return tokenStructuredMatcher(token, tokType);
}

// node_modules/chevrotain/lib/src/parse/errors_public.js
var defaultParserErrorProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
    const hasLabel = hasTokenLabel2(expected);
    const expectedMsg = hasLabel ? `--> ${tokenLabel2(expected)} <--` : `token of type --> ${expected.name} <--`;
    const msg = `Expecting ${expectedMsg} but found --> '${actual.image}' <--`;
    return msg;
  },
  buildNotAllInputParsedMessage({ firstRedundant, ruleName }) {
    return "Redundant input, expecting EOF but found: " + firstRedundant.image;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, customUserDescription, ruleName }) {
    const errPrefix = "Expecting: ";
    const actualText = head_default(actual).image;
    const errSuffix = "\nbut found: '" + actualText + "'";
    if (customUserDescription) {
      return errPrefix + customUserDescription + errSuffix;
    } else {
      const allLookAheadPaths = reduce_default(expectedPathsPerAlt, (result, currAltPaths) => result.concat(currAltPaths), []);
      const nextValidTokenSequences = map_default(allLookAheadPaths, (currPath) => `[${map_default(currPath, (currTokenType) => tokenLabel2(currTokenType)).join(", ")}]`);
      const nextValidSequenceItems = map_default(nextValidTokenSequences, (itemMsg, idx) => `  ${idx + 1}. ${itemMsg}`);
      const calculatedDescription = `one of these possible Token sequences:
${nextValidSequenceItems.join("\n")}`;
      return errPrefix + calculatedDescription + errSuffix;
    }
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, customUserDescription, ruleName }) {
    const errPrefix = "Expecting: ";
    const actualText = head_default(actual).image;
    const errSuffix = "\nbut found: '" + actualText + "'";
    if (customUserDescription) {
      return errPrefix + customUserDescription + errSuffix;
    } else {
      const nextValidTokenSequences = map_default(expectedIterationPaths, (currPath) => `[${map_default(currPath, (currTokenType) => tokenLabel2(currTokenType)).join(",")}]`);
      const calculatedDescription = `expecting at least one iteration which starts with one of these possible Token sequences::
  <${nextValidTokenSequences.join(" ,")}>`;
      return errPrefix + calculatedDescription + errSuffix;
    }
  }
};
Object.freeze(defaultParserErrorProvider);
var defaultGrammarResolverErrorProvider = {
  buildRuleNotFoundError(topLevelRule, undefinedRule) {
    const msg = "Invalid grammar, reference to a rule which is not defined: ->" + undefinedRule.nonTerminalName + "<-\ninside top level rule: ->" + topLevelRule.name + "<-";
    return msg;
  }
};
var defaultGrammarValidatorErrorProvider = {
  buildDuplicateFoundError(topLevelRule, duplicateProds) {
    function getExtraProductionArgument2(prod) {
      if (prod instanceof Terminal) {
        return prod.terminalType.name;
      } else if (prod instanceof NonTerminal) {
        return prod.nonTerminalName;
      } else {
        return "";
      }
    }
    const topLevelName = topLevelRule.name;
    const duplicateProd = head_default(duplicateProds);
    const index = duplicateProd.idx;
    const dslName = getProductionDslName(duplicateProd);
    const extraArgument = getExtraProductionArgument2(duplicateProd);
    const hasExplicitIndex = index > 0;
    let msg = `->${dslName}${hasExplicitIndex ? index : ""}<- ${extraArgument ? `with argument: ->${extraArgument}<-` : ""}
                  appears more than once (${duplicateProds.length} times) in the top level rule: ->${topLevelName}<-.                  
                  For further details see: https://chevrotain.io/docs/FAQ.html#NUMERICAL_SUFFIXES 
                  `;
    msg = msg.replace(/[ \t]+/g, " ");
    msg = msg.replace(/\s\s+/g, "\n");
    return msg;
  },
  buildNamespaceConflictError(rule) {
    const errMsg = `Namespace conflict found in grammar.
The grammar has both a Terminal(Token) and a Non-Terminal(Rule) named: <${rule.name}>.
To resolve this make sure each Terminal and Non-Terminal names are unique
This is easy to accomplish by using the convention that Terminal names start with an uppercase letter
and Non-Terminal names start with a lower case letter.`;
    return errMsg;
  },
  buildAlternationPrefixAmbiguityError(options) {
    const pathMsg = map_default(options.prefixPath, (currTok) => tokenLabel2(currTok)).join(", ");
    const occurrence = options.alternation.idx === 0 ? "" : options.alternation.idx;
    const errMsg = `Ambiguous alternatives: <${options.ambiguityIndices.join(" ,")}> due to common lookahead prefix
in <OR${occurrence}> inside <${options.topLevelRule.name}> Rule,
<${pathMsg}> may appears as a prefix path in all these alternatives.
See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#COMMON_PREFIX
For Further details.`;
    return errMsg;
  },
  buildAlternationAmbiguityError(options) {
    const occurrence = options.alternation.idx === 0 ? "" : options.alternation.idx;
    const isEmptyPath = options.prefixPath.length === 0;
    let currMessage = `Ambiguous Alternatives Detected: <${options.ambiguityIndices.join(" ,")}> in <OR${occurrence}> inside <${options.topLevelRule.name}> Rule,
`;
    if (isEmptyPath) {
      currMessage += `These alternatives are all empty (match no tokens), making them indistinguishable.
Only the last alternative may be empty.
`;
    } else {
      const pathMsg = map_default(options.prefixPath, (currtok) => tokenLabel2(currtok)).join(", ");
      currMessage += `<${pathMsg}> may appears as a prefix path in all these alternatives.
`;
    }
    currMessage += `See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#AMBIGUOUS_ALTERNATIVES
For Further details.`;
    return currMessage;
  },
  buildEmptyRepetitionError(options) {
    let dslName = getProductionDslName(options.repetition);
    if (options.repetition.idx !== 0) {
      dslName += options.repetition.idx;
    }
    const errMsg = `The repetition <${dslName}> within Rule <${options.topLevelRule.name}> can never consume any tokens.
This could lead to an infinite loop.`;
    return errMsg;
  },
  // TODO: remove - `errors_public` from nyc.config.js exclude
  //       once this method is fully removed from this file
  buildTokenNameError(options) {
    return "deprecated";
  },
  buildEmptyAlternationError(options) {
    const errMsg = `Ambiguous empty alternative: <${options.emptyChoiceIdx + 1}> in <OR${options.alternation.idx}> inside <${options.topLevelRule.name}> Rule.
Only the last alternative may be an empty alternative.`;
    return errMsg;
  },
  buildTooManyAlternativesError(options) {
    const errMsg = `An Alternation cannot have more than 256 alternatives:
<OR${options.alternation.idx}> inside <${options.topLevelRule.name}> Rule.
 has ${options.alternation.definition.length + 1} alternatives.`;
    return errMsg;
  },
  buildLeftRecursionError(options) {
    const ruleName = options.topLevelRule.name;
    const pathNames = map_default(options.leftRecursionPath, (currRule) => currRule.name);
    const leftRecursivePath = `${ruleName} --> ${pathNames.concat([ruleName]).join(" --> ")}`;
    const errMsg = `Left Recursion found in grammar.
rule: <${ruleName}> can be invoked from itself (directly or indirectly)
without consuming any Tokens. The grammar path that causes this is: 
 ${leftRecursivePath}
 To fix this refactor your grammar to remove the left recursion.
see: https://en.wikipedia.org/wiki/LL_parser#Left_factoring.`;
    return errMsg;
  },
  // TODO: remove - `errors_public` from nyc.config.js exclude
  //       once this method is fully removed from this file
  buildInvalidRuleNameError(options) {
    return "deprecated";
  },
  buildDuplicateRuleNameError(options) {
    let ruleName;
    if (options.topLevelRule instanceof Rule) {
      ruleName = options.topLevelRule.name;
    } else {
      ruleName = options.topLevelRule;
    }
    const errMsg = `Duplicate definition, rule: ->${ruleName}<- is already defined in the grammar: ->${options.grammarName}<-`;
    return errMsg;
  }
};

// node_modules/chevrotain/lib/src/parse/grammar/resolver.js
function resolveGrammar(topLevels, errMsgProvider) {
  const refResolver = new GastRefResolverVisitor(topLevels, errMsgProvider);
  refResolver.resolveRefs();
  return refResolver.errors;
}
var GastRefResolverVisitor = class extends GAstVisitor {
  constructor(nameToTopRule, errMsgProvider) {
    super();
    this.nameToTopRule = nameToTopRule;
    this.errMsgProvider = errMsgProvider;
    this.errors = [];
  }
  resolveRefs() {
    forEach_default(values_default(this.nameToTopRule), (prod) => {
      this.currTopLevel = prod;
      prod.accept(this);
    });
  }
  visitNonTerminal(node) {
    const ref = this.nameToTopRule[node.nonTerminalName];
    if (!ref) {
      const msg = this.errMsgProvider.buildRuleNotFoundError(this.currTopLevel, node);
      this.errors.push({
        message: msg,
        type: ParserDefinitionErrorType.UNRESOLVED_SUBRULE_REF,
        ruleName: this.currTopLevel.name,
        unresolvedRefName: node.nonTerminalName
      });
    } else {
      node.referencedRule = ref;
    }
  }
};

// node_modules/chevrotain/lib/src/parse/grammar/interpreter.js
var AbstractNextPossibleTokensWalker = class extends RestWalker {
  constructor(topProd, path) {
    super();
    this.topProd = topProd;
    this.path = path;
    this.possibleTokTypes = [];
    this.nextProductionName = "";
    this.nextProductionOccurrence = 0;
    this.found = false;
    this.isAtEndOfPath = false;
  }
  startWalking() {
    this.found = false;
    if (this.path.ruleStack[0] !== this.topProd.name) {
      throw Error("The path does not start with the walker's top Rule!");
    }
    this.ruleStack = clone_default(this.path.ruleStack).reverse();
    this.occurrenceStack = clone_default(this.path.occurrenceStack).reverse();
    this.ruleStack.pop();
    this.occurrenceStack.pop();
    this.updateExpectedNext();
    this.walk(this.topProd);
    return this.possibleTokTypes;
  }
  walk(prod, prevRest = []) {
    if (!this.found) {
      super.walk(prod, prevRest);
    }
  }
  walkProdRef(refProd, currRest, prevRest) {
    if (refProd.referencedRule.name === this.nextProductionName && refProd.idx === this.nextProductionOccurrence) {
      const fullRest = currRest.concat(prevRest);
      this.updateExpectedNext();
      this.walk(refProd.referencedRule, fullRest);
    }
  }
  updateExpectedNext() {
    if (isEmpty_default(this.ruleStack)) {
      this.nextProductionName = "";
      this.nextProductionOccurrence = 0;
      this.isAtEndOfPath = true;
    } else {
      this.nextProductionName = this.ruleStack.pop();
      this.nextProductionOccurrence = this.occurrenceStack.pop();
    }
  }
};
var NextAfterTokenWalker = class extends AbstractNextPossibleTokensWalker {
  constructor(topProd, path) {
    super(topProd, path);
    this.path = path;
    this.nextTerminalName = "";
    this.nextTerminalOccurrence = 0;
    this.nextTerminalName = this.path.lastTok.name;
    this.nextTerminalOccurrence = this.path.lastTokOccurrence;
  }
  walkTerminal(terminal, currRest, prevRest) {
    if (this.isAtEndOfPath && terminal.terminalType.name === this.nextTerminalName && terminal.idx === this.nextTerminalOccurrence && !this.found) {
      const fullRest = currRest.concat(prevRest);
      const restProd = new Alternative({ definition: fullRest });
      this.possibleTokTypes = first(restProd);
      this.found = true;
    }
  }
};
var AbstractNextTerminalAfterProductionWalker = class extends RestWalker {
  constructor(topRule, occurrence) {
    super();
    this.topRule = topRule;
    this.occurrence = occurrence;
    this.result = {
      token: void 0,
      occurrence: void 0,
      isEndOfRule: void 0
    };
  }
  startWalking() {
    this.walk(this.topRule);
    return this.result;
  }
};
var NextTerminalAfterManyWalker = class extends AbstractNextTerminalAfterProductionWalker {
  walkMany(manyProd, currRest, prevRest) {
    if (manyProd.idx === this.occurrence) {
      const firstAfterMany = head_default(currRest.concat(prevRest));
      this.result.isEndOfRule = firstAfterMany === void 0;
      if (firstAfterMany instanceof Terminal) {
        this.result.token = firstAfterMany.terminalType;
        this.result.occurrence = firstAfterMany.idx;
      }
    } else {
      super.walkMany(manyProd, currRest, prevRest);
    }
  }
};
var NextTerminalAfterManySepWalker = class extends AbstractNextTerminalAfterProductionWalker {
  walkManySep(manySepProd, currRest, prevRest) {
    if (manySepProd.idx === this.occurrence) {
      const firstAfterManySep = head_default(currRest.concat(prevRest));
      this.result.isEndOfRule = firstAfterManySep === void 0;
      if (firstAfterManySep instanceof Terminal) {
        this.result.token = firstAfterManySep.terminalType;
        this.result.occurrence = firstAfterManySep.idx;
      }
    } else {
      super.walkManySep(manySepProd, currRest, prevRest);
    }
  }
};
var NextTerminalAfterAtLeastOneWalker = class extends AbstractNextTerminalAfterProductionWalker {
  walkAtLeastOne(atLeastOneProd, currRest, prevRest) {
    if (atLeastOneProd.idx === this.occurrence) {
      const firstAfterAtLeastOne = head_default(currRest.concat(prevRest));
      this.result.isEndOfRule = firstAfterAtLeastOne === void 0;
      if (firstAfterAtLeastOne instanceof Terminal) {
        this.result.token = firstAfterAtLeastOne.terminalType;
        this.result.occurrence = firstAfterAtLeastOne.idx;
      }
    } else {
      super.walkAtLeastOne(atLeastOneProd, currRest, prevRest);
    }
  }
};
var NextTerminalAfterAtLeastOneSepWalker = class extends AbstractNextTerminalAfterProductionWalker {
  walkAtLeastOneSep(atleastOneSepProd, currRest, prevRest) {
    if (atleastOneSepProd.idx === this.occurrence) {
      const firstAfterfirstAfterAtLeastOneSep = head_default(currRest.concat(prevRest));
      this.result.isEndOfRule = firstAfterfirstAfterAtLeastOneSep === void 0;
      if (firstAfterfirstAfterAtLeastOneSep instanceof Terminal) {
        this.result.token = firstAfterfirstAfterAtLeastOneSep.terminalType;
        this.result.occurrence = firstAfterfirstAfterAtLeastOneSep.idx;
      }
    } else {
      super.walkAtLeastOneSep(atleastOneSepProd, currRest, prevRest);
    }
  }
};
function possiblePathsFrom(targetDef, maxLength, currPath = []) {
  currPath = clone_default(currPath);
  let result = [];
  let i = 0;
  function remainingPathWith(nextDef) {
    return nextDef.concat(drop_default(targetDef, i + 1));
  }
  function getAlternativesForProd(definition) {
    const alternatives = possiblePathsFrom(remainingPathWith(definition), maxLength, currPath);
    return result.concat(alternatives);
  }
  while (currPath.length < maxLength && i < targetDef.length) {
    const prod = targetDef[i];
    if (prod instanceof Alternative) {
      return getAlternativesForProd(prod.definition);
    } else if (prod instanceof NonTerminal) {
      return getAlternativesForProd(prod.definition);
    } else if (prod instanceof Option) {
      result = getAlternativesForProd(prod.definition);
    } else if (prod instanceof RepetitionMandatory) {
      const newDef = prod.definition.concat([
        new Repetition({
          definition: prod.definition
        })
      ]);
      return getAlternativesForProd(newDef);
    } else if (prod instanceof RepetitionMandatoryWithSeparator) {
      const newDef = [
        new Alternative({ definition: prod.definition }),
        new Repetition({
          definition: [new Terminal({ terminalType: prod.separator })].concat(prod.definition)
        })
      ];
      return getAlternativesForProd(newDef);
    } else if (prod instanceof RepetitionWithSeparator) {
      const newDef = prod.definition.concat([
        new Repetition({
          definition: [new Terminal({ terminalType: prod.separator })].concat(prod.definition)
        })
      ]);
      result = getAlternativesForProd(newDef);
    } else if (prod instanceof Repetition) {
      const newDef = prod.definition.concat([
        new Repetition({
          definition: prod.definition
        })
      ]);
      result = getAlternativesForProd(newDef);
    } else if (prod instanceof Alternation) {
      forEach_default(prod.definition, (currAlt) => {
        if (isEmpty_default(currAlt.definition) === false) {
          result = getAlternativesForProd(currAlt.definition);
        }
      });
      return result;
    } else if (prod instanceof Terminal) {
      currPath.push(prod.terminalType);
    } else {
      throw Error("non exhaustive match");
    }
    i++;
  }
  result.push({
    partialPath: currPath,
    suffixDef: drop_default(targetDef, i)
  });
  return result;
}
function nextPossibleTokensAfter(initialDef, tokenVector, tokMatcher, maxLookAhead) {
  const EXIT_NON_TERMINAL = "EXIT_NONE_TERMINAL";
  const EXIT_NON_TERMINAL_ARR = [EXIT_NON_TERMINAL];
  const EXIT_ALTERNATIVE = "EXIT_ALTERNATIVE";
  let foundCompletePath = false;
  const tokenVectorLength = tokenVector.length;
  const minimalAlternativesIndex = tokenVectorLength - maxLookAhead - 1;
  const result = [];
  const possiblePaths = [];
  possiblePaths.push({
    idx: -1,
    def: initialDef,
    ruleStack: [],
    occurrenceStack: []
  });
  while (!isEmpty_default(possiblePaths)) {
    const currPath = possiblePaths.pop();
    if (currPath === EXIT_ALTERNATIVE) {
      if (foundCompletePath && last_default(possiblePaths).idx <= minimalAlternativesIndex) {
        possiblePaths.pop();
      }
      continue;
    }
    const currDef = currPath.def;
    const currIdx = currPath.idx;
    const currRuleStack = currPath.ruleStack;
    const currOccurrenceStack = currPath.occurrenceStack;
    if (isEmpty_default(currDef)) {
      continue;
    }
    const prod = currDef[0];
    if (prod === EXIT_NON_TERMINAL) {
      const nextPath = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: dropRight_default(currRuleStack),
        occurrenceStack: dropRight_default(currOccurrenceStack)
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof Terminal) {
      if (currIdx < tokenVectorLength - 1) {
        const nextIdx = currIdx + 1;
        const actualToken = tokenVector[nextIdx];
        if (tokMatcher(actualToken, prod.terminalType)) {
          const nextPath = {
            idx: nextIdx,
            def: drop_default(currDef),
            ruleStack: currRuleStack,
            occurrenceStack: currOccurrenceStack
          };
          possiblePaths.push(nextPath);
        }
      } else if (currIdx === tokenVectorLength - 1) {
        result.push({
          nextTokenType: prod.terminalType,
          nextTokenOccurrence: prod.idx,
          ruleStack: currRuleStack,
          occurrenceStack: currOccurrenceStack
        });
        foundCompletePath = true;
      } else {
        throw Error("non exhaustive match");
      }
    } else if (prod instanceof NonTerminal) {
      const newRuleStack = clone_default(currRuleStack);
      newRuleStack.push(prod.nonTerminalName);
      const newOccurrenceStack = clone_default(currOccurrenceStack);
      newOccurrenceStack.push(prod.idx);
      const nextPath = {
        idx: currIdx,
        def: prod.definition.concat(EXIT_NON_TERMINAL_ARR, drop_default(currDef)),
        ruleStack: newRuleStack,
        occurrenceStack: newOccurrenceStack
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof Option) {
      const nextPathWithout = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWithout);
      possiblePaths.push(EXIT_ALTERNATIVE);
      const nextPathWith = {
        idx: currIdx,
        def: prod.definition.concat(drop_default(currDef)),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWith);
    } else if (prod instanceof RepetitionMandatory) {
      const secondIteration = new Repetition({
        definition: prod.definition,
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([secondIteration], drop_default(currDef));
      const nextPath = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof RepetitionMandatoryWithSeparator) {
      const separatorGast = new Terminal({
        terminalType: prod.separator
      });
      const secondIteration = new Repetition({
        definition: [separatorGast].concat(prod.definition),
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([secondIteration], drop_default(currDef));
      const nextPath = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof RepetitionWithSeparator) {
      const nextPathWithout = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWithout);
      possiblePaths.push(EXIT_ALTERNATIVE);
      const separatorGast = new Terminal({
        terminalType: prod.separator
      });
      const nthRepetition = new Repetition({
        definition: [separatorGast].concat(prod.definition),
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([nthRepetition], drop_default(currDef));
      const nextPathWith = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWith);
    } else if (prod instanceof Repetition) {
      const nextPathWithout = {
        idx: currIdx,
        def: drop_default(currDef),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWithout);
      possiblePaths.push(EXIT_ALTERNATIVE);
      const nthRepetition = new Repetition({
        definition: prod.definition,
        idx: prod.idx
      });
      const nextDef = prod.definition.concat([nthRepetition], drop_default(currDef));
      const nextPathWith = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWith);
    } else if (prod instanceof Alternation) {
      for (let i = prod.definition.length - 1; i >= 0; i--) {
        const currAlt = prod.definition[i];
        const currAltPath = {
          idx: currIdx,
          def: currAlt.definition.concat(drop_default(currDef)),
          ruleStack: currRuleStack,
          occurrenceStack: currOccurrenceStack
        };
        possiblePaths.push(currAltPath);
        possiblePaths.push(EXIT_ALTERNATIVE);
      }
    } else if (prod instanceof Alternative) {
      possiblePaths.push({
        idx: currIdx,
        def: prod.definition.concat(drop_default(currDef)),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      });
    } else if (prod instanceof Rule) {
      possiblePaths.push(expandTopLevelRule(prod, currIdx, currRuleStack, currOccurrenceStack));
    } else {
      throw Error("non exhaustive match");
    }
  }
  return result;
}
function expandTopLevelRule(topRule, currIdx, currRuleStack, currOccurrenceStack) {
  const newRuleStack = clone_default(currRuleStack);
  newRuleStack.push(topRule.name);
  const newCurrOccurrenceStack = clone_default(currOccurrenceStack);
  newCurrOccurrenceStack.push(1);
  return {
    idx: currIdx,
    def: topRule.definition,
    ruleStack: newRuleStack,
    occurrenceStack: newCurrOccurrenceStack
  };
}

// node_modules/chevrotain/lib/src/parse/grammar/lookahead.js
var PROD_TYPE;
(function(PROD_TYPE2) {
  PROD_TYPE2[PROD_TYPE2["OPTION"] = 0] = "OPTION";
  PROD_TYPE2[PROD_TYPE2["REPETITION"] = 1] = "REPETITION";
  PROD_TYPE2[PROD_TYPE2["REPETITION_MANDATORY"] = 2] = "REPETITION_MANDATORY";
  PROD_TYPE2[PROD_TYPE2["REPETITION_MANDATORY_WITH_SEPARATOR"] = 3] = "REPETITION_MANDATORY_WITH_SEPARATOR";
  PROD_TYPE2[PROD_TYPE2["REPETITION_WITH_SEPARATOR"] = 4] = "REPETITION_WITH_SEPARATOR";
  PROD_TYPE2[PROD_TYPE2["ALTERNATION"] = 5] = "ALTERNATION";
})(PROD_TYPE || (PROD_TYPE = {}));
function getProdType(prod) {
  if (prod instanceof Option || prod === "Option") {
    return PROD_TYPE.OPTION;
  } else if (prod instanceof Repetition || prod === "Repetition") {
    return PROD_TYPE.REPETITION;
  } else if (prod instanceof RepetitionMandatory || prod === "RepetitionMandatory") {
    return PROD_TYPE.REPETITION_MANDATORY;
  } else if (prod instanceof RepetitionMandatoryWithSeparator || prod === "RepetitionMandatoryWithSeparator") {
    return PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR;
  } else if (prod instanceof RepetitionWithSeparator || prod === "RepetitionWithSeparator") {
    return PROD_TYPE.REPETITION_WITH_SEPARATOR;
  } else if (prod instanceof Alternation || prod === "Alternation") {
    return PROD_TYPE.ALTERNATION;
  } else {
    throw Error("non exhaustive match");
  }
}
function buildLookaheadFuncForOr(occurrence, ruleGrammar, maxLookahead, hasPredicates, dynamicTokensEnabled, laFuncBuilder) {
  const lookAheadPaths = getLookaheadPathsForOr(occurrence, ruleGrammar, maxLookahead);
  const tokenMatcher2 = areTokenCategoriesNotUsed(lookAheadPaths) ? tokenStructuredMatcherNoCategories : tokenStructuredMatcher;
  return laFuncBuilder(lookAheadPaths, hasPredicates, tokenMatcher2, dynamicTokensEnabled);
}
function buildLookaheadFuncForOptionalProd(occurrence, ruleGrammar, k, dynamicTokensEnabled, prodType, lookaheadBuilder) {
  const lookAheadPaths = getLookaheadPathsForOptionalProd(occurrence, ruleGrammar, prodType, k);
  const tokenMatcher2 = areTokenCategoriesNotUsed(lookAheadPaths) ? tokenStructuredMatcherNoCategories : tokenStructuredMatcher;
  return lookaheadBuilder(lookAheadPaths[0], tokenMatcher2, dynamicTokensEnabled);
}
function buildAlternativesLookAheadFunc(alts, hasPredicates, tokenMatcher2, dynamicTokensEnabled) {
  const numOfAlts = alts.length;
  const areAllOneTokenLookahead = every_default(alts, (currAlt) => {
    return every_default(currAlt, (currPath) => {
      return currPath.length === 1;
    });
  });
  if (hasPredicates) {
    return function(orAlts) {
      const predicates = map_default(orAlts, (currAlt) => currAlt.GATE);
      for (let t = 0; t < numOfAlts; t++) {
        const currAlt = alts[t];
        const currNumOfPaths = currAlt.length;
        const currPredicate = predicates[t];
        if (currPredicate !== void 0 && currPredicate.call(this) === false) {
          continue;
        }
        nextPath: for (let j = 0; j < currNumOfPaths; j++) {
          const currPath = currAlt[j];
          const currPathLength = currPath.length;
          for (let i = 0; i < currPathLength; i++) {
            const nextToken = this.LA_FAST(i + 1);
            if (tokenMatcher2(nextToken, currPath[i]) === false) {
              continue nextPath;
            }
          }
          return t;
        }
      }
      return void 0;
    };
  } else if (areAllOneTokenLookahead && !dynamicTokensEnabled) {
    const singleTokenAlts = map_default(alts, (currAlt) => {
      return flatten_default(currAlt);
    });
    const choiceToAlt = reduce_default(singleTokenAlts, (result, currAlt, idx) => {
      forEach_default(currAlt, (currTokType) => {
        if (!has_default(result, currTokType.tokenTypeIdx)) {
          result[currTokType.tokenTypeIdx] = idx;
        }
        forEach_default(currTokType.categoryMatches, (currExtendingType) => {
          if (!has_default(result, currExtendingType)) {
            result[currExtendingType] = idx;
          }
        });
      });
      return result;
    }, {});
    return function() {
      const nextToken = this.LA_FAST(1);
      return choiceToAlt[nextToken.tokenTypeIdx];
    };
  } else {
    return function() {
      for (let t = 0; t < numOfAlts; t++) {
        const currAlt = alts[t];
        const currNumOfPaths = currAlt.length;
        nextPath: for (let j = 0; j < currNumOfPaths; j++) {
          const currPath = currAlt[j];
          const currPathLength = currPath.length;
          for (let i = 0; i < currPathLength; i++) {
            const nextToken = this.LA_FAST(i + 1);
            if (tokenMatcher2(nextToken, currPath[i]) === false) {
              continue nextPath;
            }
          }
          return t;
        }
      }
      return void 0;
    };
  }
}
function buildSingleAlternativeLookaheadFunction(alt, tokenMatcher2, dynamicTokensEnabled) {
  const areAllOneTokenLookahead = every_default(alt, (currPath) => {
    return currPath.length === 1;
  });
  const numOfPaths = alt.length;
  if (areAllOneTokenLookahead && !dynamicTokensEnabled) {
    const singleTokensTypes = flatten_default(alt);
    if (singleTokensTypes.length === 1 && isEmpty_default(singleTokensTypes[0].categoryMatches)) {
      const expectedTokenType = singleTokensTypes[0];
      const expectedTokenUniqueKey = expectedTokenType.tokenTypeIdx;
      return function() {
        return this.LA_FAST(1).tokenTypeIdx === expectedTokenUniqueKey;
      };
    } else {
      const choiceToAlt = reduce_default(singleTokensTypes, (result, currTokType, idx) => {
        result[currTokType.tokenTypeIdx] = true;
        forEach_default(currTokType.categoryMatches, (currExtendingType) => {
          result[currExtendingType] = true;
        });
        return result;
      }, []);
      return function() {
        const nextToken = this.LA_FAST(1);
        return choiceToAlt[nextToken.tokenTypeIdx] === true;
      };
    }
  } else {
    return function() {
      nextPath: for (let j = 0; j < numOfPaths; j++) {
        const currPath = alt[j];
        const currPathLength = currPath.length;
        for (let i = 0; i < currPathLength; i++) {
          const nextToken = this.LA_FAST(i + 1);
          if (tokenMatcher2(nextToken, currPath[i]) === false) {
            continue nextPath;
          }
        }
        return true;
      }
      return false;
    };
  }
}
var RestDefinitionFinderWalker = class extends RestWalker {
  constructor(topProd, targetOccurrence, targetProdType) {
    super();
    this.topProd = topProd;
    this.targetOccurrence = targetOccurrence;
    this.targetProdType = targetProdType;
  }
  startWalking() {
    this.walk(this.topProd);
    return this.restDef;
  }
  checkIsTarget(node, expectedProdType, currRest, prevRest) {
    if (node.idx === this.targetOccurrence && this.targetProdType === expectedProdType) {
      this.restDef = currRest.concat(prevRest);
      return true;
    }
    return false;
  }
  walkOption(optionProd, currRest, prevRest) {
    if (!this.checkIsTarget(optionProd, PROD_TYPE.OPTION, currRest, prevRest)) {
      super.walkOption(optionProd, currRest, prevRest);
    }
  }
  walkAtLeastOne(atLeastOneProd, currRest, prevRest) {
    if (!this.checkIsTarget(atLeastOneProd, PROD_TYPE.REPETITION_MANDATORY, currRest, prevRest)) {
      super.walkOption(atLeastOneProd, currRest, prevRest);
    }
  }
  walkAtLeastOneSep(atLeastOneSepProd, currRest, prevRest) {
    if (!this.checkIsTarget(atLeastOneSepProd, PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR, currRest, prevRest)) {
      super.walkOption(atLeastOneSepProd, currRest, prevRest);
    }
  }
  walkMany(manyProd, currRest, prevRest) {
    if (!this.checkIsTarget(manyProd, PROD_TYPE.REPETITION, currRest, prevRest)) {
      super.walkOption(manyProd, currRest, prevRest);
    }
  }
  walkManySep(manySepProd, currRest, prevRest) {
    if (!this.checkIsTarget(manySepProd, PROD_TYPE.REPETITION_WITH_SEPARATOR, currRest, prevRest)) {
      super.walkOption(manySepProd, currRest, prevRest);
    }
  }
};
var InsideDefinitionFinderVisitor = class extends GAstVisitor {
  constructor(targetOccurrence, targetProdType, targetRef) {
    super();
    this.targetOccurrence = targetOccurrence;
    this.targetProdType = targetProdType;
    this.targetRef = targetRef;
    this.result = [];
  }
  checkIsTarget(node, expectedProdName) {
    if (node.idx === this.targetOccurrence && this.targetProdType === expectedProdName && (this.targetRef === void 0 || node === this.targetRef)) {
      this.result = node.definition;
    }
  }
  visitOption(node) {
    this.checkIsTarget(node, PROD_TYPE.OPTION);
  }
  visitRepetition(node) {
    this.checkIsTarget(node, PROD_TYPE.REPETITION);
  }
  visitRepetitionMandatory(node) {
    this.checkIsTarget(node, PROD_TYPE.REPETITION_MANDATORY);
  }
  visitRepetitionMandatoryWithSeparator(node) {
    this.checkIsTarget(node, PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR);
  }
  visitRepetitionWithSeparator(node) {
    this.checkIsTarget(node, PROD_TYPE.REPETITION_WITH_SEPARATOR);
  }
  visitAlternation(node) {
    this.checkIsTarget(node, PROD_TYPE.ALTERNATION);
  }
};
function initializeArrayOfArrays(size) {
  const result = new Array(size);
  for (let i = 0; i < size; i++) {
    result[i] = [];
  }
  return result;
}
function pathToHashKeys(path) {
  let keys2 = [""];
  for (let i = 0; i < path.length; i++) {
    const tokType = path[i];
    const longerKeys = [];
    for (let j = 0; j < keys2.length; j++) {
      const currShorterKey = keys2[j];
      longerKeys.push(currShorterKey + "_" + tokType.tokenTypeIdx);
      for (let t = 0; t < tokType.categoryMatches.length; t++) {
        const categoriesKeySuffix = "_" + tokType.categoryMatches[t];
        longerKeys.push(currShorterKey + categoriesKeySuffix);
      }
    }
    keys2 = longerKeys;
  }
  return keys2;
}
function isUniquePrefixHash(altKnownPathsKeys, searchPathKeys, idx) {
  for (let currAltIdx = 0; currAltIdx < altKnownPathsKeys.length; currAltIdx++) {
    if (currAltIdx === idx) {
      continue;
    }
    const otherAltKnownPathsKeys = altKnownPathsKeys[currAltIdx];
    for (let searchIdx = 0; searchIdx < searchPathKeys.length; searchIdx++) {
      const searchKey = searchPathKeys[searchIdx];
      if (otherAltKnownPathsKeys[searchKey] === true) {
        return false;
      }
    }
  }
  return true;
}
function lookAheadSequenceFromAlternatives(altsDefs, k) {
  const partialAlts = map_default(altsDefs, (currAlt) => possiblePathsFrom([currAlt], 1));
  const finalResult = initializeArrayOfArrays(partialAlts.length);
  const altsHashes = map_default(partialAlts, (currAltPaths) => {
    const dict = {};
    forEach_default(currAltPaths, (item) => {
      const keys2 = pathToHashKeys(item.partialPath);
      forEach_default(keys2, (currKey) => {
        dict[currKey] = true;
      });
    });
    return dict;
  });
  let newData = partialAlts;
  for (let pathLength = 1; pathLength <= k; pathLength++) {
    const currDataset = newData;
    newData = initializeArrayOfArrays(currDataset.length);
    for (let altIdx = 0; altIdx < currDataset.length; altIdx++) {
      const currAltPathsAndSuffixes = currDataset[altIdx];
      for (let currPathIdx = 0; currPathIdx < currAltPathsAndSuffixes.length; currPathIdx++) {
        const currPathPrefix = currAltPathsAndSuffixes[currPathIdx].partialPath;
        const suffixDef = currAltPathsAndSuffixes[currPathIdx].suffixDef;
        const prefixKeys = pathToHashKeys(currPathPrefix);
        const isUnique = isUniquePrefixHash(altsHashes, prefixKeys, altIdx);
        if (isUnique || isEmpty_default(suffixDef) || currPathPrefix.length === k) {
          const currAltResult = finalResult[altIdx];
          if (containsPath(currAltResult, currPathPrefix) === false) {
            currAltResult.push(currPathPrefix);
            for (let j = 0; j < prefixKeys.length; j++) {
              const currKey = prefixKeys[j];
              altsHashes[altIdx][currKey] = true;
            }
          }
        } else {
          const newPartialPathsAndSuffixes = possiblePathsFrom(suffixDef, pathLength + 1, currPathPrefix);
          newData[altIdx] = newData[altIdx].concat(newPartialPathsAndSuffixes);
          forEach_default(newPartialPathsAndSuffixes, (item) => {
            const prefixKeys2 = pathToHashKeys(item.partialPath);
            forEach_default(prefixKeys2, (key) => {
              altsHashes[altIdx][key] = true;
            });
          });
        }
      }
    }
  }
  return finalResult;
}
function getLookaheadPathsForOr(occurrence, ruleGrammar, k, orProd) {
  const visitor = new InsideDefinitionFinderVisitor(occurrence, PROD_TYPE.ALTERNATION, orProd);
  ruleGrammar.accept(visitor);
  return lookAheadSequenceFromAlternatives(visitor.result, k);
}
function getLookaheadPathsForOptionalProd(occurrence, ruleGrammar, prodType, k) {
  const insideDefVisitor = new InsideDefinitionFinderVisitor(occurrence, prodType);
  ruleGrammar.accept(insideDefVisitor);
  const insideDef = insideDefVisitor.result;
  const afterDefWalker = new RestDefinitionFinderWalker(ruleGrammar, occurrence, prodType);
  const afterDef = afterDefWalker.startWalking();
  const insideFlat = new Alternative({ definition: insideDef });
  const afterFlat = new Alternative({ definition: afterDef });
  return lookAheadSequenceFromAlternatives([insideFlat, afterFlat], k);
}
function containsPath(alternative, searchPath) {
  compareOtherPath: for (let i = 0; i < alternative.length; i++) {
    const otherPath = alternative[i];
    if (otherPath.length !== searchPath.length) {
      continue;
    }
    for (let j = 0; j < otherPath.length; j++) {
      const searchTok = searchPath[j];
      const otherTok = otherPath[j];
      const matchingTokens = searchTok === otherTok || otherTok.categoryMatchesMap[searchTok.tokenTypeIdx] !== void 0;
      if (matchingTokens === false) {
        continue compareOtherPath;
      }
    }
    return true;
  }
  return false;
}
function isStrictPrefixOfPath(prefix, other) {
  return prefix.length < other.length && every_default(prefix, (tokType, idx) => {
    const otherTokType = other[idx];
    return tokType === otherTokType || otherTokType.categoryMatchesMap[tokType.tokenTypeIdx];
  });
}
function areTokenCategoriesNotUsed(lookAheadPaths) {
  return every_default(lookAheadPaths, (singleAltPaths) => every_default(singleAltPaths, (singlePath) => every_default(singlePath, (token) => isEmpty_default(token.categoryMatches))));
}

// node_modules/chevrotain/lib/src/parse/grammar/checks.js
function validateLookahead(options) {
  const lookaheadValidationErrorMessages = options.lookaheadStrategy.validate({
    rules: options.rules,
    tokenTypes: options.tokenTypes,
    grammarName: options.grammarName
  });
  return map_default(lookaheadValidationErrorMessages, (errorMessage) => Object.assign({ type: ParserDefinitionErrorType.CUSTOM_LOOKAHEAD_VALIDATION }, errorMessage));
}
function validateGrammar(topLevels, tokenTypes, errMsgProvider, grammarName) {
  const duplicateErrors = flatMap_default(topLevels, (currTopLevel) => validateDuplicateProductions(currTopLevel, errMsgProvider));
  const termsNamespaceConflictErrors = checkTerminalAndNoneTerminalsNameSpace(topLevels, tokenTypes, errMsgProvider);
  const tooManyAltsErrors = flatMap_default(topLevels, (curRule) => validateTooManyAlts(curRule, errMsgProvider));
  const duplicateRulesError = flatMap_default(topLevels, (curRule) => validateRuleDoesNotAlreadyExist(curRule, topLevels, grammarName, errMsgProvider));
  return duplicateErrors.concat(termsNamespaceConflictErrors, tooManyAltsErrors, duplicateRulesError);
}
function validateDuplicateProductions(topLevelRule, errMsgProvider) {
  const collectorVisitor2 = new OccurrenceValidationCollector();
  topLevelRule.accept(collectorVisitor2);
  const allRuleProductions = collectorVisitor2.allProductions;
  const productionGroups = groupBy_default(allRuleProductions, identifyProductionForDuplicates);
  const duplicates = pickBy_default(productionGroups, (currGroup) => {
    return currGroup.length > 1;
  });
  const errors = map_default(values_default(duplicates), (currDuplicates) => {
    const firstProd = head_default(currDuplicates);
    const msg = errMsgProvider.buildDuplicateFoundError(topLevelRule, currDuplicates);
    const dslName = getProductionDslName(firstProd);
    const defError = {
      message: msg,
      type: ParserDefinitionErrorType.DUPLICATE_PRODUCTIONS,
      ruleName: topLevelRule.name,
      dslName,
      occurrence: firstProd.idx
    };
    const param = getExtraProductionArgument(firstProd);
    if (param) {
      defError.parameter = param;
    }
    return defError;
  });
  return errors;
}
function identifyProductionForDuplicates(prod) {
  return `${getProductionDslName(prod)}_#_${prod.idx}_#_${getExtraProductionArgument(prod)}`;
}
function getExtraProductionArgument(prod) {
  if (prod instanceof Terminal) {
    return prod.terminalType.name;
  } else if (prod instanceof NonTerminal) {
    return prod.nonTerminalName;
  } else {
    return "";
  }
}
var OccurrenceValidationCollector = class extends GAstVisitor {
  constructor() {
    super(...arguments);
    this.allProductions = [];
  }
  visitNonTerminal(subrule) {
    this.allProductions.push(subrule);
  }
  visitOption(option) {
    this.allProductions.push(option);
  }
  visitRepetitionWithSeparator(manySep) {
    this.allProductions.push(manySep);
  }
  visitRepetitionMandatory(atLeastOne) {
    this.allProductions.push(atLeastOne);
  }
  visitRepetitionMandatoryWithSeparator(atLeastOneSep) {
    this.allProductions.push(atLeastOneSep);
  }
  visitRepetition(many) {
    this.allProductions.push(many);
  }
  visitAlternation(or) {
    this.allProductions.push(or);
  }
  visitTerminal(terminal) {
    this.allProductions.push(terminal);
  }
};
function validateRuleDoesNotAlreadyExist(rule, allRules, className, errMsgProvider) {
  const errors = [];
  const occurrences = reduce_default(allRules, (result, curRule) => {
    if (curRule.name === rule.name) {
      return result + 1;
    }
    return result;
  }, 0);
  if (occurrences > 1) {
    const errMsg = errMsgProvider.buildDuplicateRuleNameError({
      topLevelRule: rule,
      grammarName: className
    });
    errors.push({
      message: errMsg,
      type: ParserDefinitionErrorType.DUPLICATE_RULE_NAME,
      ruleName: rule.name
    });
  }
  return errors;
}
function validateRuleIsOverridden(ruleName, definedRulesNames, className) {
  const errors = [];
  let errMsg;
  if (!includes_default(definedRulesNames, ruleName)) {
    errMsg = `Invalid rule override, rule: ->${ruleName}<- cannot be overridden in the grammar: ->${className}<-as it is not defined in any of the super grammars `;
    errors.push({
      message: errMsg,
      type: ParserDefinitionErrorType.INVALID_RULE_OVERRIDE,
      ruleName
    });
  }
  return errors;
}
function validateNoLeftRecursion(topRule, currRule, errMsgProvider, path = []) {
  const errors = [];
  const nextNonTerminals = getFirstNoneTerminal(currRule.definition);
  if (isEmpty_default(nextNonTerminals)) {
    return [];
  } else {
    const ruleName = topRule.name;
    const foundLeftRecursion = includes_default(nextNonTerminals, topRule);
    if (foundLeftRecursion) {
      errors.push({
        message: errMsgProvider.buildLeftRecursionError({
          topLevelRule: topRule,
          leftRecursionPath: path
        }),
        type: ParserDefinitionErrorType.LEFT_RECURSION,
        ruleName
      });
    }
    const validNextSteps = difference_default(nextNonTerminals, path.concat([topRule]));
    const errorsFromNextSteps = flatMap_default(validNextSteps, (currRefRule) => {
      const newPath = clone_default(path);
      newPath.push(currRefRule);
      return validateNoLeftRecursion(topRule, currRefRule, errMsgProvider, newPath);
    });
    return errors.concat(errorsFromNextSteps);
  }
}
function getFirstNoneTerminal(definition) {
  let result = [];
  if (isEmpty_default(definition)) {
    return result;
  }
  const firstProd = head_default(definition);
  if (firstProd instanceof NonTerminal) {
    result.push(firstProd.referencedRule);
  } else if (firstProd instanceof Alternative || firstProd instanceof Option || firstProd instanceof RepetitionMandatory || firstProd instanceof RepetitionMandatoryWithSeparator || firstProd instanceof RepetitionWithSeparator || firstProd instanceof Repetition) {
    result = result.concat(getFirstNoneTerminal(firstProd.definition));
  } else if (firstProd instanceof Alternation) {
    result = flatten_default(map_default(firstProd.definition, (currSubDef) => getFirstNoneTerminal(currSubDef.definition)));
  } else if (firstProd instanceof Terminal) {
  } else {
    throw Error("non exhaustive match");
  }
  const isFirstOptional = isOptionalProd(firstProd);
  const hasMore = definition.length > 1;
  if (isFirstOptional && hasMore) {
    const rest = drop_default(definition);
    return result.concat(getFirstNoneTerminal(rest));
  } else {
    return result;
  }
}
var OrCollector = class extends GAstVisitor {
  constructor() {
    super(...arguments);
    this.alternations = [];
  }
  visitAlternation(node) {
    this.alternations.push(node);
  }
};
function validateEmptyOrAlternative(topLevelRule, errMsgProvider) {
  const orCollector = new OrCollector();
  topLevelRule.accept(orCollector);
  const ors = orCollector.alternations;
  const errors = flatMap_default(ors, (currOr) => {
    const exceptLast = dropRight_default(currOr.definition);
    return flatMap_default(exceptLast, (currAlternative, currAltIdx) => {
      const possibleFirstInAlt = nextPossibleTokensAfter([currAlternative], [], tokenStructuredMatcher, 1);
      if (isEmpty_default(possibleFirstInAlt)) {
        return [
          {
            message: errMsgProvider.buildEmptyAlternationError({
              topLevelRule,
              alternation: currOr,
              emptyChoiceIdx: currAltIdx
            }),
            type: ParserDefinitionErrorType.NONE_LAST_EMPTY_ALT,
            ruleName: topLevelRule.name,
            occurrence: currOr.idx,
            alternative: currAltIdx + 1
          }
        ];
      } else {
        return [];
      }
    });
  });
  return errors;
}
function validateAmbiguousAlternationAlternatives(topLevelRule, globalMaxLookahead, errMsgProvider) {
  const orCollector = new OrCollector();
  topLevelRule.accept(orCollector);
  let ors = orCollector.alternations;
  ors = reject_default(ors, (currOr) => currOr.ignoreAmbiguities === true);
  const errors = flatMap_default(ors, (currOr) => {
    const currOccurrence = currOr.idx;
    const actualMaxLookahead = currOr.maxLookahead || globalMaxLookahead;
    const alternatives = getLookaheadPathsForOr(currOccurrence, topLevelRule, actualMaxLookahead, currOr);
    const altsAmbiguityErrors = checkAlternativesAmbiguities(alternatives, currOr, topLevelRule, errMsgProvider);
    const altsPrefixAmbiguityErrors = checkPrefixAlternativesAmbiguities(alternatives, currOr, topLevelRule, errMsgProvider);
    return altsAmbiguityErrors.concat(altsPrefixAmbiguityErrors);
  });
  return errors;
}
var RepetitionCollector = class extends GAstVisitor {
  constructor() {
    super(...arguments);
    this.allProductions = [];
  }
  visitRepetitionWithSeparator(manySep) {
    this.allProductions.push(manySep);
  }
  visitRepetitionMandatory(atLeastOne) {
    this.allProductions.push(atLeastOne);
  }
  visitRepetitionMandatoryWithSeparator(atLeastOneSep) {
    this.allProductions.push(atLeastOneSep);
  }
  visitRepetition(many) {
    this.allProductions.push(many);
  }
};
function validateTooManyAlts(topLevelRule, errMsgProvider) {
  const orCollector = new OrCollector();
  topLevelRule.accept(orCollector);
  const ors = orCollector.alternations;
  const errors = flatMap_default(ors, (currOr) => {
    if (currOr.definition.length > 255) {
      return [
        {
          message: errMsgProvider.buildTooManyAlternativesError({
            topLevelRule,
            alternation: currOr
          }),
          type: ParserDefinitionErrorType.TOO_MANY_ALTS,
          ruleName: topLevelRule.name,
          occurrence: currOr.idx
        }
      ];
    } else {
      return [];
    }
  });
  return errors;
}
function validateSomeNonEmptyLookaheadPath(topLevelRules, maxLookahead, errMsgProvider) {
  const errors = [];
  forEach_default(topLevelRules, (currTopRule) => {
    const collectorVisitor2 = new RepetitionCollector();
    currTopRule.accept(collectorVisitor2);
    const allRuleProductions = collectorVisitor2.allProductions;
    forEach_default(allRuleProductions, (currProd) => {
      const prodType = getProdType(currProd);
      const actualMaxLookahead = currProd.maxLookahead || maxLookahead;
      const currOccurrence = currProd.idx;
      const paths = getLookaheadPathsForOptionalProd(currOccurrence, currTopRule, prodType, actualMaxLookahead);
      const pathsInsideProduction = paths[0];
      if (isEmpty_default(flatten_default(pathsInsideProduction))) {
        const errMsg = errMsgProvider.buildEmptyRepetitionError({
          topLevelRule: currTopRule,
          repetition: currProd
        });
        errors.push({
          message: errMsg,
          type: ParserDefinitionErrorType.NO_NON_EMPTY_LOOKAHEAD,
          ruleName: currTopRule.name
        });
      }
    });
  });
  return errors;
}
function checkAlternativesAmbiguities(alternatives, alternation, rule, errMsgProvider) {
  const foundAmbiguousPaths = [];
  const identicalAmbiguities = reduce_default(alternatives, (result, currAlt, currAltIdx) => {
    if (alternation.definition[currAltIdx].ignoreAmbiguities === true) {
      return result;
    }
    forEach_default(currAlt, (currPath) => {
      const altsCurrPathAppearsIn = [currAltIdx];
      forEach_default(alternatives, (currOtherAlt, currOtherAltIdx) => {
        if (currAltIdx !== currOtherAltIdx && containsPath(currOtherAlt, currPath) && // ignore (skip) ambiguities with this "other" alternative
        alternation.definition[currOtherAltIdx].ignoreAmbiguities !== true) {
          altsCurrPathAppearsIn.push(currOtherAltIdx);
        }
      });
      if (altsCurrPathAppearsIn.length > 1 && !containsPath(foundAmbiguousPaths, currPath)) {
        foundAmbiguousPaths.push(currPath);
        result.push({
          alts: altsCurrPathAppearsIn,
          path: currPath
        });
      }
    });
    return result;
  }, []);
  const currErrors = map_default(identicalAmbiguities, (currAmbDescriptor) => {
    const ambgIndices = map_default(currAmbDescriptor.alts, (currAltIdx) => currAltIdx + 1);
    const currMessage = errMsgProvider.buildAlternationAmbiguityError({
      topLevelRule: rule,
      alternation,
      ambiguityIndices: ambgIndices,
      prefixPath: currAmbDescriptor.path
    });
    return {
      message: currMessage,
      type: ParserDefinitionErrorType.AMBIGUOUS_ALTS,
      ruleName: rule.name,
      occurrence: alternation.idx,
      alternatives: currAmbDescriptor.alts
    };
  });
  return currErrors;
}
function checkPrefixAlternativesAmbiguities(alternatives, alternation, rule, errMsgProvider) {
  const pathsAndIndices = reduce_default(alternatives, (result, currAlt, idx) => {
    const currPathsAndIdx = map_default(currAlt, (currPath) => {
      return { idx, path: currPath };
    });
    return result.concat(currPathsAndIdx);
  }, []);
  const errors = compact_default(flatMap_default(pathsAndIndices, (currPathAndIdx) => {
    const alternativeGast = alternation.definition[currPathAndIdx.idx];
    if (alternativeGast.ignoreAmbiguities === true) {
      return [];
    }
    const targetIdx = currPathAndIdx.idx;
    const targetPath = currPathAndIdx.path;
    const prefixAmbiguitiesPathsAndIndices = filter_default(pathsAndIndices, (searchPathAndIdx) => {
      return (
        // ignore (skip) ambiguities with this "other" alternative
        alternation.definition[searchPathAndIdx.idx].ignoreAmbiguities !== true && searchPathAndIdx.idx < targetIdx && // checking for strict prefix because identical lookaheads
        // will be be detected using a different validation.
        isStrictPrefixOfPath(searchPathAndIdx.path, targetPath)
      );
    });
    const currPathPrefixErrors = map_default(prefixAmbiguitiesPathsAndIndices, (currAmbPathAndIdx) => {
      const ambgIndices = [currAmbPathAndIdx.idx + 1, targetIdx + 1];
      const occurrence = alternation.idx === 0 ? "" : alternation.idx;
      const message = errMsgProvider.buildAlternationPrefixAmbiguityError({
        topLevelRule: rule,
        alternation,
        ambiguityIndices: ambgIndices,
        prefixPath: currAmbPathAndIdx.path
      });
      return {
        message,
        type: ParserDefinitionErrorType.AMBIGUOUS_PREFIX_ALTS,
        ruleName: rule.name,
        occurrence,
        alternatives: ambgIndices
      };
    });
    return currPathPrefixErrors;
  }));
  return errors;
}
function checkTerminalAndNoneTerminalsNameSpace(topLevels, tokenTypes, errMsgProvider) {
  const errors = [];
  const tokenNames = map_default(tokenTypes, (currToken) => currToken.name);
  forEach_default(topLevels, (currRule) => {
    const currRuleName = currRule.name;
    if (includes_default(tokenNames, currRuleName)) {
      const errMsg = errMsgProvider.buildNamespaceConflictError(currRule);
      errors.push({
        message: errMsg,
        type: ParserDefinitionErrorType.CONFLICT_TOKENS_RULES_NAMESPACE,
        ruleName: currRuleName
      });
    }
  });
  return errors;
}

// node_modules/chevrotain/lib/src/parse/grammar/gast/gast_resolver_public.js
function resolveGrammar2(options) {
  const actualOptions = defaults_default(options, {
    errMsgProvider: defaultGrammarResolverErrorProvider
  });
  const topRulesTable = {};
  forEach_default(options.rules, (rule) => {
    topRulesTable[rule.name] = rule;
  });
  return resolveGrammar(topRulesTable, actualOptions.errMsgProvider);
}
function validateGrammar2(options) {
  options = defaults_default(options, {
    errMsgProvider: defaultGrammarValidatorErrorProvider
  });
  return validateGrammar(options.rules, options.tokenTypes, options.errMsgProvider, options.grammarName);
}

// node_modules/chevrotain/lib/src/parse/exceptions_public.js
var MISMATCHED_TOKEN_EXCEPTION = "MismatchedTokenException";
var NO_VIABLE_ALT_EXCEPTION = "NoViableAltException";
var EARLY_EXIT_EXCEPTION = "EarlyExitException";
var NOT_ALL_INPUT_PARSED_EXCEPTION = "NotAllInputParsedException";
var RECOGNITION_EXCEPTION_NAMES = [
  MISMATCHED_TOKEN_EXCEPTION,
  NO_VIABLE_ALT_EXCEPTION,
  EARLY_EXIT_EXCEPTION,
  NOT_ALL_INPUT_PARSED_EXCEPTION
];
Object.freeze(RECOGNITION_EXCEPTION_NAMES);
function isRecognitionException(error) {
  return includes_default(RECOGNITION_EXCEPTION_NAMES, error.name);
}
var RecognitionException = class extends Error {
  constructor(message, token) {
    super(message);
    this.token = token;
    this.resyncedTokens = [];
    Object.setPrototypeOf(this, new.target.prototype);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
};
var MismatchedTokenException = class extends RecognitionException {
  constructor(message, token, previousToken) {
    super(message, token);
    this.previousToken = previousToken;
    this.name = MISMATCHED_TOKEN_EXCEPTION;
  }
};
var NoViableAltException = class extends RecognitionException {
  constructor(message, token, previousToken) {
    super(message, token);
    this.previousToken = previousToken;
    this.name = NO_VIABLE_ALT_EXCEPTION;
  }
};
var NotAllInputParsedException = class extends RecognitionException {
  constructor(message, token) {
    super(message, token);
    this.name = NOT_ALL_INPUT_PARSED_EXCEPTION;
  }
};
var EarlyExitException = class extends RecognitionException {
  constructor(message, token, previousToken) {
    super(message, token);
    this.previousToken = previousToken;
    this.name = EARLY_EXIT_EXCEPTION;
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/recoverable.js
var EOF_FOLLOW_KEY = {};
var IN_RULE_RECOVERY_EXCEPTION = "InRuleRecoveryException";
var InRuleRecoveryException = class extends Error {
  constructor(message) {
    super(message);
    this.name = IN_RULE_RECOVERY_EXCEPTION;
  }
};
var Recoverable = class {
  initRecoverable(config) {
    this.firstAfterRepMap = {};
    this.resyncFollows = {};
    this.recoveryEnabled = has_default(config, "recoveryEnabled") ? config.recoveryEnabled : DEFAULT_PARSER_CONFIG.recoveryEnabled;
    if (this.recoveryEnabled) {
      this.attemptInRepetitionRecovery = attemptInRepetitionRecovery;
    }
  }
  getTokenToInsert(tokType) {
    const tokToInsert = createTokenInstance(tokType, "", NaN, NaN, NaN, NaN, NaN, NaN);
    tokToInsert.isInsertedInRecovery = true;
    return tokToInsert;
  }
  canTokenTypeBeInsertedInRecovery(tokType) {
    return true;
  }
  canTokenTypeBeDeletedInRecovery(tokType) {
    return true;
  }
  tryInRepetitionRecovery(grammarRule, grammarRuleArgs, lookAheadFunc, expectedTokType) {
    const reSyncTokType = this.findReSyncTokenType();
    const savedLexerState = this.exportLexerState();
    const resyncedTokens = [];
    let passedResyncPoint = false;
    const nextTokenWithoutResync = this.LA_FAST(1);
    let currToken = this.LA_FAST(1);
    const generateErrorMessage = () => {
      const previousToken = this.LA(0);
      const msg = this.errorMessageProvider.buildMismatchTokenMessage({
        expected: expectedTokType,
        actual: nextTokenWithoutResync,
        previous: previousToken,
        ruleName: this.getCurrRuleFullName()
      });
      const error = new MismatchedTokenException(msg, nextTokenWithoutResync, this.LA(0));
      error.resyncedTokens = dropRight_default(resyncedTokens);
      this.SAVE_ERROR(error);
    };
    while (!passedResyncPoint) {
      if (this.tokenMatcher(currToken, expectedTokType)) {
        generateErrorMessage();
        return;
      } else if (lookAheadFunc.call(this)) {
        generateErrorMessage();
        grammarRule.apply(this, grammarRuleArgs);
        return;
      } else if (this.tokenMatcher(currToken, reSyncTokType)) {
        passedResyncPoint = true;
      } else {
        currToken = this.SKIP_TOKEN();
        this.addToResyncTokens(currToken, resyncedTokens);
      }
    }
    this.importLexerState(savedLexerState);
  }
  shouldInRepetitionRecoveryBeTried(expectTokAfterLastMatch, nextTokIdx, notStuck) {
    if (notStuck === false) {
      return false;
    }
    if (this.tokenMatcher(this.LA_FAST(1), expectTokAfterLastMatch)) {
      return false;
    }
    if (this.isBackTracking()) {
      return false;
    }
    if (this.canPerformInRuleRecovery(expectTokAfterLastMatch, this.getFollowsForInRuleRecovery(expectTokAfterLastMatch, nextTokIdx))) {
      return false;
    }
    return true;
  }
  // Error Recovery functionality
  getFollowsForInRuleRecovery(tokType, tokIdxInRule) {
    const grammarPath = this.getCurrentGrammarPath(tokType, tokIdxInRule);
    const follows = this.getNextPossibleTokenTypes(grammarPath);
    return follows;
  }
  tryInRuleRecovery(expectedTokType, follows) {
    if (this.canRecoverWithSingleTokenInsertion(expectedTokType, follows)) {
      const tokToInsert = this.getTokenToInsert(expectedTokType);
      return tokToInsert;
    }
    if (this.canRecoverWithSingleTokenDeletion(expectedTokType)) {
      const nextTok = this.SKIP_TOKEN();
      this.consumeToken();
      return nextTok;
    }
    throw new InRuleRecoveryException("sad sad panda");
  }
  canPerformInRuleRecovery(expectedToken, follows) {
    return this.canRecoverWithSingleTokenInsertion(expectedToken, follows) || this.canRecoverWithSingleTokenDeletion(expectedToken);
  }
  canRecoverWithSingleTokenInsertion(expectedTokType, follows) {
    if (!this.canTokenTypeBeInsertedInRecovery(expectedTokType)) {
      return false;
    }
    if (isEmpty_default(follows)) {
      return false;
    }
    const mismatchedTok = this.LA_FAST(1);
    const isMisMatchedTokInFollows = find_default(follows, (possibleFollowsTokType) => {
      return this.tokenMatcher(mismatchedTok, possibleFollowsTokType);
    }) !== void 0;
    return isMisMatchedTokInFollows;
  }
  canRecoverWithSingleTokenDeletion(expectedTokType) {
    if (!this.canTokenTypeBeDeletedInRecovery(expectedTokType)) {
      return false;
    }
    const isNextTokenWhatIsExpected = this.tokenMatcher(
      // not using LA_FAST because LA(2) might be un-safe with maxLookahead=1
      // in some edge cases (?)
      this.LA(2),
      expectedTokType
    );
    return isNextTokenWhatIsExpected;
  }
  isInCurrentRuleReSyncSet(tokenTypeIdx) {
    const followKey = this.getCurrFollowKey();
    const currentRuleReSyncSet = this.getFollowSetFromFollowKey(followKey);
    return includes_default(currentRuleReSyncSet, tokenTypeIdx);
  }
  findReSyncTokenType() {
    const allPossibleReSyncTokTypes = this.flattenFollowSet();
    let nextToken = this.LA_FAST(1);
    let k = 2;
    while (true) {
      const foundMatch = find_default(allPossibleReSyncTokTypes, (resyncTokType) => {
        const canMatch = tokenMatcher(nextToken, resyncTokType);
        return canMatch;
      });
      if (foundMatch !== void 0) {
        return foundMatch;
      }
      nextToken = this.LA(k);
      k++;
    }
  }
  getCurrFollowKey() {
    if (this.RULE_STACK_IDX === 0) {
      return EOF_FOLLOW_KEY;
    }
    const currRuleShortName = this.currRuleShortName;
    const currRuleIdx = this.getLastExplicitRuleOccurrenceIndex();
    const prevRuleShortName = this.getPreviousExplicitRuleShortName();
    return {
      ruleName: this.shortRuleNameToFullName(currRuleShortName),
      idxInCallingRule: currRuleIdx,
      inRule: this.shortRuleNameToFullName(prevRuleShortName)
    };
  }
  buildFullFollowKeyStack() {
    const explicitRuleStack = this.RULE_STACK;
    const explicitOccurrenceStack = this.RULE_OCCURRENCE_STACK;
    const len = this.RULE_STACK_IDX + 1;
    const result = new Array(len);
    for (let idx = 0; idx < len; idx++) {
      if (idx === 0) {
        result[idx] = EOF_FOLLOW_KEY;
      } else {
        result[idx] = {
          ruleName: this.shortRuleNameToFullName(explicitRuleStack[idx]),
          idxInCallingRule: explicitOccurrenceStack[idx],
          inRule: this.shortRuleNameToFullName(explicitRuleStack[idx - 1])
        };
      }
    }
    return result;
  }
  flattenFollowSet() {
    const followStack = map_default(this.buildFullFollowKeyStack(), (currKey) => {
      return this.getFollowSetFromFollowKey(currKey);
    });
    return flatten_default(followStack);
  }
  getFollowSetFromFollowKey(followKey) {
    if (followKey === EOF_FOLLOW_KEY) {
      return [EOF];
    }
    const followName = followKey.ruleName + followKey.idxInCallingRule + IN + followKey.inRule;
    return this.resyncFollows[followName];
  }
  // It does not make any sense to include a virtual EOF token in the list of resynced tokens
  // as EOF does not really exist and thus does not contain any useful information (line/column numbers)
  addToResyncTokens(token, resyncTokens) {
    if (!this.tokenMatcher(token, EOF)) {
      resyncTokens.push(token);
    }
    return resyncTokens;
  }
  reSyncTo(tokType) {
    const resyncedTokens = [];
    let nextTok = this.LA_FAST(1);
    while (this.tokenMatcher(nextTok, tokType) === false) {
      nextTok = this.SKIP_TOKEN();
      this.addToResyncTokens(nextTok, resyncedTokens);
    }
    return dropRight_default(resyncedTokens);
  }
  attemptInRepetitionRecovery(prodFunc, args, lookaheadFunc, dslMethodIdx, prodOccurrence, nextToksWalker, notStuck) {
  }
  getCurrentGrammarPath(tokType, tokIdxInRule) {
    const pathRuleStack = this.getHumanReadableRuleStack();
    const pathOccurrenceStack = this.RULE_OCCURRENCE_STACK.slice(0, this.RULE_OCCURRENCE_STACK_IDX + 1);
    const grammarPath = {
      ruleStack: pathRuleStack,
      occurrenceStack: pathOccurrenceStack,
      lastTok: tokType,
      lastTokOccurrence: tokIdxInRule
    };
    return grammarPath;
  }
  getHumanReadableRuleStack() {
    const len = this.RULE_STACK_IDX + 1;
    const result = new Array(len);
    for (let i = 0; i < len; i++) {
      result[i] = this.shortRuleNameToFullName(this.RULE_STACK[i]);
    }
    return result;
  }
};
function attemptInRepetitionRecovery(prodFunc, args, lookaheadFunc, dslMethodIdx, prodOccurrence, nextToksWalker, notStuck) {
  const key = this.getKeyForAutomaticLookahead(dslMethodIdx, prodOccurrence);
  let firstAfterRepInfo = this.firstAfterRepMap[key];
  if (firstAfterRepInfo === void 0) {
    const currRuleName = this.getCurrRuleFullName();
    const ruleGrammar = this.getGAstProductions()[currRuleName];
    const walker = new nextToksWalker(ruleGrammar, prodOccurrence);
    firstAfterRepInfo = walker.startWalking();
    this.firstAfterRepMap[key] = firstAfterRepInfo;
  }
  let expectTokAfterLastMatch = firstAfterRepInfo.token;
  let nextTokIdx = firstAfterRepInfo.occurrence;
  const isEndOfRule = firstAfterRepInfo.isEndOfRule;
  if (this.RULE_STACK_IDX === 0 && isEndOfRule && expectTokAfterLastMatch === void 0) {
    expectTokAfterLastMatch = EOF;
    nextTokIdx = 1;
  }
  if (expectTokAfterLastMatch === void 0 || nextTokIdx === void 0) {
    return;
  }
  if (this.shouldInRepetitionRecoveryBeTried(expectTokAfterLastMatch, nextTokIdx, notStuck)) {
    this.tryInRepetitionRecovery(prodFunc, args, lookaheadFunc, expectTokAfterLastMatch);
  }
}

// node_modules/chevrotain/lib/src/parse/grammar/keys.js
var BITS_FOR_METHOD_TYPE = 4;
var BITS_FOR_OCCURRENCE_IDX = 8;
var BITS_FOR_ALT_IDX = 8;
var OR_IDX = 1 << BITS_FOR_OCCURRENCE_IDX;
var OPTION_IDX = 2 << BITS_FOR_OCCURRENCE_IDX;
var MANY_IDX = 3 << BITS_FOR_OCCURRENCE_IDX;
var AT_LEAST_ONE_IDX = 4 << BITS_FOR_OCCURRENCE_IDX;
var MANY_SEP_IDX = 5 << BITS_FOR_OCCURRENCE_IDX;
var AT_LEAST_ONE_SEP_IDX = 6 << BITS_FOR_OCCURRENCE_IDX;
function getKeyForAutomaticLookahead(ruleIdx, dslMethodIdx, occurrence) {
  return occurrence | dslMethodIdx | ruleIdx;
}
var BITS_START_FOR_ALT_IDX = 32 - BITS_FOR_ALT_IDX;

// node_modules/chevrotain/lib/src/parse/grammar/llk_lookahead.js
var LLkLookaheadStrategy = class {
  constructor(options) {
    var _a;
    this.maxLookahead = (_a = options === null || options === void 0 ? void 0 : options.maxLookahead) !== null && _a !== void 0 ? _a : DEFAULT_PARSER_CONFIG.maxLookahead;
  }
  validate(options) {
    const leftRecursionErrors = this.validateNoLeftRecursion(options.rules);
    if (isEmpty_default(leftRecursionErrors)) {
      const emptyAltErrors = this.validateEmptyOrAlternatives(options.rules);
      const ambiguousAltsErrors = this.validateAmbiguousAlternationAlternatives(options.rules, this.maxLookahead);
      const emptyRepetitionErrors = this.validateSomeNonEmptyLookaheadPath(options.rules, this.maxLookahead);
      const allErrors = [
        ...leftRecursionErrors,
        ...emptyAltErrors,
        ...ambiguousAltsErrors,
        ...emptyRepetitionErrors
      ];
      return allErrors;
    }
    return leftRecursionErrors;
  }
  validateNoLeftRecursion(rules) {
    return flatMap_default(rules, (currTopRule) => validateNoLeftRecursion(currTopRule, currTopRule, defaultGrammarValidatorErrorProvider));
  }
  validateEmptyOrAlternatives(rules) {
    return flatMap_default(rules, (currTopRule) => validateEmptyOrAlternative(currTopRule, defaultGrammarValidatorErrorProvider));
  }
  validateAmbiguousAlternationAlternatives(rules, maxLookahead) {
    return flatMap_default(rules, (currTopRule) => validateAmbiguousAlternationAlternatives(currTopRule, maxLookahead, defaultGrammarValidatorErrorProvider));
  }
  validateSomeNonEmptyLookaheadPath(rules, maxLookahead) {
    return validateSomeNonEmptyLookaheadPath(rules, maxLookahead, defaultGrammarValidatorErrorProvider);
  }
  buildLookaheadForAlternation(options) {
    return buildLookaheadFuncForOr(options.prodOccurrence, options.rule, options.maxLookahead, options.hasPredicates, options.dynamicTokensEnabled, buildAlternativesLookAheadFunc);
  }
  buildLookaheadForOptional(options) {
    return buildLookaheadFuncForOptionalProd(options.prodOccurrence, options.rule, options.maxLookahead, options.dynamicTokensEnabled, getProdType(options.prodType), buildSingleAlternativeLookaheadFunction);
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/looksahead.js
var LooksAhead = class {
  initLooksAhead(config) {
    this.dynamicTokensEnabled = has_default(config, "dynamicTokensEnabled") ? config.dynamicTokensEnabled : DEFAULT_PARSER_CONFIG.dynamicTokensEnabled;
    this.maxLookahead = has_default(config, "maxLookahead") ? config.maxLookahead : DEFAULT_PARSER_CONFIG.maxLookahead;
    this.lookaheadStrategy = has_default(config, "lookaheadStrategy") ? config.lookaheadStrategy : new LLkLookaheadStrategy({ maxLookahead: this.maxLookahead });
    this.lookAheadFuncsCache = /* @__PURE__ */ new Map();
  }
  preComputeLookaheadFunctions(rules) {
    forEach_default(rules, (currRule) => {
      this.TRACE_INIT(`${currRule.name} Rule Lookahead`, () => {
        const { alternation, repetition, option, repetitionMandatory, repetitionMandatoryWithSeparator, repetitionWithSeparator } = collectMethods(currRule);
        forEach_default(alternation, (currProd) => {
          const prodIdx = currProd.idx === 0 ? "" : currProd.idx;
          this.TRACE_INIT(`${getProductionDslName(currProd)}${prodIdx}`, () => {
            const laFunc = this.lookaheadStrategy.buildLookaheadForAlternation({
              prodOccurrence: currProd.idx,
              rule: currRule,
              maxLookahead: currProd.maxLookahead || this.maxLookahead,
              hasPredicates: currProd.hasPredicates,
              dynamicTokensEnabled: this.dynamicTokensEnabled
            });
            const key = getKeyForAutomaticLookahead(this.fullRuleNameToShort[currRule.name], OR_IDX, currProd.idx);
            this.setLaFuncCache(key, laFunc);
          });
        });
        forEach_default(repetition, (currProd) => {
          this.computeLookaheadFunc(currRule, currProd.idx, MANY_IDX, "Repetition", currProd.maxLookahead, getProductionDslName(currProd));
        });
        forEach_default(option, (currProd) => {
          this.computeLookaheadFunc(currRule, currProd.idx, OPTION_IDX, "Option", currProd.maxLookahead, getProductionDslName(currProd));
        });
        forEach_default(repetitionMandatory, (currProd) => {
          this.computeLookaheadFunc(currRule, currProd.idx, AT_LEAST_ONE_IDX, "RepetitionMandatory", currProd.maxLookahead, getProductionDslName(currProd));
        });
        forEach_default(repetitionMandatoryWithSeparator, (currProd) => {
          this.computeLookaheadFunc(currRule, currProd.idx, AT_LEAST_ONE_SEP_IDX, "RepetitionMandatoryWithSeparator", currProd.maxLookahead, getProductionDslName(currProd));
        });
        forEach_default(repetitionWithSeparator, (currProd) => {
          this.computeLookaheadFunc(currRule, currProd.idx, MANY_SEP_IDX, "RepetitionWithSeparator", currProd.maxLookahead, getProductionDslName(currProd));
        });
      });
    });
  }
  computeLookaheadFunc(rule, prodOccurrence, prodKey, prodType, prodMaxLookahead, dslMethodName) {
    this.TRACE_INIT(`${dslMethodName}${prodOccurrence === 0 ? "" : prodOccurrence}`, () => {
      const laFunc = this.lookaheadStrategy.buildLookaheadForOptional({
        prodOccurrence,
        rule,
        maxLookahead: prodMaxLookahead || this.maxLookahead,
        dynamicTokensEnabled: this.dynamicTokensEnabled,
        prodType
      });
      const key = getKeyForAutomaticLookahead(this.fullRuleNameToShort[rule.name], prodKey, prodOccurrence);
      this.setLaFuncCache(key, laFunc);
    });
  }
  // this actually returns a number, but it is always used as a string (object prop key)
  getKeyForAutomaticLookahead(dslMethodIdx, occurrence) {
    return getKeyForAutomaticLookahead(this.currRuleShortName, dslMethodIdx, occurrence);
  }
  getLaFuncFromCache(key) {
    return this.lookAheadFuncsCache.get(key);
  }
  /* istanbul ignore next */
  setLaFuncCache(key, value) {
    this.lookAheadFuncsCache.set(key, value);
  }
};
var DslMethodsCollectorVisitor = class extends GAstVisitor {
  constructor() {
    super(...arguments);
    this.dslMethods = {
      option: [],
      alternation: [],
      repetition: [],
      repetitionWithSeparator: [],
      repetitionMandatory: [],
      repetitionMandatoryWithSeparator: []
    };
  }
  reset() {
    this.dslMethods = {
      option: [],
      alternation: [],
      repetition: [],
      repetitionWithSeparator: [],
      repetitionMandatory: [],
      repetitionMandatoryWithSeparator: []
    };
  }
  visitOption(option) {
    this.dslMethods.option.push(option);
  }
  visitRepetitionWithSeparator(manySep) {
    this.dslMethods.repetitionWithSeparator.push(manySep);
  }
  visitRepetitionMandatory(atLeastOne) {
    this.dslMethods.repetitionMandatory.push(atLeastOne);
  }
  visitRepetitionMandatoryWithSeparator(atLeastOneSep) {
    this.dslMethods.repetitionMandatoryWithSeparator.push(atLeastOneSep);
  }
  visitRepetition(many) {
    this.dslMethods.repetition.push(many);
  }
  visitAlternation(or) {
    this.dslMethods.alternation.push(or);
  }
};
var collectorVisitor = new DslMethodsCollectorVisitor();
function collectMethods(rule) {
  collectorVisitor.reset();
  rule.accept(collectorVisitor);
  const dslMethods = collectorVisitor.dslMethods;
  collectorVisitor.reset();
  return dslMethods;
}

// node_modules/chevrotain/lib/src/parse/cst/cst.js
function setNodeLocationOnlyOffset(currNodeLocation, newLocationInfo) {
  if (isNaN(currNodeLocation.startOffset) === true) {
    currNodeLocation.startOffset = newLocationInfo.startOffset;
    currNodeLocation.endOffset = newLocationInfo.endOffset;
  } else if (currNodeLocation.endOffset < newLocationInfo.endOffset === true) {
    currNodeLocation.endOffset = newLocationInfo.endOffset;
  }
}
function setNodeLocationFull(currNodeLocation, newLocationInfo) {
  if (isNaN(currNodeLocation.startOffset) === true) {
    currNodeLocation.startOffset = newLocationInfo.startOffset;
    currNodeLocation.startColumn = newLocationInfo.startColumn;
    currNodeLocation.startLine = newLocationInfo.startLine;
    currNodeLocation.endOffset = newLocationInfo.endOffset;
    currNodeLocation.endColumn = newLocationInfo.endColumn;
    currNodeLocation.endLine = newLocationInfo.endLine;
  } else if (currNodeLocation.endOffset < newLocationInfo.endOffset === true) {
    currNodeLocation.endOffset = newLocationInfo.endOffset;
    currNodeLocation.endColumn = newLocationInfo.endColumn;
    currNodeLocation.endLine = newLocationInfo.endLine;
  }
}
function addTerminalToCst(node, token, tokenTypeName) {
  if (node.children[tokenTypeName] === void 0) {
    node.children[tokenTypeName] = [token];
  } else {
    node.children[tokenTypeName].push(token);
  }
}
function addNoneTerminalToCst(node, ruleName, ruleResult) {
  if (node.children[ruleName] === void 0) {
    node.children[ruleName] = [ruleResult];
  } else {
    node.children[ruleName].push(ruleResult);
  }
}

// node_modules/chevrotain/lib/src/lang/lang_extensions.js
var NAME = "name";
function defineNameProp(obj, nameValue) {
  Object.defineProperty(obj, NAME, {
    enumerable: false,
    configurable: true,
    writable: false,
    value: nameValue
  });
}

// node_modules/chevrotain/lib/src/parse/cst/cst_visitor.js
function defaultVisit(ctx, param) {
  const childrenNames = keys_default(ctx);
  const childrenNamesLength = childrenNames.length;
  for (let i = 0; i < childrenNamesLength; i++) {
    const currChildName = childrenNames[i];
    const currChildArray = ctx[currChildName];
    const currChildArrayLength = currChildArray.length;
    for (let j = 0; j < currChildArrayLength; j++) {
      const currChild = currChildArray[j];
      if (currChild.tokenTypeIdx === void 0) {
        this[currChild.name](currChild.children, param);
      }
    }
  }
}
function createBaseSemanticVisitorConstructor(grammarName, ruleNames) {
  const derivedConstructor = function() {
  };
  defineNameProp(derivedConstructor, grammarName + "BaseSemantics");
  const semanticProto = {
    visit: function(cstNode, param) {
      if (isArray_default(cstNode)) {
        cstNode = cstNode[0];
      }
      if (isUndefined_default(cstNode)) {
        return void 0;
      }
      return this[cstNode.name](cstNode.children, param);
    },
    validateVisitor: function() {
      const semanticDefinitionErrors = validateVisitor(this, ruleNames);
      if (!isEmpty_default(semanticDefinitionErrors)) {
        const errorMessages = map_default(semanticDefinitionErrors, (currDefError) => currDefError.msg);
        throw Error(`Errors Detected in CST Visitor <${this.constructor.name}>:
	${errorMessages.join("\n\n").replace(/\n/g, "\n	")}`);
      }
    }
  };
  derivedConstructor.prototype = semanticProto;
  derivedConstructor.prototype.constructor = derivedConstructor;
  derivedConstructor._RULE_NAMES = ruleNames;
  return derivedConstructor;
}
function createBaseVisitorConstructorWithDefaults(grammarName, ruleNames, baseConstructor) {
  const derivedConstructor = function() {
  };
  defineNameProp(derivedConstructor, grammarName + "BaseSemanticsWithDefaults");
  const withDefaultsProto = Object.create(baseConstructor.prototype);
  forEach_default(ruleNames, (ruleName) => {
    withDefaultsProto[ruleName] = defaultVisit;
  });
  derivedConstructor.prototype = withDefaultsProto;
  derivedConstructor.prototype.constructor = derivedConstructor;
  return derivedConstructor;
}
var CstVisitorDefinitionError;
(function(CstVisitorDefinitionError2) {
  CstVisitorDefinitionError2[CstVisitorDefinitionError2["REDUNDANT_METHOD"] = 0] = "REDUNDANT_METHOD";
  CstVisitorDefinitionError2[CstVisitorDefinitionError2["MISSING_METHOD"] = 1] = "MISSING_METHOD";
})(CstVisitorDefinitionError || (CstVisitorDefinitionError = {}));
function validateVisitor(visitorInstance, ruleNames) {
  const missingErrors = validateMissingCstMethods(visitorInstance, ruleNames);
  return missingErrors;
}
function validateMissingCstMethods(visitorInstance, ruleNames) {
  const missingRuleNames = filter_default(ruleNames, (currRuleName) => {
    return isFunction_default(visitorInstance[currRuleName]) === false;
  });
  const errors = map_default(missingRuleNames, (currRuleName) => {
    return {
      msg: `Missing visitor method: <${currRuleName}> on ${visitorInstance.constructor.name} CST Visitor.`,
      type: CstVisitorDefinitionError.MISSING_METHOD,
      methodName: currRuleName
    };
  });
  return compact_default(errors);
}

// node_modules/chevrotain/lib/src/parse/parser/traits/tree_builder.js
var TreeBuilder = class {
  initTreeBuilder(config) {
    this.CST_STACK = [];
    this.outputCst = config.outputCst;
    this.nodeLocationTracking = has_default(config, "nodeLocationTracking") ? config.nodeLocationTracking : DEFAULT_PARSER_CONFIG.nodeLocationTracking;
    if (!this.outputCst) {
      this.cstInvocationStateUpdate = noop_default;
      this.cstFinallyStateUpdate = noop_default;
      this.cstPostTerminal = noop_default;
      this.cstPostNonTerminal = noop_default;
      this.cstPostRule = noop_default;
    } else {
      if (/full/i.test(this.nodeLocationTracking)) {
        if (this.recoveryEnabled) {
          this.setNodeLocationFromToken = setNodeLocationFull;
          this.setNodeLocationFromNode = setNodeLocationFull;
          this.cstPostRule = noop_default;
          this.setInitialNodeLocation = this.setInitialNodeLocationFullRecovery;
        } else {
          this.setNodeLocationFromToken = noop_default;
          this.setNodeLocationFromNode = noop_default;
          this.cstPostRule = this.cstPostRuleFull;
          this.setInitialNodeLocation = this.setInitialNodeLocationFullRegular;
        }
      } else if (/onlyOffset/i.test(this.nodeLocationTracking)) {
        if (this.recoveryEnabled) {
          this.setNodeLocationFromToken = setNodeLocationOnlyOffset;
          this.setNodeLocationFromNode = setNodeLocationOnlyOffset;
          this.cstPostRule = noop_default;
          this.setInitialNodeLocation = this.setInitialNodeLocationOnlyOffsetRecovery;
        } else {
          this.setNodeLocationFromToken = noop_default;
          this.setNodeLocationFromNode = noop_default;
          this.cstPostRule = this.cstPostRuleOnlyOffset;
          this.setInitialNodeLocation = this.setInitialNodeLocationOnlyOffsetRegular;
        }
      } else if (/none/i.test(this.nodeLocationTracking)) {
        this.setNodeLocationFromToken = noop_default;
        this.setNodeLocationFromNode = noop_default;
        this.cstPostRule = noop_default;
        this.setInitialNodeLocation = noop_default;
      } else {
        throw Error(`Invalid <nodeLocationTracking> config option: "${config.nodeLocationTracking}"`);
      }
    }
  }
  setInitialNodeLocationOnlyOffsetRecovery(cstNode) {
    cstNode.location = {
      startOffset: NaN,
      endOffset: NaN
    };
  }
  setInitialNodeLocationOnlyOffsetRegular(cstNode) {
    cstNode.location = {
      // without error recovery the starting Location of a new CstNode is guaranteed
      // To be the next Token's startOffset (for valid inputs).
      // For invalid inputs there won't be any CSTOutput so this potential
      // inaccuracy does not matter
      startOffset: this.LA_FAST(1).startOffset,
      endOffset: NaN
    };
  }
  setInitialNodeLocationFullRecovery(cstNode) {
    cstNode.location = {
      startOffset: NaN,
      startLine: NaN,
      startColumn: NaN,
      endOffset: NaN,
      endLine: NaN,
      endColumn: NaN
    };
  }
  /**
       *  @see setInitialNodeLocationOnlyOffsetRegular for explanation why this work
  
       * @param cstNode
       */
  setInitialNodeLocationFullRegular(cstNode) {
    const nextToken = this.LA_FAST(1);
    cstNode.location = {
      startOffset: nextToken.startOffset,
      startLine: nextToken.startLine,
      startColumn: nextToken.startColumn,
      endOffset: NaN,
      endLine: NaN,
      endColumn: NaN
    };
  }
  cstInvocationStateUpdate(fullRuleName) {
    const cstNode = {
      name: fullRuleName,
      children: /* @__PURE__ */ Object.create(null)
    };
    this.setInitialNodeLocation(cstNode);
    this.CST_STACK.push(cstNode);
  }
  cstFinallyStateUpdate() {
    this.CST_STACK.pop();
  }
  cstPostRuleFull(ruleCstNode) {
    const prevToken = this.LA(0);
    const loc = ruleCstNode.location;
    if (loc.startOffset <= prevToken.startOffset === true) {
      loc.endOffset = prevToken.endOffset;
      loc.endLine = prevToken.endLine;
      loc.endColumn = prevToken.endColumn;
    } else {
      loc.startOffset = NaN;
      loc.startLine = NaN;
      loc.startColumn = NaN;
    }
  }
  cstPostRuleOnlyOffset(ruleCstNode) {
    const prevToken = this.LA(0);
    const loc = ruleCstNode.location;
    if (loc.startOffset <= prevToken.startOffset === true) {
      loc.endOffset = prevToken.endOffset;
    } else {
      loc.startOffset = NaN;
    }
  }
  cstPostTerminal(key, consumedToken) {
    const rootCst = this.CST_STACK[this.CST_STACK.length - 1];
    addTerminalToCst(rootCst, consumedToken, key);
    this.setNodeLocationFromToken(rootCst.location, consumedToken);
  }
  cstPostNonTerminal(ruleCstResult, ruleName) {
    const preCstNode = this.CST_STACK[this.CST_STACK.length - 1];
    addNoneTerminalToCst(preCstNode, ruleName, ruleCstResult);
    this.setNodeLocationFromNode(preCstNode.location, ruleCstResult.location);
  }
  getBaseCstVisitorConstructor() {
    if (isUndefined_default(this.baseCstVisitorConstructor)) {
      const newBaseCstVisitorConstructor = createBaseSemanticVisitorConstructor(this.className, keys_default(this.gastProductionsCache));
      this.baseCstVisitorConstructor = newBaseCstVisitorConstructor;
      return newBaseCstVisitorConstructor;
    }
    return this.baseCstVisitorConstructor;
  }
  getBaseCstVisitorConstructorWithDefaults() {
    if (isUndefined_default(this.baseCstVisitorWithDefaultsConstructor)) {
      const newConstructor = createBaseVisitorConstructorWithDefaults(this.className, keys_default(this.gastProductionsCache), this.getBaseCstVisitorConstructor());
      this.baseCstVisitorWithDefaultsConstructor = newConstructor;
      return newConstructor;
    }
    return this.baseCstVisitorWithDefaultsConstructor;
  }
  getPreviousExplicitRuleShortName() {
    return this.RULE_STACK[this.RULE_STACK_IDX - 1];
  }
  getLastExplicitRuleOccurrenceIndex() {
    return this.RULE_OCCURRENCE_STACK[this.RULE_OCCURRENCE_STACK_IDX];
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/lexer_adapter.js
var LexerAdapter = class {
  initLexerAdapter() {
    this.tokVector = [];
    this.tokVectorLength = 0;
    this.currIdx = -1;
  }
  set input(newInput) {
    if (this.selfAnalysisDone !== true) {
      throw Error(`Missing <performSelfAnalysis> invocation at the end of the Parser's constructor.`);
    }
    this.reset();
    this.tokVector = newInput;
    this.tokVectorLength = newInput.length;
  }
  get input() {
    return this.tokVector;
  }
  // skips a token and returns the next token
  SKIP_TOKEN() {
    if (this.currIdx <= this.tokVectorLength - 2) {
      this.consumeToken();
      return this.LA_FAST(1);
    } else {
      return END_OF_FILE;
    }
  }
  // Lexer (accessing Token vector) related methods which can be overridden to implement lazy lexers
  // or lexers dependent on parser context.
  // Performance Optimized version of LA without bound checks
  // note that token beyond the end of the token vector EOF Token will still be returned
  // due to using sentinels at the end of the token vector. (for K=max lookahead)
  LA_FAST(howMuch) {
    const soughtIdx = this.currIdx + howMuch;
    return this.tokVector[soughtIdx];
  }
  LA(howMuch) {
    const soughtIdx = this.currIdx + howMuch;
    if (soughtIdx < 0 || this.tokVectorLength <= soughtIdx) {
      return END_OF_FILE;
    } else {
      return this.tokVector[soughtIdx];
    }
  }
  consumeToken() {
    this.currIdx++;
  }
  exportLexerState() {
    return this.currIdx;
  }
  importLexerState(newState) {
    this.currIdx = newState;
  }
  resetLexerState() {
    this.currIdx = -1;
  }
  moveToTerminatedState() {
    this.currIdx = this.tokVectorLength - 1;
  }
  getLexerPosition() {
    return this.exportLexerState();
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/recognizer_api.js
var RecognizerApi = class {
  ACTION(impl) {
    return impl.call(this);
  }
  consume(idx, tokType, options) {
    return this.consumeInternal(tokType, idx, options);
  }
  subrule(idx, ruleToCall, options) {
    return this.subruleInternal(ruleToCall, idx, options);
  }
  option(idx, actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, idx);
  }
  or(idx, altsOrOpts) {
    return this.orInternal(altsOrOpts, idx);
  }
  many(idx, actionORMethodDef) {
    return this.manyInternal(idx, actionORMethodDef);
  }
  atLeastOne(idx, actionORMethodDef) {
    return this.atLeastOneInternal(idx, actionORMethodDef);
  }
  CONSUME(tokType, options) {
    return this.consumeInternal(tokType, 0, options);
  }
  CONSUME1(tokType, options) {
    return this.consumeInternal(tokType, 1, options);
  }
  CONSUME2(tokType, options) {
    return this.consumeInternal(tokType, 2, options);
  }
  CONSUME3(tokType, options) {
    return this.consumeInternal(tokType, 3, options);
  }
  CONSUME4(tokType, options) {
    return this.consumeInternal(tokType, 4, options);
  }
  CONSUME5(tokType, options) {
    return this.consumeInternal(tokType, 5, options);
  }
  CONSUME6(tokType, options) {
    return this.consumeInternal(tokType, 6, options);
  }
  CONSUME7(tokType, options) {
    return this.consumeInternal(tokType, 7, options);
  }
  CONSUME8(tokType, options) {
    return this.consumeInternal(tokType, 8, options);
  }
  CONSUME9(tokType, options) {
    return this.consumeInternal(tokType, 9, options);
  }
  SUBRULE(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 0, options);
  }
  SUBRULE1(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 1, options);
  }
  SUBRULE2(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 2, options);
  }
  SUBRULE3(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 3, options);
  }
  SUBRULE4(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 4, options);
  }
  SUBRULE5(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 5, options);
  }
  SUBRULE6(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 6, options);
  }
  SUBRULE7(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 7, options);
  }
  SUBRULE8(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 8, options);
  }
  SUBRULE9(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 9, options);
  }
  OPTION(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 0);
  }
  OPTION1(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 1);
  }
  OPTION2(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 2);
  }
  OPTION3(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 3);
  }
  OPTION4(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 4);
  }
  OPTION5(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 5);
  }
  OPTION6(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 6);
  }
  OPTION7(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 7);
  }
  OPTION8(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 8);
  }
  OPTION9(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 9);
  }
  OR(altsOrOpts) {
    return this.orInternal(altsOrOpts, 0);
  }
  OR1(altsOrOpts) {
    return this.orInternal(altsOrOpts, 1);
  }
  OR2(altsOrOpts) {
    return this.orInternal(altsOrOpts, 2);
  }
  OR3(altsOrOpts) {
    return this.orInternal(altsOrOpts, 3);
  }
  OR4(altsOrOpts) {
    return this.orInternal(altsOrOpts, 4);
  }
  OR5(altsOrOpts) {
    return this.orInternal(altsOrOpts, 5);
  }
  OR6(altsOrOpts) {
    return this.orInternal(altsOrOpts, 6);
  }
  OR7(altsOrOpts) {
    return this.orInternal(altsOrOpts, 7);
  }
  OR8(altsOrOpts) {
    return this.orInternal(altsOrOpts, 8);
  }
  OR9(altsOrOpts) {
    return this.orInternal(altsOrOpts, 9);
  }
  MANY(actionORMethodDef) {
    this.manyInternal(0, actionORMethodDef);
  }
  MANY1(actionORMethodDef) {
    this.manyInternal(1, actionORMethodDef);
  }
  MANY2(actionORMethodDef) {
    this.manyInternal(2, actionORMethodDef);
  }
  MANY3(actionORMethodDef) {
    this.manyInternal(3, actionORMethodDef);
  }
  MANY4(actionORMethodDef) {
    this.manyInternal(4, actionORMethodDef);
  }
  MANY5(actionORMethodDef) {
    this.manyInternal(5, actionORMethodDef);
  }
  MANY6(actionORMethodDef) {
    this.manyInternal(6, actionORMethodDef);
  }
  MANY7(actionORMethodDef) {
    this.manyInternal(7, actionORMethodDef);
  }
  MANY8(actionORMethodDef) {
    this.manyInternal(8, actionORMethodDef);
  }
  MANY9(actionORMethodDef) {
    this.manyInternal(9, actionORMethodDef);
  }
  MANY_SEP(options) {
    this.manySepFirstInternal(0, options);
  }
  MANY_SEP1(options) {
    this.manySepFirstInternal(1, options);
  }
  MANY_SEP2(options) {
    this.manySepFirstInternal(2, options);
  }
  MANY_SEP3(options) {
    this.manySepFirstInternal(3, options);
  }
  MANY_SEP4(options) {
    this.manySepFirstInternal(4, options);
  }
  MANY_SEP5(options) {
    this.manySepFirstInternal(5, options);
  }
  MANY_SEP6(options) {
    this.manySepFirstInternal(6, options);
  }
  MANY_SEP7(options) {
    this.manySepFirstInternal(7, options);
  }
  MANY_SEP8(options) {
    this.manySepFirstInternal(8, options);
  }
  MANY_SEP9(options) {
    this.manySepFirstInternal(9, options);
  }
  AT_LEAST_ONE(actionORMethodDef) {
    this.atLeastOneInternal(0, actionORMethodDef);
  }
  AT_LEAST_ONE1(actionORMethodDef) {
    return this.atLeastOneInternal(1, actionORMethodDef);
  }
  AT_LEAST_ONE2(actionORMethodDef) {
    this.atLeastOneInternal(2, actionORMethodDef);
  }
  AT_LEAST_ONE3(actionORMethodDef) {
    this.atLeastOneInternal(3, actionORMethodDef);
  }
  AT_LEAST_ONE4(actionORMethodDef) {
    this.atLeastOneInternal(4, actionORMethodDef);
  }
  AT_LEAST_ONE5(actionORMethodDef) {
    this.atLeastOneInternal(5, actionORMethodDef);
  }
  AT_LEAST_ONE6(actionORMethodDef) {
    this.atLeastOneInternal(6, actionORMethodDef);
  }
  AT_LEAST_ONE7(actionORMethodDef) {
    this.atLeastOneInternal(7, actionORMethodDef);
  }
  AT_LEAST_ONE8(actionORMethodDef) {
    this.atLeastOneInternal(8, actionORMethodDef);
  }
  AT_LEAST_ONE9(actionORMethodDef) {
    this.atLeastOneInternal(9, actionORMethodDef);
  }
  AT_LEAST_ONE_SEP(options) {
    this.atLeastOneSepFirstInternal(0, options);
  }
  AT_LEAST_ONE_SEP1(options) {
    this.atLeastOneSepFirstInternal(1, options);
  }
  AT_LEAST_ONE_SEP2(options) {
    this.atLeastOneSepFirstInternal(2, options);
  }
  AT_LEAST_ONE_SEP3(options) {
    this.atLeastOneSepFirstInternal(3, options);
  }
  AT_LEAST_ONE_SEP4(options) {
    this.atLeastOneSepFirstInternal(4, options);
  }
  AT_LEAST_ONE_SEP5(options) {
    this.atLeastOneSepFirstInternal(5, options);
  }
  AT_LEAST_ONE_SEP6(options) {
    this.atLeastOneSepFirstInternal(6, options);
  }
  AT_LEAST_ONE_SEP7(options) {
    this.atLeastOneSepFirstInternal(7, options);
  }
  AT_LEAST_ONE_SEP8(options) {
    this.atLeastOneSepFirstInternal(8, options);
  }
  AT_LEAST_ONE_SEP9(options) {
    this.atLeastOneSepFirstInternal(9, options);
  }
  RULE(name, implementation, config = DEFAULT_RULE_CONFIG) {
    if (includes_default(this.definedRulesNames, name)) {
      const errMsg = defaultGrammarValidatorErrorProvider.buildDuplicateRuleNameError({
        topLevelRule: name,
        grammarName: this.className
      });
      const error = {
        message: errMsg,
        type: ParserDefinitionErrorType.DUPLICATE_RULE_NAME,
        ruleName: name
      };
      this.definitionErrors.push(error);
    }
    this.definedRulesNames.push(name);
    const ruleImplementation = this.defineRule(name, implementation, config);
    this[name] = ruleImplementation;
    return ruleImplementation;
  }
  OVERRIDE_RULE(name, impl, config = DEFAULT_RULE_CONFIG) {
    const ruleErrors = validateRuleIsOverridden(name, this.definedRulesNames, this.className);
    this.definitionErrors = this.definitionErrors.concat(ruleErrors);
    const ruleImplementation = this.defineRule(name, impl, config);
    this[name] = ruleImplementation;
    return ruleImplementation;
  }
  BACKTRACK(grammarRule, args) {
    var _a;
    const ruleToCall = (_a = grammarRule.coreRule) !== null && _a !== void 0 ? _a : grammarRule;
    return function() {
      this.isBackTrackingStack.push(1);
      const orgState = this.saveRecogState();
      try {
        ruleToCall.apply(this, args);
        return true;
      } catch (e) {
        if (isRecognitionException(e)) {
          return false;
        } else {
          throw e;
        }
      } finally {
        this.reloadRecogState(orgState);
        this.isBackTrackingStack.pop();
      }
    };
  }
  // GAST export APIs
  getGAstProductions() {
    return this.gastProductionsCache;
  }
  getSerializedGastProductions() {
    return serializeGrammar(values_default(this.gastProductionsCache));
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/recognizer_engine.js
var RecognizerEngine = class {
  initRecognizerEngine(tokenVocabulary, config) {
    this.className = this.constructor.name;
    this.shortRuleNameToFull = {};
    this.fullRuleNameToShort = {};
    this.ruleShortNameIdx = 256;
    this.tokenMatcher = tokenStructuredMatcherNoCategories;
    this.subruleIdx = 0;
    this.currRuleShortName = 0;
    this.definedRulesNames = [];
    this.tokensMap = {};
    this.isBackTrackingStack = [];
    this.RULE_STACK = [];
    this.RULE_STACK_IDX = -1;
    this.RULE_OCCURRENCE_STACK = [];
    this.RULE_OCCURRENCE_STACK_IDX = -1;
    this.gastProductionsCache = {};
    if (has_default(config, "serializedGrammar")) {
      throw Error("The Parser's configuration can no longer contain a <serializedGrammar> property.\n	See: https://chevrotain.io/docs/changes/BREAKING_CHANGES.html#_6-0-0\n	For Further details.");
    }
    if (isArray_default(tokenVocabulary)) {
      if (isEmpty_default(tokenVocabulary)) {
        throw Error("A Token Vocabulary cannot be empty.\n	Note that the first argument for the parser constructor\n	is no longer a Token vector (since v4.0).");
      }
      if (typeof tokenVocabulary[0].startOffset === "number") {
        throw Error("The Parser constructor no longer accepts a token vector as the first argument.\n	See: https://chevrotain.io/docs/changes/BREAKING_CHANGES.html#_4-0-0\n	For Further details.");
      }
    }
    if (isArray_default(tokenVocabulary)) {
      this.tokensMap = reduce_default(tokenVocabulary, (acc, tokType) => {
        acc[tokType.name] = tokType;
        return acc;
      }, {});
    } else if (has_default(tokenVocabulary, "modes") && every_default(flatten_default(values_default(tokenVocabulary.modes)), isTokenType)) {
      const allTokenTypes2 = flatten_default(values_default(tokenVocabulary.modes));
      const uniqueTokens = uniq_default(allTokenTypes2);
      this.tokensMap = reduce_default(uniqueTokens, (acc, tokType) => {
        acc[tokType.name] = tokType;
        return acc;
      }, {});
    } else if (isObject_default(tokenVocabulary)) {
      this.tokensMap = clone_default(tokenVocabulary);
    } else {
      throw new Error("<tokensDictionary> argument must be An Array of Token constructors, A dictionary of Token constructors or an IMultiModeLexerDefinition");
    }
    this.tokensMap["EOF"] = EOF;
    const allTokenTypes = has_default(tokenVocabulary, "modes") ? flatten_default(values_default(tokenVocabulary.modes)) : values_default(tokenVocabulary);
    const noTokenCategoriesUsed = every_default(allTokenTypes, (tokenConstructor) => isEmpty_default(tokenConstructor.categoryMatches));
    this.tokenMatcher = noTokenCategoriesUsed ? tokenStructuredMatcherNoCategories : tokenStructuredMatcher;
    augmentTokenTypes(values_default(this.tokensMap));
  }
  defineRule(ruleName, impl, config) {
    if (this.selfAnalysisDone) {
      throw Error(`Grammar rule <${ruleName}> may not be defined after the 'performSelfAnalysis' method has been called'
Make sure that all grammar rule definitions are done before 'performSelfAnalysis' is called.`);
    }
    const resyncEnabled = has_default(config, "resyncEnabled") ? config.resyncEnabled : DEFAULT_RULE_CONFIG.resyncEnabled;
    const recoveryValueFunc = has_default(config, "recoveryValueFunc") ? config.recoveryValueFunc : DEFAULT_RULE_CONFIG.recoveryValueFunc;
    const shortName = this.ruleShortNameIdx << BITS_FOR_METHOD_TYPE + BITS_FOR_OCCURRENCE_IDX;
    this.ruleShortNameIdx++;
    this.shortRuleNameToFull[shortName] = ruleName;
    this.fullRuleNameToShort[ruleName] = shortName;
    let coreRuleFunction;
    if (this.outputCst === true) {
      coreRuleFunction = function invokeRuleWithTry(...args) {
        try {
          this.ruleInvocationStateUpdate(shortName, ruleName, this.subruleIdx);
          impl.apply(this, args);
          const cst = this.CST_STACK[this.CST_STACK.length - 1];
          this.cstPostRule(cst);
          return cst;
        } catch (e) {
          return this.invokeRuleCatch(e, resyncEnabled, recoveryValueFunc);
        } finally {
          this.ruleFinallyStateUpdate();
        }
      };
    } else {
      coreRuleFunction = function invokeRuleWithTryCst(...args) {
        try {
          this.ruleInvocationStateUpdate(shortName, ruleName, this.subruleIdx);
          return impl.apply(this, args);
        } catch (e) {
          return this.invokeRuleCatch(e, resyncEnabled, recoveryValueFunc);
        } finally {
          this.ruleFinallyStateUpdate();
        }
      };
    }
    const rootRuleFunction = function rootRule(...args) {
      this.onBeforeParse(ruleName);
      try {
        return coreRuleFunction.apply(this, args);
      } finally {
        this.onAfterParse(ruleName);
      }
    };
    const wrappedGrammarRule = Object.assign(rootRuleFunction, { ruleName, originalGrammarAction: impl, coreRule: coreRuleFunction });
    return wrappedGrammarRule;
  }
  invokeRuleCatch(e, resyncEnabledConfig, recoveryValueFunc) {
    const isFirstInvokedRule = this.RULE_STACK_IDX === 0;
    const reSyncEnabled = resyncEnabledConfig && !this.isBackTracking() && this.recoveryEnabled;
    if (isRecognitionException(e)) {
      const recogError = e;
      if (reSyncEnabled) {
        const reSyncTokType = this.findReSyncTokenType();
        if (this.isInCurrentRuleReSyncSet(reSyncTokType)) {
          recogError.resyncedTokens = this.reSyncTo(reSyncTokType);
          if (this.outputCst) {
            const partialCstResult = this.CST_STACK[this.CST_STACK.length - 1];
            partialCstResult.recoveredNode = true;
            return partialCstResult;
          } else {
            return recoveryValueFunc(e);
          }
        } else {
          if (this.outputCst) {
            const partialCstResult = this.CST_STACK[this.CST_STACK.length - 1];
            partialCstResult.recoveredNode = true;
            recogError.partialCstResult = partialCstResult;
          }
          throw recogError;
        }
      } else if (isFirstInvokedRule) {
        this.moveToTerminatedState();
        return recoveryValueFunc(e);
      } else {
        throw recogError;
      }
    } else {
      throw e;
    }
  }
  // Implementation of parsing DSL
  optionInternal(actionORMethodDef, occurrence) {
    const key = this.getKeyForAutomaticLookahead(OPTION_IDX, occurrence);
    return this.optionInternalLogic(actionORMethodDef, occurrence, key);
  }
  optionInternalLogic(actionORMethodDef, occurrence, key) {
    let lookAheadFunc = this.getLaFuncFromCache(key);
    let action;
    if (typeof actionORMethodDef !== "function") {
      action = actionORMethodDef.DEF;
      const predicate = actionORMethodDef.GATE;
      if (predicate !== void 0) {
        const orgLookaheadFunction = lookAheadFunc;
        lookAheadFunc = () => {
          return predicate.call(this) && orgLookaheadFunction.call(this);
        };
      }
    } else {
      action = actionORMethodDef;
    }
    if (lookAheadFunc.call(this) === true) {
      return action.call(this);
    }
    return void 0;
  }
  atLeastOneInternal(prodOccurrence, actionORMethodDef) {
    const laKey = this.getKeyForAutomaticLookahead(AT_LEAST_ONE_IDX, prodOccurrence);
    return this.atLeastOneInternalLogic(prodOccurrence, actionORMethodDef, laKey);
  }
  atLeastOneInternalLogic(prodOccurrence, actionORMethodDef, key) {
    let lookAheadFunc = this.getLaFuncFromCache(key);
    let action;
    if (typeof actionORMethodDef !== "function") {
      action = actionORMethodDef.DEF;
      const predicate = actionORMethodDef.GATE;
      if (predicate !== void 0) {
        const orgLookaheadFunction = lookAheadFunc;
        lookAheadFunc = () => {
          return predicate.call(this) && orgLookaheadFunction.call(this);
        };
      }
    } else {
      action = actionORMethodDef;
    }
    if (lookAheadFunc.call(this) === true) {
      let notStuck = this.doSingleRepetition(action);
      while (lookAheadFunc.call(this) === true && notStuck === true) {
        notStuck = this.doSingleRepetition(action);
      }
    } else {
      throw this.raiseEarlyExitException(prodOccurrence, PROD_TYPE.REPETITION_MANDATORY, actionORMethodDef.ERR_MSG);
    }
    this.attemptInRepetitionRecovery(this.atLeastOneInternal, [prodOccurrence, actionORMethodDef], lookAheadFunc, AT_LEAST_ONE_IDX, prodOccurrence, NextTerminalAfterAtLeastOneWalker);
  }
  atLeastOneSepFirstInternal(prodOccurrence, options) {
    const laKey = this.getKeyForAutomaticLookahead(AT_LEAST_ONE_SEP_IDX, prodOccurrence);
    this.atLeastOneSepFirstInternalLogic(prodOccurrence, options, laKey);
  }
  atLeastOneSepFirstInternalLogic(prodOccurrence, options, key) {
    const action = options.DEF;
    const separator = options.SEP;
    const firstIterationLookaheadFunc = this.getLaFuncFromCache(key);
    if (firstIterationLookaheadFunc.call(this) === true) {
      action.call(this);
      const separatorLookAheadFunc = () => {
        return this.tokenMatcher(this.LA_FAST(1), separator);
      };
      while (this.tokenMatcher(this.LA_FAST(1), separator) === true) {
        this.CONSUME(separator);
        action.call(this);
      }
      this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [
        prodOccurrence,
        separator,
        separatorLookAheadFunc,
        action,
        NextTerminalAfterAtLeastOneSepWalker
      ], separatorLookAheadFunc, AT_LEAST_ONE_SEP_IDX, prodOccurrence, NextTerminalAfterAtLeastOneSepWalker);
    } else {
      throw this.raiseEarlyExitException(prodOccurrence, PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR, options.ERR_MSG);
    }
  }
  manyInternal(prodOccurrence, actionORMethodDef) {
    const laKey = this.getKeyForAutomaticLookahead(MANY_IDX, prodOccurrence);
    return this.manyInternalLogic(prodOccurrence, actionORMethodDef, laKey);
  }
  manyInternalLogic(prodOccurrence, actionORMethodDef, key) {
    let lookaheadFunction = this.getLaFuncFromCache(key);
    let action;
    if (typeof actionORMethodDef !== "function") {
      action = actionORMethodDef.DEF;
      const predicate = actionORMethodDef.GATE;
      if (predicate !== void 0) {
        const orgLookaheadFunction = lookaheadFunction;
        lookaheadFunction = () => {
          return predicate.call(this) && orgLookaheadFunction.call(this);
        };
      }
    } else {
      action = actionORMethodDef;
    }
    let notStuck = true;
    while (lookaheadFunction.call(this) === true && notStuck === true) {
      notStuck = this.doSingleRepetition(action);
    }
    this.attemptInRepetitionRecovery(
      this.manyInternal,
      [prodOccurrence, actionORMethodDef],
      lookaheadFunction,
      MANY_IDX,
      prodOccurrence,
      NextTerminalAfterManyWalker,
      // The notStuck parameter is only relevant when "attemptInRepetitionRecovery"
      // is invoked from manyInternal, in the MANY_SEP case and AT_LEAST_ONE[_SEP]
      // An infinite loop cannot occur as:
      // - Either the lookahead is guaranteed to consume something (Single Token Separator)
      // - AT_LEAST_ONE by definition is guaranteed to consume something (or error out).
      notStuck
    );
  }
  manySepFirstInternal(prodOccurrence, options) {
    const laKey = this.getKeyForAutomaticLookahead(MANY_SEP_IDX, prodOccurrence);
    this.manySepFirstInternalLogic(prodOccurrence, options, laKey);
  }
  manySepFirstInternalLogic(prodOccurrence, options, key) {
    const action = options.DEF;
    const separator = options.SEP;
    const firstIterationLaFunc = this.getLaFuncFromCache(key);
    if (firstIterationLaFunc.call(this) === true) {
      action.call(this);
      const separatorLookAheadFunc = () => {
        return this.tokenMatcher(this.LA_FAST(1), separator);
      };
      while (this.tokenMatcher(this.LA_FAST(1), separator) === true) {
        this.CONSUME(separator);
        action.call(this);
      }
      this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [
        prodOccurrence,
        separator,
        separatorLookAheadFunc,
        action,
        NextTerminalAfterManySepWalker
      ], separatorLookAheadFunc, MANY_SEP_IDX, prodOccurrence, NextTerminalAfterManySepWalker);
    }
  }
  repetitionSepSecondInternal(prodOccurrence, separator, separatorLookAheadFunc, action, nextTerminalAfterWalker) {
    while (separatorLookAheadFunc()) {
      this.CONSUME(separator);
      action.call(this);
    }
    this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [
      prodOccurrence,
      separator,
      separatorLookAheadFunc,
      action,
      nextTerminalAfterWalker
    ], separatorLookAheadFunc, AT_LEAST_ONE_SEP_IDX, prodOccurrence, nextTerminalAfterWalker);
  }
  doSingleRepetition(action) {
    const beforeIteration = this.getLexerPosition();
    action.call(this);
    const afterIteration = this.getLexerPosition();
    return afterIteration > beforeIteration;
  }
  orInternal(altsOrOpts, occurrence) {
    const laKey = this.getKeyForAutomaticLookahead(OR_IDX, occurrence);
    const alts = isArray_default(altsOrOpts) ? altsOrOpts : altsOrOpts.DEF;
    const laFunc = this.getLaFuncFromCache(laKey);
    const altIdxToTake = laFunc.call(this, alts);
    if (altIdxToTake !== void 0) {
      const chosenAlternative = alts[altIdxToTake];
      return chosenAlternative.ALT.call(this);
    }
    this.raiseNoAltException(occurrence, altsOrOpts.ERR_MSG);
  }
  ruleFinallyStateUpdate() {
    this.RULE_STACK_IDX--;
    this.RULE_OCCURRENCE_STACK_IDX--;
    if (this.RULE_STACK_IDX >= 0) {
      this.currRuleShortName = this.RULE_STACK[this.RULE_STACK_IDX];
    }
    this.cstFinallyStateUpdate();
  }
  subruleInternal(ruleToCall, idx, options) {
    let ruleResult;
    try {
      const args = options !== void 0 ? options.ARGS : void 0;
      this.subruleIdx = idx;
      ruleResult = ruleToCall.coreRule.apply(this, args);
      this.cstPostNonTerminal(ruleResult, options !== void 0 && options.LABEL !== void 0 ? options.LABEL : ruleToCall.ruleName);
      return ruleResult;
    } catch (e) {
      throw this.subruleInternalError(e, options, ruleToCall.ruleName);
    }
  }
  subruleInternalError(e, options, ruleName) {
    if (isRecognitionException(e) && e.partialCstResult !== void 0) {
      this.cstPostNonTerminal(e.partialCstResult, options !== void 0 && options.LABEL !== void 0 ? options.LABEL : ruleName);
      delete e.partialCstResult;
    }
    throw e;
  }
  consumeInternal(tokType, idx, options) {
    let consumedToken;
    try {
      const nextToken = this.LA_FAST(1);
      if (this.tokenMatcher(nextToken, tokType) === true) {
        this.consumeToken();
        consumedToken = nextToken;
      } else {
        this.consumeInternalError(tokType, nextToken, options);
      }
    } catch (eFromConsumption) {
      consumedToken = this.consumeInternalRecovery(tokType, idx, eFromConsumption);
    }
    this.cstPostTerminal(options !== void 0 && options.LABEL !== void 0 ? options.LABEL : tokType.name, consumedToken);
    return consumedToken;
  }
  consumeInternalError(tokType, nextToken, options) {
    let msg;
    const previousToken = this.LA(0);
    if (options !== void 0 && options.ERR_MSG) {
      msg = options.ERR_MSG;
    } else {
      msg = this.errorMessageProvider.buildMismatchTokenMessage({
        expected: tokType,
        actual: nextToken,
        previous: previousToken,
        ruleName: this.getCurrRuleFullName()
      });
    }
    throw this.SAVE_ERROR(new MismatchedTokenException(msg, nextToken, previousToken));
  }
  consumeInternalRecovery(tokType, idx, eFromConsumption) {
    if (this.recoveryEnabled && // TODO: more robust checking of the exception type. Perhaps Typescript extending expressions?
    eFromConsumption.name === "MismatchedTokenException" && !this.isBackTracking()) {
      const follows = this.getFollowsForInRuleRecovery(tokType, idx);
      try {
        return this.tryInRuleRecovery(tokType, follows);
      } catch (eFromInRuleRecovery) {
        if (eFromInRuleRecovery.name === IN_RULE_RECOVERY_EXCEPTION) {
          throw eFromConsumption;
        } else {
          throw eFromInRuleRecovery;
        }
      }
    } else {
      throw eFromConsumption;
    }
  }
  saveRecogState() {
    const savedErrors = this.errors;
    const savedRuleStack = this.RULE_STACK.slice(0, this.RULE_STACK_IDX + 1);
    return {
      errors: savedErrors,
      lexerState: this.exportLexerState(),
      RULE_STACK: savedRuleStack,
      CST_STACK: this.CST_STACK
    };
  }
  reloadRecogState(newState) {
    this.errors = newState.errors;
    this.importLexerState(newState.lexerState);
    const saved = newState.RULE_STACK;
    for (let i = 0; i < saved.length; i++) {
      this.RULE_STACK[i] = saved[i];
    }
    this.RULE_STACK_IDX = saved.length - 1;
    if (this.RULE_STACK_IDX >= 0) {
      this.currRuleShortName = this.RULE_STACK[this.RULE_STACK_IDX];
    }
  }
  ruleInvocationStateUpdate(shortName, fullName, idxInCallingRule) {
    this.RULE_OCCURRENCE_STACK[++this.RULE_OCCURRENCE_STACK_IDX] = idxInCallingRule;
    this.RULE_STACK[++this.RULE_STACK_IDX] = shortName;
    this.currRuleShortName = shortName;
    this.cstInvocationStateUpdate(fullName);
  }
  isBackTracking() {
    return this.isBackTrackingStack.length !== 0;
  }
  getCurrRuleFullName() {
    const shortName = this.currRuleShortName;
    return this.shortRuleNameToFull[shortName];
  }
  shortRuleNameToFullName(shortName) {
    return this.shortRuleNameToFull[shortName];
  }
  isAtEndOfInput() {
    return this.tokenMatcher(this.LA(1), EOF);
  }
  reset() {
    this.resetLexerState();
    this.subruleIdx = 0;
    this.currRuleShortName = 0;
    this.isBackTrackingStack = [];
    this.errors = [];
    this.RULE_STACK_IDX = -1;
    this.RULE_OCCURRENCE_STACK_IDX = -1;
    this.CST_STACK = [];
  }
  /**
   * Hook called before the root-level parsing rule is invoked.
   * This is only called when a rule is invoked directly by the consumer
   * (e.g., `parser.json()`), not when invoked as a sub-rule via SUBRULE.
   *
   * Override this method to perform actions before parsing begins.
   * The default implementation is a no-op.
   *
   * @param ruleName - The name of the root rule being invoked.
   */
  onBeforeParse(ruleName) {
    for (let i = 0; i < this.maxLookahead + 1; i++) {
      this.tokVector.push(END_OF_FILE);
    }
  }
  /**
   * Hook called after the root-level parsing rule has completed (or thrown).
   * This is only called when a rule is invoked directly by the consumer
   * (e.g., `parser.json()`), not when invoked as a sub-rule via SUBRULE.
   *
   * This hook is called in a `finally` block, so it executes regardless of
   * whether parsing succeeded or threw an error.
   *
   * Override this method to perform actions after parsing completes.
   * The default implementation is a no-op.
   *
   * @param ruleName - The name of the root rule that was invoked.
   */
  onAfterParse(ruleName) {
    if (this.isAtEndOfInput() === false) {
      const firstRedundantTok = this.LA(1);
      const errMsg = this.errorMessageProvider.buildNotAllInputParsedMessage({
        firstRedundant: firstRedundantTok,
        ruleName: this.getCurrRuleFullName()
      });
      this.SAVE_ERROR(new NotAllInputParsedException(errMsg, firstRedundantTok));
    }
    while (this.tokVector.at(-1) === END_OF_FILE) {
      this.tokVector.pop();
    }
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/error_handler.js
var ErrorHandler = class {
  initErrorHandler(config) {
    this._errors = [];
    this.errorMessageProvider = has_default(config, "errorMessageProvider") ? config.errorMessageProvider : DEFAULT_PARSER_CONFIG.errorMessageProvider;
  }
  SAVE_ERROR(error) {
    if (isRecognitionException(error)) {
      error.context = {
        ruleStack: this.getHumanReadableRuleStack(),
        ruleOccurrenceStack: this.RULE_OCCURRENCE_STACK.slice(0, this.RULE_OCCURRENCE_STACK_IDX + 1)
      };
      this._errors.push(error);
      return error;
    } else {
      throw Error("Trying to save an Error which is not a RecognitionException");
    }
  }
  get errors() {
    return clone_default(this._errors);
  }
  set errors(newErrors) {
    this._errors = newErrors;
  }
  // TODO: consider caching the error message computed information
  raiseEarlyExitException(occurrence, prodType, userDefinedErrMsg) {
    const ruleName = this.getCurrRuleFullName();
    const ruleGrammar = this.getGAstProductions()[ruleName];
    const lookAheadPathsPerAlternative = getLookaheadPathsForOptionalProd(occurrence, ruleGrammar, prodType, this.maxLookahead);
    const insideProdPaths = lookAheadPathsPerAlternative[0];
    const actualTokens = [];
    for (let i = 1; i <= this.maxLookahead; i++) {
      actualTokens.push(this.LA(i));
    }
    const msg = this.errorMessageProvider.buildEarlyExitMessage({
      expectedIterationPaths: insideProdPaths,
      actual: actualTokens,
      previous: this.LA(0),
      customUserDescription: userDefinedErrMsg,
      ruleName
    });
    throw this.SAVE_ERROR(new EarlyExitException(msg, this.LA(1), this.LA(0)));
  }
  // TODO: consider caching the error message computed information
  raiseNoAltException(occurrence, errMsgTypes) {
    const ruleName = this.getCurrRuleFullName();
    const ruleGrammar = this.getGAstProductions()[ruleName];
    const lookAheadPathsPerAlternative = getLookaheadPathsForOr(occurrence, ruleGrammar, this.maxLookahead);
    const actualTokens = [];
    for (let i = 1; i <= this.maxLookahead; i++) {
      actualTokens.push(this.LA(i));
    }
    const previousToken = this.LA(0);
    const errMsg = this.errorMessageProvider.buildNoViableAltMessage({
      expectedPathsPerAlt: lookAheadPathsPerAlternative,
      actual: actualTokens,
      previous: previousToken,
      customUserDescription: errMsgTypes,
      ruleName: this.getCurrRuleFullName()
    });
    throw this.SAVE_ERROR(new NoViableAltException(errMsg, this.LA(1), previousToken));
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/context_assist.js
var ContentAssist = class {
  initContentAssist() {
  }
  computeContentAssist(startRuleName, precedingInput) {
    const startRuleGast = this.gastProductionsCache[startRuleName];
    if (isUndefined_default(startRuleGast)) {
      throw Error(`Rule ->${startRuleName}<- does not exist in this grammar.`);
    }
    return nextPossibleTokensAfter([startRuleGast], precedingInput, this.tokenMatcher, this.maxLookahead);
  }
  // TODO: should this be a member method or a utility? it does not have any state or usage of 'this'...
  // TODO: should this be more explicitly part of the public API?
  getNextPossibleTokenTypes(grammarPath) {
    const topRuleName = head_default(grammarPath.ruleStack);
    const gastProductions = this.getGAstProductions();
    const topProduction = gastProductions[topRuleName];
    const nextPossibleTokenTypes = new NextAfterTokenWalker(topProduction, grammarPath).startWalking();
    return nextPossibleTokenTypes;
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/gast_recorder.js
var RECORDING_NULL_OBJECT = {
  description: "This Object indicates the Parser is during Recording Phase"
};
Object.freeze(RECORDING_NULL_OBJECT);
var HANDLE_SEPARATOR = true;
var MAX_METHOD_IDX = Math.pow(2, BITS_FOR_OCCURRENCE_IDX) - 1;
var RFT = createToken({ name: "RECORDING_PHASE_TOKEN", pattern: Lexer.NA });
augmentTokenTypes([RFT]);
var RECORDING_PHASE_TOKEN = createTokenInstance(
  RFT,
  "This IToken indicates the Parser is in Recording Phase\n	See: https://chevrotain.io/docs/guide/internals.html#grammar-recording for details",
  // Using "-1" instead of NaN (as in EOF) because an actual number is less likely to
  // cause errors if the output of LA or CONSUME would be (incorrectly) used during the recording phase.
  -1,
  -1,
  -1,
  -1,
  -1,
  -1
);
Object.freeze(RECORDING_PHASE_TOKEN);
var RECORDING_PHASE_CSTNODE = {
  name: "This CSTNode indicates the Parser is in Recording Phase\n	See: https://chevrotain.io/docs/guide/internals.html#grammar-recording for details",
  children: {}
};
var GastRecorder = class {
  initGastRecorder(config) {
    this.recordingProdStack = [];
    this.RECORDING_PHASE = false;
  }
  enableRecording() {
    this.RECORDING_PHASE = true;
    this.TRACE_INIT("Enable Recording", () => {
      for (let i = 0; i < 10; i++) {
        const idx = i > 0 ? i : "";
        this[`CONSUME${idx}`] = function(arg1, arg2) {
          return this.consumeInternalRecord(arg1, i, arg2);
        };
        this[`SUBRULE${idx}`] = function(arg1, arg2) {
          return this.subruleInternalRecord(arg1, i, arg2);
        };
        this[`OPTION${idx}`] = function(arg1) {
          return this.optionInternalRecord(arg1, i);
        };
        this[`OR${idx}`] = function(arg1) {
          return this.orInternalRecord(arg1, i);
        };
        this[`MANY${idx}`] = function(arg1) {
          this.manyInternalRecord(i, arg1);
        };
        this[`MANY_SEP${idx}`] = function(arg1) {
          this.manySepFirstInternalRecord(i, arg1);
        };
        this[`AT_LEAST_ONE${idx}`] = function(arg1) {
          this.atLeastOneInternalRecord(i, arg1);
        };
        this[`AT_LEAST_ONE_SEP${idx}`] = function(arg1) {
          this.atLeastOneSepFirstInternalRecord(i, arg1);
        };
      }
      this[`consume`] = function(idx, arg1, arg2) {
        return this.consumeInternalRecord(arg1, idx, arg2);
      };
      this[`subrule`] = function(idx, arg1, arg2) {
        return this.subruleInternalRecord(arg1, idx, arg2);
      };
      this[`option`] = function(idx, arg1) {
        return this.optionInternalRecord(arg1, idx);
      };
      this[`or`] = function(idx, arg1) {
        return this.orInternalRecord(arg1, idx);
      };
      this[`many`] = function(idx, arg1) {
        this.manyInternalRecord(idx, arg1);
      };
      this[`atLeastOne`] = function(idx, arg1) {
        this.atLeastOneInternalRecord(idx, arg1);
      };
      this.ACTION = this.ACTION_RECORD;
      this.BACKTRACK = this.BACKTRACK_RECORD;
      this.LA = this.LA_RECORD;
    });
  }
  disableRecording() {
    this.RECORDING_PHASE = false;
    this.TRACE_INIT("Deleting Recording methods", () => {
      const that = this;
      for (let i = 0; i < 10; i++) {
        const idx = i > 0 ? i : "";
        delete that[`CONSUME${idx}`];
        delete that[`SUBRULE${idx}`];
        delete that[`OPTION${idx}`];
        delete that[`OR${idx}`];
        delete that[`MANY${idx}`];
        delete that[`MANY_SEP${idx}`];
        delete that[`AT_LEAST_ONE${idx}`];
        delete that[`AT_LEAST_ONE_SEP${idx}`];
      }
      delete that[`consume`];
      delete that[`subrule`];
      delete that[`option`];
      delete that[`or`];
      delete that[`many`];
      delete that[`atLeastOne`];
      delete that.ACTION;
      delete that.BACKTRACK;
      delete that.LA;
    });
  }
  //   Parser methods are called inside an ACTION?
  //   Maybe try/catch/finally on ACTIONS while disabling the recorders state changes?
  // @ts-expect-error -- noop place holder
  ACTION_RECORD(impl) {
  }
  // Executing backtracking logic will break our recording logic assumptions
  BACKTRACK_RECORD(grammarRule, args) {
    return () => true;
  }
  // LA is part of the official API and may be used for custom lookahead logic
  // by end users who may forget to wrap it in ACTION or inside a GATE
  LA_RECORD(howMuch) {
    return END_OF_FILE;
  }
  topLevelRuleRecord(name, def) {
    try {
      const newTopLevelRule = new Rule({ definition: [], name });
      newTopLevelRule.name = name;
      this.recordingProdStack.push(newTopLevelRule);
      def.call(this);
      this.recordingProdStack.pop();
      return newTopLevelRule;
    } catch (originalError) {
      if (originalError.KNOWN_RECORDER_ERROR !== true) {
        try {
          originalError.message = originalError.message + '\n	 This error was thrown during the "grammar recording phase" For more info see:\n	https://chevrotain.io/docs/guide/internals.html#grammar-recording';
        } catch (mutabilityError) {
          throw originalError;
        }
      }
      throw originalError;
    }
  }
  // Implementation of parsing DSL
  optionInternalRecord(actionORMethodDef, occurrence) {
    return recordProd.call(this, Option, actionORMethodDef, occurrence);
  }
  atLeastOneInternalRecord(occurrence, actionORMethodDef) {
    recordProd.call(this, RepetitionMandatory, actionORMethodDef, occurrence);
  }
  atLeastOneSepFirstInternalRecord(occurrence, options) {
    recordProd.call(this, RepetitionMandatoryWithSeparator, options, occurrence, HANDLE_SEPARATOR);
  }
  manyInternalRecord(occurrence, actionORMethodDef) {
    recordProd.call(this, Repetition, actionORMethodDef, occurrence);
  }
  manySepFirstInternalRecord(occurrence, options) {
    recordProd.call(this, RepetitionWithSeparator, options, occurrence, HANDLE_SEPARATOR);
  }
  orInternalRecord(altsOrOpts, occurrence) {
    return recordOrProd.call(this, altsOrOpts, occurrence);
  }
  subruleInternalRecord(ruleToCall, occurrence, options) {
    assertMethodIdxIsValid(occurrence);
    if (!ruleToCall || has_default(ruleToCall, "ruleName") === false) {
      const error = new Error(`<SUBRULE${getIdxSuffix(occurrence)}> argument is invalid expecting a Parser method reference but got: <${JSON.stringify(ruleToCall)}>
 inside top level rule: <${this.recordingProdStack[0].name}>`);
      error.KNOWN_RECORDER_ERROR = true;
      throw error;
    }
    const prevProd = last_default(this.recordingProdStack);
    const ruleName = ruleToCall.ruleName;
    const newNoneTerminal = new NonTerminal({
      idx: occurrence,
      nonTerminalName: ruleName,
      label: options === null || options === void 0 ? void 0 : options.LABEL,
      // The resolving of the `referencedRule` property will be done once all the Rule's GASTs have been created
      referencedRule: void 0
    });
    prevProd.definition.push(newNoneTerminal);
    return this.outputCst ? RECORDING_PHASE_CSTNODE : RECORDING_NULL_OBJECT;
  }
  consumeInternalRecord(tokType, occurrence, options) {
    assertMethodIdxIsValid(occurrence);
    if (!hasShortKeyProperty(tokType)) {
      const error = new Error(`<CONSUME${getIdxSuffix(occurrence)}> argument is invalid expecting a TokenType reference but got: <${JSON.stringify(tokType)}>
 inside top level rule: <${this.recordingProdStack[0].name}>`);
      error.KNOWN_RECORDER_ERROR = true;
      throw error;
    }
    const prevProd = last_default(this.recordingProdStack);
    const newNoneTerminal = new Terminal({
      idx: occurrence,
      terminalType: tokType,
      label: options === null || options === void 0 ? void 0 : options.LABEL
    });
    prevProd.definition.push(newNoneTerminal);
    return RECORDING_PHASE_TOKEN;
  }
};
function recordProd(prodConstructor, mainProdArg, occurrence, handleSep = false) {
  assertMethodIdxIsValid(occurrence);
  const prevProd = last_default(this.recordingProdStack);
  const grammarAction = isFunction_default(mainProdArg) ? mainProdArg : mainProdArg.DEF;
  const newProd = new prodConstructor({ definition: [], idx: occurrence });
  if (handleSep) {
    newProd.separator = mainProdArg.SEP;
  }
  if (has_default(mainProdArg, "MAX_LOOKAHEAD")) {
    newProd.maxLookahead = mainProdArg.MAX_LOOKAHEAD;
  }
  this.recordingProdStack.push(newProd);
  grammarAction.call(this);
  prevProd.definition.push(newProd);
  this.recordingProdStack.pop();
  return RECORDING_NULL_OBJECT;
}
function recordOrProd(mainProdArg, occurrence) {
  assertMethodIdxIsValid(occurrence);
  const prevProd = last_default(this.recordingProdStack);
  const hasOptions = isArray_default(mainProdArg) === false;
  const alts = hasOptions === false ? mainProdArg : mainProdArg.DEF;
  const newOrProd = new Alternation({
    definition: [],
    idx: occurrence,
    ignoreAmbiguities: hasOptions && mainProdArg.IGNORE_AMBIGUITIES === true
  });
  if (has_default(mainProdArg, "MAX_LOOKAHEAD")) {
    newOrProd.maxLookahead = mainProdArg.MAX_LOOKAHEAD;
  }
  const hasPredicates = some_default(alts, (currAlt) => isFunction_default(currAlt.GATE));
  newOrProd.hasPredicates = hasPredicates;
  prevProd.definition.push(newOrProd);
  forEach_default(alts, (currAlt) => {
    const currAltFlat = new Alternative({ definition: [] });
    newOrProd.definition.push(currAltFlat);
    if (has_default(currAlt, "IGNORE_AMBIGUITIES")) {
      currAltFlat.ignoreAmbiguities = currAlt.IGNORE_AMBIGUITIES;
    } else if (has_default(currAlt, "GATE")) {
      currAltFlat.ignoreAmbiguities = true;
    }
    this.recordingProdStack.push(currAltFlat);
    currAlt.ALT.call(this);
    this.recordingProdStack.pop();
  });
  return RECORDING_NULL_OBJECT;
}
function getIdxSuffix(idx) {
  return idx === 0 ? "" : `${idx}`;
}
function assertMethodIdxIsValid(idx) {
  if (idx < 0 || idx > MAX_METHOD_IDX) {
    const error = new Error(
      // The stack trace will contain all the needed details
      `Invalid DSL Method idx value: <${idx}>
	Idx value must be a none negative value smaller than ${MAX_METHOD_IDX + 1}`
    );
    error.KNOWN_RECORDER_ERROR = true;
    throw error;
  }
}

// node_modules/chevrotain/lib/src/parse/parser/traits/perf_tracer.js
var PerformanceTracer = class {
  initPerformanceTracer(config) {
    if (has_default(config, "traceInitPerf")) {
      const userTraceInitPerf = config.traceInitPerf;
      const traceIsNumber = typeof userTraceInitPerf === "number";
      this.traceInitMaxIdent = traceIsNumber ? userTraceInitPerf : Infinity;
      this.traceInitPerf = traceIsNumber ? userTraceInitPerf > 0 : userTraceInitPerf;
    } else {
      this.traceInitMaxIdent = 0;
      this.traceInitPerf = DEFAULT_PARSER_CONFIG.traceInitPerf;
    }
    this.traceInitIndent = -1;
  }
  TRACE_INIT(phaseDesc, phaseImpl) {
    if (this.traceInitPerf === true) {
      this.traceInitIndent++;
      const indent = new Array(this.traceInitIndent + 1).join("	");
      if (this.traceInitIndent < this.traceInitMaxIdent) {
        console.log(`${indent}--> <${phaseDesc}>`);
      }
      const { time, value } = timer(phaseImpl);
      const traceMethod = time > 10 ? console.warn : console.log;
      if (this.traceInitIndent < this.traceInitMaxIdent) {
        traceMethod(`${indent}<-- <${phaseDesc}> time: ${time}ms`);
      }
      this.traceInitIndent--;
      return value;
    } else {
      return phaseImpl();
    }
  }
};

// node_modules/chevrotain/lib/src/parse/parser/utils/apply_mixins.js
function applyMixins(derivedCtor, baseCtors) {
  baseCtors.forEach((baseCtor) => {
    const baseProto = baseCtor.prototype;
    Object.getOwnPropertyNames(baseProto).forEach((propName) => {
      if (propName === "constructor") {
        return;
      }
      const basePropDescriptor = Object.getOwnPropertyDescriptor(baseProto, propName);
      if (basePropDescriptor && (basePropDescriptor.get || basePropDescriptor.set)) {
        Object.defineProperty(derivedCtor.prototype, propName, basePropDescriptor);
      } else {
        derivedCtor.prototype[propName] = baseCtor.prototype[propName];
      }
    });
  });
}

// node_modules/chevrotain/lib/src/parse/parser/parser.js
var END_OF_FILE = createTokenInstance(EOF, "", NaN, NaN, NaN, NaN, NaN, NaN);
Object.freeze(END_OF_FILE);
var DEFAULT_PARSER_CONFIG = Object.freeze({
  recoveryEnabled: false,
  maxLookahead: 3,
  dynamicTokensEnabled: false,
  outputCst: true,
  errorMessageProvider: defaultParserErrorProvider,
  nodeLocationTracking: "none",
  traceInitPerf: false,
  skipValidations: false
});
var DEFAULT_RULE_CONFIG = Object.freeze({
  recoveryValueFunc: () => void 0,
  resyncEnabled: true
});
var ParserDefinitionErrorType;
(function(ParserDefinitionErrorType2) {
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["INVALID_RULE_NAME"] = 0] = "INVALID_RULE_NAME";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["DUPLICATE_RULE_NAME"] = 1] = "DUPLICATE_RULE_NAME";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["INVALID_RULE_OVERRIDE"] = 2] = "INVALID_RULE_OVERRIDE";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["DUPLICATE_PRODUCTIONS"] = 3] = "DUPLICATE_PRODUCTIONS";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["UNRESOLVED_SUBRULE_REF"] = 4] = "UNRESOLVED_SUBRULE_REF";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["LEFT_RECURSION"] = 5] = "LEFT_RECURSION";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["NONE_LAST_EMPTY_ALT"] = 6] = "NONE_LAST_EMPTY_ALT";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["AMBIGUOUS_ALTS"] = 7] = "AMBIGUOUS_ALTS";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["CONFLICT_TOKENS_RULES_NAMESPACE"] = 8] = "CONFLICT_TOKENS_RULES_NAMESPACE";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["INVALID_TOKEN_NAME"] = 9] = "INVALID_TOKEN_NAME";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["NO_NON_EMPTY_LOOKAHEAD"] = 10] = "NO_NON_EMPTY_LOOKAHEAD";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["AMBIGUOUS_PREFIX_ALTS"] = 11] = "AMBIGUOUS_PREFIX_ALTS";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["TOO_MANY_ALTS"] = 12] = "TOO_MANY_ALTS";
  ParserDefinitionErrorType2[ParserDefinitionErrorType2["CUSTOM_LOOKAHEAD_VALIDATION"] = 13] = "CUSTOM_LOOKAHEAD_VALIDATION";
})(ParserDefinitionErrorType || (ParserDefinitionErrorType = {}));
var Parser = class _Parser {
  /**
   *  @deprecated use the **instance** method with the same name instead
   */
  static performSelfAnalysis(parserInstance) {
    throw Error("The **static** `performSelfAnalysis` method has been deprecated.	\nUse the **instance** method with the same name instead.");
  }
  performSelfAnalysis() {
    this.TRACE_INIT("performSelfAnalysis", () => {
      let defErrorsMsgs;
      this.selfAnalysisDone = true;
      const className = this.className;
      this.TRACE_INIT("toFastProps", () => {
        toFastProperties(this);
      });
      this.TRACE_INIT("Grammar Recording", () => {
        try {
          this.enableRecording();
          forEach_default(this.definedRulesNames, (currRuleName) => {
            const wrappedRule = this[currRuleName];
            const originalGrammarAction = wrappedRule["originalGrammarAction"];
            let recordedRuleGast;
            this.TRACE_INIT(`${currRuleName} Rule`, () => {
              recordedRuleGast = this.topLevelRuleRecord(currRuleName, originalGrammarAction);
            });
            this.gastProductionsCache[currRuleName] = recordedRuleGast;
          });
        } finally {
          this.disableRecording();
        }
      });
      let resolverErrors = [];
      this.TRACE_INIT("Grammar Resolving", () => {
        resolverErrors = resolveGrammar2({
          rules: values_default(this.gastProductionsCache)
        });
        this.definitionErrors = this.definitionErrors.concat(resolverErrors);
      });
      this.TRACE_INIT("Grammar Validations", () => {
        if (isEmpty_default(resolverErrors) && this.skipValidations === false) {
          const validationErrors = validateGrammar2({
            rules: values_default(this.gastProductionsCache),
            tokenTypes: values_default(this.tokensMap),
            errMsgProvider: defaultGrammarValidatorErrorProvider,
            grammarName: className
          });
          const lookaheadValidationErrors = validateLookahead({
            lookaheadStrategy: this.lookaheadStrategy,
            rules: values_default(this.gastProductionsCache),
            tokenTypes: values_default(this.tokensMap),
            grammarName: className
          });
          this.definitionErrors = this.definitionErrors.concat(validationErrors, lookaheadValidationErrors);
        }
      });
      if (isEmpty_default(this.definitionErrors)) {
        if (this.recoveryEnabled) {
          this.TRACE_INIT("computeAllProdsFollows", () => {
            const allFollows = computeAllProdsFollows(values_default(this.gastProductionsCache));
            this.resyncFollows = allFollows;
          });
        }
        this.TRACE_INIT("ComputeLookaheadFunctions", () => {
          var _a, _b;
          (_b = (_a = this.lookaheadStrategy).initialize) === null || _b === void 0 ? void 0 : _b.call(_a, {
            rules: values_default(this.gastProductionsCache)
          });
          this.preComputeLookaheadFunctions(values_default(this.gastProductionsCache));
        });
      }
      if (!_Parser.DEFER_DEFINITION_ERRORS_HANDLING && !isEmpty_default(this.definitionErrors)) {
        defErrorsMsgs = map_default(this.definitionErrors, (defError) => defError.message);
        throw new Error(`Parser Definition Errors detected:
 ${defErrorsMsgs.join("\n-------------------------------\n")}`);
      }
    });
  }
  constructor(tokenVocabulary, config) {
    this.definitionErrors = [];
    this.selfAnalysisDone = false;
    const that = this;
    that.initErrorHandler(config);
    that.initLexerAdapter();
    that.initLooksAhead(config);
    that.initRecognizerEngine(tokenVocabulary, config);
    that.initRecoverable(config);
    that.initTreeBuilder(config);
    that.initContentAssist();
    that.initGastRecorder(config);
    that.initPerformanceTracer(config);
    if (has_default(config, "ignoredIssues")) {
      throw new Error("The <ignoredIssues> IParserConfig property has been deprecated.\n	Please use the <IGNORE_AMBIGUITIES> flag on the relevant DSL method instead.\n	See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#IGNORING_AMBIGUITIES\n	For further details.");
    }
    this.skipValidations = has_default(config, "skipValidations") ? config.skipValidations : DEFAULT_PARSER_CONFIG.skipValidations;
  }
};
Parser.DEFER_DEFINITION_ERRORS_HANDLING = false;
applyMixins(Parser, [
  Recoverable,
  LooksAhead,
  TreeBuilder,
  LexerAdapter,
  RecognizerEngine,
  RecognizerApi,
  ErrorHandler,
  ContentAssist,
  GastRecorder,
  PerformanceTracer
]);
var EmbeddedActionsParser = class extends Parser {
  constructor(tokenVocabulary, config = DEFAULT_PARSER_CONFIG) {
    const configClone = clone_default(config);
    configClone.outputCst = false;
    super(tokenVocabulary, configClone);
  }
};

// grammar/src/conf/scan-arg.ts
function scanArg(text2, start, line) {
  const length = text2.length;
  let i = start;
  while (i < length) {
    const code = text2.charCodeAt(i);
    if (code === SPACE || code === TAB || code === CR || code === LF) break;
    if (code === DQUOTE || code === SQUOTE) {
      const prefix = text2.slice(start, i);
      return code === DQUOTE ? scanDouble(text2, i, prefix, line) : scanSingle(text2, i, prefix, line);
    }
    i++;
  }
  return { kind: "word", end: i, value: text2.slice(start, i), quoteAt: -1 };
}
function scanDouble(text2, quoteAt, prefix, line) {
  const length = text2.length;
  let value = prefix;
  let run = quoteAt + 1;
  for (let i = run; i < length; ) {
    const code = text2.charCodeAt(i);
    if (code === LF && line) return unbalanced(i, quoteAt);
    if (code === DQUOTE) return closed(text2, i, value + text2.slice(run, i), quoteAt);
    if (code === BACKSLASH && i + 1 < length && !(line && text2.charCodeAt(i + 1) === LF)) {
      value += text2.slice(run, i);
      const next = text2.charCodeAt(i + 1);
      const high = next === 120 ? hexValue(text2.charCodeAt(i + 2)) : -1;
      const low = high === -1 ? -1 : hexValue(text2.charCodeAt(i + 3));
      if (low !== -1) {
        value += String.fromCharCode(high * 16 + low);
        i += 4;
      } else {
        value += escaped(next);
        i += 2;
      }
      run = i;
      continue;
    }
    i++;
  }
  return unbalanced(length, quoteAt);
}
function scanSingle(text2, quoteAt, prefix, line) {
  const length = text2.length;
  let value = prefix;
  let run = quoteAt + 1;
  for (let i = run; i < length; ) {
    const code = text2.charCodeAt(i);
    if (code === LF && line) return unbalanced(i, quoteAt);
    if (code === BACKSLASH && text2.charCodeAt(i + 1) === SQUOTE) {
      value += text2.slice(run, i) + "'";
      i += 2;
      run = i;
      continue;
    }
    if (code === SQUOTE) return closed(text2, i, value + text2.slice(run, i), quoteAt);
    i++;
  }
  return unbalanced(length, quoteAt);
}
function closed(text2, closingQuote, value, quoteAt) {
  const end = closingQuote + 1;
  const kind = end >= text2.length || isCSpace(text2.charCodeAt(end)) ? "quoted" : "text-after-quote";
  return { kind, end, value, quoteAt };
}
function unbalanced(end, quoteAt) {
  return { kind: "unbalanced", end, value: "", quoteAt };
}
function escaped(code) {
  switch (code) {
    case 110:
      return "\n";
    case 114:
      return "\r";
    case 116:
      return "	";
    case 98:
      return "\b";
    case 97:
      return "\x07";
    default:
      return String.fromCharCode(code);
  }
}

// grammar/src/conf/tokens.ts
var tokens;
function confTokens() {
  return tokens ??= createConfTokens();
}
var lexers = [{}, {}];
function confLexer(kind, validate = false) {
  const cache4 = lexers[validate ? 1 : 0];
  const existing = cache4[kind];
  if (existing) return existing;
  const definition = kind === "file" ? confTokens().fileTokens : confTokens().stringTokens;
  const lexer = new Lexer([...definition], {
    positionTracking: "onlyOffset",
    skipValidations: !validate,
    ensureOptimizations: validate
  });
  cache4[kind] = lexer;
  return lexer;
}
function createConfTokens() {
  const arg = createToken({ name: "Arg", pattern: Lexer.NA });
  const kinds = [];
  const lineArgs = argTokens("", true, arg, kinds);
  const freeArgs = argTokens("Free", false, arg, kinds);
  const newline = createToken({ name: "Newline", pattern: "\n", line_breaks: true });
  const comment = createToken({
    name: "Comment",
    pattern: { exec: matchComment },
    start_chars_hint: [" ", "	", "\r", "#"],
    line_breaks: false
  });
  const spacing = createToken({ name: "Spacing", pattern: /[ \t\r\v\f]+/, group: Lexer.SKIPPED });
  const freeSpacing = createToken({
    name: "FreeSpacing",
    pattern: /[ \t\r\n\v\f]+/,
    group: Lexer.SKIPPED,
    line_breaks: true
  });
  return {
    newline,
    comment,
    arg,
    kinds,
    vocabulary: [newline, comment, arg, ...lineArgs, ...freeArgs],
    // Order matters: a comment is tried before the spacing that may precede its `#`.
    fileTokens: [newline, comment, spacing, ...lineArgs],
    stringTokens: [freeSpacing, ...freeArgs]
  };
}
var matchComment = (text2, offset) => {
  if (offset > 0 && text2.charCodeAt(offset - 1) !== LF) return null;
  let i = offset;
  while (i < text2.length && isTrimmed(text2.charCodeAt(i))) i++;
  if (text2.charCodeAt(i) !== HASH) return null;
  const newline = text2.indexOf("\n", i);
  return [text2.slice(offset, newline === -1 ? text2.length : newline)];
};
function argTokens(prefix, line, category, kinds) {
  let lastText;
  let lastOffset = -1;
  let last2;
  const matcher = (kind) => {
    const match = [""];
    return (text2, offset) => {
      if (text2 !== lastText || offset !== lastOffset) {
        last2 = scanArg(text2, offset, line);
        lastText = text2;
        lastOffset = offset;
      }
      const scan = last2;
      if (scan.kind !== kind) return null;
      match[0] = kind === "word" ? scan.value : text2.slice(offset, scan.end);
      match.payload = kind === "word" ? void 0 : scan;
      return match;
    };
  };
  const start_chars_hint = startCharsExcept(" 	\r\n\v\f");
  const names = {
    word: "Word",
    quoted: "Quoted",
    "text-after-quote": "TextAfterQuote",
    unbalanced: "Unbalanced"
  };
  return Object.keys(names).map((kind) => {
    const token = createToken({
      name: prefix + names[kind],
      pattern: { exec: matcher(kind) },
      start_chars_hint,
      line_breaks: !line,
      categories: [category]
    });
    kinds[token.tokenTypeIdx] = kind;
    return token;
  });
}

// grammar/src/conf/parser.ts
var ConfParser = class extends EmbeddedActionsParser {
  t;
  sink;
  lineTokens = [];
  constructor(validate = false) {
    super([...confTokens().vocabulary], { skipValidations: !validate, recoveryEnabled: false, maxLookahead: 1 });
    this.t = confTokens();
    this.performSelfAnalysis();
  }
  /** Parses file tokens, reporting each line to `sink`. */
  parseDocument(tokens3, sink) {
    this.input = tokens3;
    this.sink = sink;
    try {
      this.document();
    } finally {
      this.sink = void 0;
      this.lineTokens = [];
      this.input = [];
    }
  }
  /** Parses the tokens of one string into its argument tokens. */
  parseArgList(tokens3) {
    this.input = tokens3;
    try {
      return this.argList();
    } finally {
      this.input = [];
    }
  }
  collectArg = () => {
    const token = this.CONSUME(this.t.arg);
    if (!this.RECORDING_PHASE) this.lineTokens.push(token);
  };
  lineAlternatives = [
    {
      ALT: () => {
        const token = this.CONSUME(this.t.newline);
        if (!this.RECORDING_PHASE) this.sink.newline(token);
      }
    },
    {
      ALT: () => {
        const token = this.CONSUME(this.t.comment);
        if (!this.RECORDING_PHASE) this.sink.comment(token);
      }
    },
    {
      ALT: () => {
        this.lineTokens = [];
        this.AT_LEAST_ONE(this.collectArg);
        if (!this.RECORDING_PHASE) this.sink.args(this.lineTokens);
      }
    }
  ];
  document = this.RULE("document", () => {
    this.MANY(() => this.OR(this.lineAlternatives));
  });
  argList = this.RULE("argList", () => {
    const args = [];
    this.MANY(() => {
      args.push(this.CONSUME(this.t.arg));
    });
    return args;
  });
};
var shared;
function confParser() {
  return shared ??= new ConfParser();
}

// grammar/src/conf/build.ts
var VT = 11;
var FF = 12;
var ConfBuilder = class {
  constructor(view) {
    this.view = view;
    this.full = view.text;
  }
  view;
  lines = [];
  full;
  // What `plain` found: arguments (bounds, quotes included, and whether quoted), or a comment.
  starts = [];
  ends = [];
  quoted = [];
  words = 0;
  hash = -1;
  hashEnd = -1;
  // The run Chevrotain is reading: its text, where it starts, newlines seen, current line start.
  run = "";
  base = 0;
  newlines = 0;
  lineStart = 0;
  plain(start, end) {
    const text2 = this.full;
    let i = start;
    while (i < end && isTrimmed(text2.charCodeAt(i))) i++;
    this.words = 0;
    this.hash = -1;
    if (i === end) return true;
    if (text2.charCodeAt(i) === HASH) {
      this.hash = i;
      this.hashEnd = trimEnd(text2, end, i + 1);
      return true;
    }
    for (; ; ) {
      const wordStart = i;
      const first2 = text2.charCodeAt(i);
      const quoted = first2 === DQUOTE || first2 === SQUOTE;
      if (quoted) {
        for (i++; i < end; i++) {
          const code = text2.charCodeAt(i);
          if (code === first2) break;
          if (code === BACKSLASH) return false;
        }
        if (i === end) return false;
        i++;
        if (i < end && !isTrimmed(text2.charCodeAt(i))) return false;
      } else {
        for (; i < end; i++) {
          const code = text2.charCodeAt(i);
          if (code === SPACE || code === TAB || code === CR) break;
          if (code === DQUOTE || code === SQUOTE || code === VT || code === FF) return false;
        }
      }
      this.starts[this.words] = wordStart;
      this.ends[this.words] = i;
      this.quoted[this.words] = quoted;
      this.words++;
      while (i < end && isTrimmed(text2.charCodeAt(i))) i++;
      if (i === end) return true;
    }
  }
  emit(line) {
    const { view } = this;
    if (this.hash !== -1) {
      this.addComment(this.hash, this.hashEnd, this.full, 0, line);
      return;
    }
    const count = this.words;
    if (count === 0) return;
    const name = this.plainArg(0);
    const args = new Array(count - 1);
    for (let w = 1; w < count; w++) args[w - 1] = this.plainArg(w);
    const start = this.starts[0];
    this.addDirective(name, args, view.span(start, this.ends[count - 1]), view.line(start, line));
  }
  plainArg(word) {
    const start = this.starts[word];
    const end = this.ends[word];
    const span = this.view.span(start, end);
    if (this.quoted[word]) return { value: this.full.slice(start + 1, end - 1), span, quoted: true };
    return { value: this.full.slice(start, end), span, quoted: false };
  }
  complex(start, end, line) {
    this.run = this.full.slice(start, end);
    this.base = start;
    this.newlines = line;
    this.lineStart = 0;
    confParser().parseDocument(confLexer("file").tokenize(this.run).tokens, this);
  }
  newline(token) {
    this.newlines++;
    this.lineStart = token.startOffset + 1;
  }
  comment(token) {
    const hash = this.contentStart();
    const end = trimEnd(this.run, token.startOffset + token.image.length, hash + 1);
    this.addComment(hash, end, this.run, this.base, this.newlines);
  }
  args(tokens3) {
    const { run, base, view } = this;
    const kinds = confTokens().kinds;
    const args = [];
    let problem;
    for (const token of tokens3) {
      const kind = kinds[token.tokenTypeIdx];
      const start2 = base + token.startOffset;
      if (kind === "word") {
        args.push({ value: token.image, span: view.span(start2, start2 + token.image.length), quoted: false });
        continue;
      }
      const scan = token.payload;
      if (kind === "quoted") {
        args.push({ value: scan.value, span: view.span(start2, base + scan.end), quoted: true });
      } else if (kind === "text-after-quote") {
        const junk = base + scan.end;
        problem = { code: "text-after-quote", span: view.span(junk, junk + charLength(run, scan.end)) };
        break;
      } else {
        const end2 = this.contentEnd(scan.end, scan.quoteAt + 1);
        problem = { code: "unbalanced-quotes", span: view.span(base + scan.quoteAt, base + end2) };
        break;
      }
    }
    const start = this.contentStart();
    const last2 = tokens3[tokens3.length - 1];
    const end = this.contentEnd(last2.startOffset + last2.image.length, last2.startOffset + 1);
    const span = view.span(base + start, base + end);
    const line = view.line(base + start, this.newlines);
    if (problem) this.lines.push({ kind: "invalid", line, problem, args, span });
    else this.addDirective(args[0], args.slice(1), span, line);
  }
  addDirective(name, args, span, line) {
    this.lines.push({ kind: "directive", line, name, key: asciiLowerCase(name.value), args, span });
  }
  /** A comment from `#` at `hash` to `end`, offsets in `text`, which starts at view offset `base`. */
  addComment(hash, end, text2, base, line) {
    const span = this.view.span(base + hash, base + end);
    this.lines.push({ kind: "comment", line: this.view.line(base + hash, line), text: text2.slice(hash + 1, end), span });
  }
  /** First character of the current line after Redis's trim. */
  contentStart() {
    let i = this.lineStart;
    while (isTrimmed(this.run.charCodeAt(i))) i++;
    return i;
  }
  /** End of the current line after Redis's trim, given the end of its last token. */
  contentEnd(tokenEnd, min) {
    let end = tokenEnd;
    while (end < this.run.length && this.run.charCodeAt(end) !== LF) end++;
    return trimEnd(this.run, end, min);
  }
};
function trimEnd(text2, end, min) {
  while (end > min && isTrimmed(text2.charCodeAt(end - 1))) end--;
  return end;
}

// grammar/src/conf/parse-conf.ts
function parseConf(text2) {
  return parseConfWith(text2, true);
}
function parseConfWith(text2, fastPath) {
  const view = redisView(text2, CONF_CHUNK_BYTES);
  const builder = new ConfBuilder(view);
  walkLines(view.text, builder, fastPath);
  return { kind: "conf", text: text2, lines: builder.lines, problems: viewProblems(view) };
}
function splitArgs(text2) {
  const nul = text2.indexOf("\0");
  const string = nul === -1 ? text2 : text2.slice(0, nul);
  const { tokens: tokens3 } = confLexer("string").tokenize(string);
  const kinds = confTokens().kinds;
  const args = [];
  for (const token of confParser().parseArgList(tokens3)) {
    const kind = kinds[token.tokenTypeIdx];
    const start = token.startOffset;
    if (kind === "word") {
      args.push({ value: token.image, span: { start, end: start + token.image.length }, quoted: false });
      continue;
    }
    const scan = token.payload;
    if (kind === "text-after-quote") {
      return { error: { code: "text-after-quote", span: { start: scan.end, end: scan.end + charLength(string, scan.end) } } };
    }
    if (kind === "unbalanced") {
      return { error: { code: "unbalanced-quotes", span: { start: scan.quoteAt, end: string.length } } };
    }
    args.push({ value: scan.value, span: { start, end: scan.end }, quoted: true });
  }
  return { args };
}

// grammar/src/acl/tokens.ts
var tokens2;
function aclTokens() {
  return tokens2 ??= createAclTokens();
}
var lexers2 = [void 0, void 0];
function aclLexer(validate = false) {
  const index = validate ? 1 : 0;
  return lexers2[index] ??= new Lexer([...aclTokens().all], {
    positionTracking: "onlyOffset",
    skipValidations: !validate,
    ensureOptimizations: validate
  });
}
function createAclTokens() {
  const blanks = blankRuns();
  const newline = createToken({ name: "AclNewline", pattern: "\n", line_breaks: true });
  const trim = createToken({
    name: "AclTrim",
    pattern: { exec: blanks.matchTrim },
    start_chars_hint: [" ", "	", "\r"],
    line_breaks: false,
    group: Lexer.SKIPPED
  });
  const space = [" "];
  const sep = createToken({
    name: "AclSep",
    pattern: { exec: (text2, offset) => text2.charCodeAt(offset) === SPACE ? space : null },
    start_chars_hint: [" "],
    line_breaks: false
  });
  const word = createToken({
    name: "AclWord",
    pattern: { exec: blanks.matchWord },
    start_chars_hint: startCharsExcept(" \n"),
    line_breaks: false
  });
  return { newline, sep, word, all: [newline, trim, sep, word] };
}
function blankRuns() {
  let runText;
  let runStart = -1;
  let runEnd = -1;
  const runEndAt = (text2, offset) => {
    if (text2 !== runText || offset < runStart || offset >= runEnd) {
      let end = offset;
      while (end < text2.length && isTrimmed(text2.charCodeAt(end))) end++;
      runText = text2;
      runStart = offset;
      runEnd = end;
    }
    return runEnd;
  };
  const endsLine = (text2, offset) => offset >= text2.length || text2.charCodeAt(offset) === LF;
  const matchTrim = (text2, offset) => {
    const end = runEndAt(text2, offset);
    const atLineStart = offset === 0 || text2.charCodeAt(offset - 1) === LF;
    return atLineStart || endsLine(text2, end) ? [text2.slice(offset, end)] : null;
  };
  const matchWord = (text2, offset) => {
    let end = offset;
    while (end < text2.length) {
      const code = text2.charCodeAt(end);
      if (code === SPACE || code === LF) break;
      end++;
    }
    const last2 = endsLine(text2, end) || endsLine(text2, runEndAt(text2, end));
    if (last2) while (end > offset + 1 && isTrimmed(text2.charCodeAt(end - 1))) end--;
    return [text2.slice(offset, end)];
  };
  return { matchTrim, matchWord };
}

// grammar/src/acl/parser.ts
var AclParser = class extends EmbeddedActionsParser {
  t;
  sink;
  constructor(validate = false) {
    super([...aclTokens().all], { skipValidations: !validate, recoveryEnabled: false, maxLookahead: 1 });
    this.t = aclTokens();
    this.performSelfAnalysis();
  }
  parseDocument(tokens3, sink) {
    this.input = tokens3;
    this.sink = sink;
    try {
      this.document();
    } finally {
      this.sink = void 0;
      this.input = [];
    }
  }
  alternatives = [
    {
      ALT: () => {
        const token = this.CONSUME(this.t.newline);
        if (!this.RECORDING_PHASE) this.sink.newline(token);
      }
    },
    { ALT: () => this.SUBRULE(this.line) }
  ];
  document = this.RULE("document", () => {
    this.MANY(() => this.OR(this.alternatives));
  });
  line = this.RULE("line", () => {
    const first2 = this.CONSUME(this.t.word);
    const rest = [];
    this.MANY(() => {
      const sep = this.CONSUME(this.t.sep);
      const word = this.OPTION(() => this.CONSUME1(this.t.word));
      rest.push({ sep, word });
    });
    if (!this.RECORDING_PHASE) this.sink.line(first2, rest);
  });
};
var shared2;
function aclParser() {
  return shared2 ??= new AclParser();
}

// grammar/src/acl/build.ts
var AclBuilder = class {
  constructor(view) {
    this.view = view;
    this.full = view.text;
  }
  view;
  lines = [];
  full;
  // What `plain` found: word boundaries (an empty word has start === end).
  starts = [];
  ends = [];
  count = 0;
  // The run Chevrotain is reading: where it starts, and newlines seen.
  base = 0;
  newlines = 0;
  plain(start, end) {
    const text2 = this.full;
    while (start < end && isTrimmed(text2.charCodeAt(start))) start++;
    while (end > start && isTrimmed(text2.charCodeAt(end - 1))) end--;
    this.count = 0;
    let wordStart = start;
    for (let i = start; i < end; i++) {
      const code = text2.charCodeAt(i);
      if (code === TAB || code === CR) return false;
      if (code === SPACE) {
        this.push(wordStart, i);
        wordStart = i + 1;
      }
    }
    if (end > start) this.push(wordStart, end);
    return true;
  }
  emit(line) {
    const count = this.count;
    if (count === 0) return;
    const words = new Array(count);
    for (let w = 0; w < count; w++) {
      const start2 = this.starts[w];
      const end = this.ends[w];
      words[w] = this.word(this.full.slice(start2, end), start2, end);
    }
    const start = this.starts[0];
    this.add(words, start, this.ends[count - 1], this.view.line(start, line));
  }
  complex(start, end, line) {
    this.base = start;
    this.newlines = line;
    const run = this.full.slice(start, end);
    aclParser().parseDocument(aclLexer().tokenize(run).tokens, this);
  }
  newline() {
    this.newlines++;
  }
  line(first2, rest) {
    const words = [this.token(first2)];
    let end = first2.startOffset + first2.image.length;
    for (const { sep, word } of rest) {
      end = word ? word.startOffset + word.image.length : sep.startOffset + 1;
      words.push(word ? this.token(word) : this.word("", this.base + end, this.base + end));
    }
    const start = this.base + first2.startOffset;
    this.add(words, start, this.base + end, this.view.line(start, this.newlines));
  }
  push(start, end) {
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }
  add(words, start, end, line) {
    const span = this.view.span(start, end);
    const [keyword2, username] = words;
    this.lines.push(
      words.length > 1 ? { kind: "acl-line", line, keyword: keyword2, username, rules: words.slice(2), span } : { kind: "acl-line", line, keyword: keyword2, rules: [], span }
    );
  }
  token(token) {
    const start = this.base + token.startOffset;
    return this.word(token.image, start, start + token.image.length);
  }
  /** A word at view offsets `start`–`end`. */
  word(value, start, end) {
    return { value, span: this.view.span(start, end) };
  }
};

// grammar/src/acl/parse-acl.ts
function parseAcl(text2) {
  return parseAclWith(text2, true);
}
function parseAclWith(text2, fastPath) {
  const view = redisView(text2, ACL_CHUNK_BYTES);
  const builder = new AclBuilder(view);
  walkLines(view.text, builder, fastPath);
  return { kind: "acl", text: text2, lines: builder.lines, problems: viewProblems(view) };
}

// server/src/model/config/effective.ts
var EffectiveConfig = class {
  constructor(mainFile, kind) {
    this.mainFile = mainFile;
    this.kind = kind;
  }
  mainFile;
  kind;
  files = /* @__PURE__ */ new Map();
  records = [];
  users = [];
  renames = [];
  modules = [];
  moduleConfigs = [];
  includes = [];
  sentinel = [];
  /** The save points in effect, or undefined when no `save` line was read (defaults apply). */
  /** Where Redis's working directory ends up after `dir` lines (for relative paths). */
  workingDirectory = "/";
  /** The ACL file named by `aclfile`, when it could be read. */
  aclFile;
  /** Users as Redis creates them at startup from `user` lines or the ACL file (`default` included). */
  aclUsers;
  savePoints;
  byName = /* @__PURE__ */ new Map();
  add(record) {
    this.records.push(record);
    const list = this.byName.get(record.name);
    if (list) list.push(record);
    else this.byName.set(record.name, [record]);
  }
  /** Every accepted line that set `name` (canonical), in load order. */
  all(name) {
    return this.byName.get(name) ?? [];
  }
  /** The line whose value is in effect for `name`, if the file sets it. */
  effective(name) {
    const list = this.byName.get(name);
    return list?.[list.length - 1];
  }
  /** The value in effect (joined with spaces for several values), or the default when unset. */
  value(name, defaultValue) {
    const record = this.effective(name);
    if (record) return record.values.join(" ");
    return defaultValue;
  }
  names() {
    return this.byName.keys();
  }
  source(path) {
    return this.files.get(path);
  }
};

// server/src/model/files/access.ts
var NO_FILES = {
  read: () => ({ error: "No such file or directory" }),
  stat: () => void 0,
  glob: () => []
};

// server/src/model/verdict.ts
function computeVerdict(problems, redisLineOf) {
  const first2 = problems.find((p2) => p2.fatal && p2.phase === "load") ?? problems.find((p2) => p2.fatal && p2.phase === "startup");
  if (!first2) return { accepted: true, reason: "" };
  const line = first2.lineless ? void 0 : redisLineOf(first2.file, first2.span.start);
  return {
    accepted: false,
    file: first2.file,
    ...line === void 0 ? {} : { line },
    reason: first2.redisMessage ?? first2.message,
    phase: first2.phase
  };
}

// server/src/model/secrets.ts
var SENSITIVE_FALLBACK = /* @__PURE__ */ new Set(["requirepass", "masterauth", "primaryauth", "tls-key-file-pass", "tls-client-key-file-pass"]);
function isPasswordRule(word) {
  const rule = word.replace(/^\(+/, "");
  return rule.startsWith(">") || rule.startsWith("<") || rule.startsWith("#") || rule.startsWith("!");
}
function secretSpans(doc, isSensitive = (n) => SENSITIVE_FALLBACK.has(n)) {
  const spans = [];
  if (doc.kind === "acl") {
    for (const line of doc.lines) for (const word of line.rules) if (isPasswordRule(word.value)) spans.push(word.span);
    return spans;
  }
  for (const line of doc.lines) {
    if (line.kind !== "directive") {
      if (line.kind === "invalid" && line.args.length > 0 && /pass|auth|user/i.test(line.args[0].value)) {
        spans.push({ start: line.args[0].span.end, end: line.span.end });
      }
      continue;
    }
    const key = line.key;
    if (isSensitive(key) || SENSITIVE_FALLBACK.has(key)) {
      for (const arg of line.args) spans.push(arg.span);
    } else if (key === "user") {
      for (const arg of line.args.slice(1)) if (isPasswordRule(arg.value)) spans.push(arg.span);
    } else if (key === "sentinel" && line.args.length >= 2) {
      const sub = line.args[0].value.toLowerCase();
      if (sub === "auth-pass" && line.args[2]) spans.push(line.args[2].span);
      if (sub === "sentinel-pass" && line.args[1]) spans.push(line.args[1].span);
    }
  }
  return spans;
}

// server/src/knowledge/acl.ts
function getAclKnowledge(target) {
  return loadKnowledge(`acl-${target}`);
}

// server/src/model/acl/commands.ts
var CommandTable = class {
  constructor(knowledge) {
    this.knowledge = knowledge;
    this.categories = knowledge.categories;
    for (const data of knowledge.commands) this.top.push(this.add(data, void 0));
    this.categoryTargets = this.categories.map(() => []);
    this.categoryMembers = this.categories.map(() => []);
    this.categories.forEach((_, bit) => {
      const targets = /* @__PURE__ */ new Set();
      for (const cmd of this.all) {
        if (!(cmd.categoryMask & 1 << bit)) continue;
        this.categoryMembers[bit].push(cmd.id);
        targets.add(cmd.id);
        for (const sub of cmd.subcommands) targets.add(sub.id);
      }
      this.categoryTargets[bit] = [...targets].sort((a, b) => a - b);
    });
  }
  knowledge;
  /** Every command and subcommand, indexed by id. */
  all = [];
  /** Top-level commands in data order (sorted by name). */
  top = [];
  categories;
  byName = /* @__PURE__ */ new Map();
  /** Per category: the ids `+@cat`/`-@cat` set (a container in the category brings all its subcommands). */
  categoryTargets;
  /** Per category: the commands that are themselves in it (what ACL LIST counts). */
  categoryMembers;
  add(data, parent) {
    const subcommands = [];
    const entry = {
      id: this.all.length,
      name: data.name,
      data,
      ...parent ? { parent } : {},
      subcommands,
      categoryMask: data.categories.reduce((mask, c2) => mask | 1 << this.categories.indexOf(c2), 0),
      noAuth: data.flags.includes("NO_AUTH")
    };
    this.all.push(entry);
    this.byName.set(data.name, entry);
    for (const sub of data.subcommands ?? []) subcommands.push(this.add(sub, entry));
    return entry;
  }
  /**
   * `ACLLookupCommand`: `name` or `name|sub`, case-insensitive. A `|sub` part only resolves on a
   * container; more than one `|` never resolves.
   */
  lookup(name) {
    const parts = name.toLowerCase().split("|");
    if (parts.length > 2 || parts[0] === "") return void 0;
    const base = this.byName.get(parts[0]);
    if (!base || parts.length === 1) return base;
    return base.subcommands.length > 0 ? this.byName.get(`${parts[0]}|${parts[1]}`) : void 0;
  }
  /** The bit of a category name (case-insensitive), or -1 when Redis does not know it. */
  categoryBit(name) {
    return this.categories.indexOf(name.toLowerCase());
  }
  categoryTargetIds(bit) {
    return this.categoryTargets[bit];
  }
  categoryMemberIds(bit) {
    return this.categoryMembers[bit];
  }
};
var tables = /* @__PURE__ */ new WeakMap();
function commandTable(target) {
  const knowledge = getAclKnowledge(target);
  let table = tables.get(knowledge);
  if (!table) {
    table = new CommandTable(knowledge);
    tables.set(knowledge, table);
  }
  return table;
}

// server/src/knowledge/targets.ts
var KNOWN_TARGETS = [
  { id: "redis-6.0", product: "redis", line: "6.0", dataVersion: "6.0.20", prerelease: false },
  { id: "redis-6.2", product: "redis", line: "6.2", dataVersion: "6.2.16", prerelease: false },
  { id: "redis-7.0", product: "redis", line: "7.0", dataVersion: "7.0.15", prerelease: false },
  { id: "redis-7.2", product: "redis", line: "7.2", dataVersion: "7.2.6", prerelease: false },
  { id: "redis-7.4", product: "redis", line: "7.4", dataVersion: "7.4.1", prerelease: false },
  { id: "redis-8.0", product: "redis", line: "8.0", dataVersion: "8.0-m01", prerelease: true },
  { id: "valkey-7.2", product: "valkey", line: "7.2", dataVersion: "7.2.7", prerelease: false },
  { id: "valkey-8.0", product: "valkey", line: "8.0", dataVersion: "8.0.1", prerelease: false }
];
var TARGET_IDS = KNOWN_TARGETS.map((t) => t.id);
function knownTarget(id) {
  const known = KNOWN_TARGETS.find((t) => t.id === id);
  if (!known) throw new Error(`unknown knowledge target ${id}`);
  return known;
}
var ACCEPTED = `accepted: ${TARGET_IDS.join(", ")}, with or without the product prefix (redis is the default) and optionally with a patch number, e.g. 7.0, 7.0.15, redis-7.2, valkey-8.0.1`;
var TARGET_RE = /^(?:(redis|valkey)[-@ ]?)?v?(\d{1,3})\.(\d{1,3})(?:\.(\d{1,6})|-(m\d{2}|rc\d+))?$/;
function compareLine(a, b) {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am - bm || an - bn;
}
function makeTarget(product, line, patch, dataId, newer) {
  return { product, line, ...patch === void 0 ? {} : { patch }, dataId, ...newer ? { newerThanData: true } : {} };
}
function parseTarget(input) {
  const text2 = input.trim().toLowerCase();
  const m = TARGET_RE.exec(text2);
  if (!m) return { ok: false, message: `Unknown target '${input}'; ${ACCEPTED}.` };
  const product = m[1] ?? "redis";
  const line = `${Number(m[2])}.${Number(m[3])}`;
  const patch = m[4] === void 0 ? void 0 : Number(m[4]);
  const prereleaseTag = m[5];
  const lines = KNOWN_TARGETS.filter((t) => t.product === product);
  const oldest = lines[0];
  if (compareLine(line, oldest.line) < 0) {
    return {
      ok: false,
      message: `${product} ${line} is older than the oldest version redis-lint knows (${oldest.id}); ${ACCEPTED}.`
    };
  }
  const exact = lines.find((t) => t.line === line);
  if (exact) {
    if (prereleaseTag !== void 0 && `${line}-${prereleaseTag}` !== exact.dataVersion) {
      return { ok: false, message: `Unknown pre-release '${input}'; the data for ${exact.id} is ${exact.dataVersion}.` };
    }
    const newerThanData = exact.prerelease && prereleaseTag === void 0;
    return { ok: true, target: makeTarget(product, line, patch, exact.id, newerThanData) };
  }
  const newestStable = lines.filter((t) => !t.prerelease).at(-1) ?? oldest;
  if (compareLine(line, newestStable.line) > 0) {
    const data = lines.filter((t) => compareLine(t.line, line) < 0).at(-1) ?? newestStable;
    return { ok: true, target: makeTarget(product, line, patch, data.id, true) };
  }
  return {
    ok: false,
    message: `${product} ${line} is not a release line redis-lint knows; ${ACCEPTED}.`
  };
}

// server/src/model/acl/dialect.ts
function lineOf(target) {
  const [major, minor] = knownTarget(target).line.split(".").map(Number);
  return [major, minor];
}
function atLeast(target, major, minor) {
  const [ma, mi] = lineOf(target);
  return ma > major || ma === major && mi >= minor;
}
function aclDialect(target, options = {}) {
  const v7 = atLeast(target, 7, 0);
  return {
    target,
    selectors: v7,
    keyPermissions: v7,
    channels: atLeast(target, 6, 2),
    sanitizePayload: atLeast(target, 6, 2),
    subcommands: v7,
    firstArgOfAllowedCommandIsError: !atLeast(target, 6, 2),
    percentNeedsPermission: true,
    percentAloneRejected: !atLeast(target, 7, 2),
    nestedSelectorOpen: atLeast(target, 7, 2) ? "append" : "restart",
    commandRulesFormat: atLeast(target, 7, 2) ? "as-written" : "bitmap",
    legacyAclFile: !v7,
    // 6.0 has no channel permissions: `allchannels` models "every channel is allowed".
    pubsubDefault: options.pubsubDefault ?? (v7 ? "resetchannels" : "allchannels")
  };
}

// server/src/model/acl/glob.ts
function utf8(text2) {
  const out = [];
  for (let i = 0; i < text2.length; i++) {
    let c2 = text2.charCodeAt(i);
    if (c2 < 128) {
      out.push(c2);
      continue;
    }
    if (c2 >= 55296 && c2 <= 56319 && i + 1 < text2.length) {
      const low = text2.charCodeAt(i + 1);
      if (low >= 56320 && low <= 57343) {
        c2 = 65536 + (c2 - 55296 << 10) + (low - 56320);
        i++;
      }
    }
    if (c2 >= 55296 && c2 <= 57343) c2 = 65533;
    if (c2 < 2048) out.push(192 | c2 >> 6, 128 | c2 & 63);
    else if (c2 < 65536) out.push(224 | c2 >> 12, 128 | c2 >> 6 & 63, 128 | c2 & 63);
    else out.push(240 | c2 >> 18, 128 | c2 >> 12 & 63, 128 | c2 >> 6 & 63, 128 | c2 & 63);
  }
  return Uint8Array.from(out);
}

// server/src/model/acl/bits.ts
var CommandBits = class _CommandBits {
  constructor(words, size) {
    this.words = words;
    this.size = size;
  }
  words;
  size;
  static empty(size) {
    return new _CommandBits(new Array(Math.ceil(size / 32)).fill(0), size);
  }
  get(id) {
    return this.words[id >>> 5] >>> (id & 31) & 1;
  }
  set(id, value) {
    if (value) this.words[id >>> 5] |= 1 << (id & 31);
    else this.words[id >>> 5] &= ~(1 << (id & 31));
  }
  fill(value) {
    this.words.fill(value ? -1 : 0);
  }
  clone() {
    return new _CommandBits([...this.words], this.size);
  }
  /** Whether any command is allowed. */
  any() {
    const full = this.size >>> 5;
    for (let i = 0; i < full; i++) if (this.words[i] !== 0) return true;
    const rest = this.size & 31;
    return rest !== 0 && (this.words[full] & (1 << rest) - 1) !== 0;
  }
  /** Whether every one of the `size` commands is allowed. */
  all() {
    const full = this.size >>> 5;
    for (let i = 0; i < full; i++) if (this.words[i] !== -1) return false;
    const rest = this.size & 31;
    return rest === 0 || (this.words[full] & (1 << rest) - 1) === (1 << rest) - 1;
  }
};

// server/src/model/acl/state.ts
function createSelector(ctx, root2) {
  return {
    root: root2,
    allKeys: false,
    allChannels: ctx.dialect.pubsubDefault === "allchannels",
    allCommands: false,
    future: false,
    allowed: CommandBits.empty(ctx.table.all.length),
    firstArgs: /* @__PURE__ */ new Map(),
    keys: [],
    channels: [],
    rules: []
  };
}
function createUser(ctx, name) {
  return { name, enabled: false, nopass: false, passwords: [], selectors: [createSelector(ctx, true)] };
}
function rootSelector(u) {
  return u.selectors[0];
}

// server/src/model/acl/errors.ts
var REDIS_ERROR_TEXT = {
  ENOENT: "Unknown command or category name in ACL",
  EINVAL: "Syntax error",
  EEXIST: "Adding a pattern after the * pattern (or the 'allkeys' flag) is not valid and does not have any effect. Try 'resetkeys' to start with an empty list of patterns",
  EISDIR: "Adding a pattern after the * pattern (or the 'allchannels' flag) is not valid and does not have any effect. Try 'resetchannels' to start with an empty list of channels",
  ENODEV: "The password you are trying to remove from the user does not exist",
  EBADMSG: "The password hash must be exactly 64 characters and contain only lowercase hexadecimal characters",
  ECHILD: "Allowing first-arg of a subcommand is not supported",
  EALREADY: "Duplicate user found. A user can only be defined once in config files",
  EBUSY: "Adding a subcommand of a command already fully added is not allowed. Remove the command to start. Example: -DEBUG +DEBUG|DIGEST"
};
function explainFailure(failure) {
  switch (failure.errno) {
    case "ENOENT":
      if (failure.detail === "unknown-category") return `Unknown ACL category '@${failure.name}'; run ACL CAT for the list.`;
      if (failure.detail === "unknown-subcommand") return `'${failure.name}' is not a command or subcommand this Redis version has.`;
      return `Unknown command '${failure.name}'; ACL rules use the original command names, even after rename-command.`;
    case "EINVAL":
      return SYNTAX_EXPLANATION[failure.detail];
    case "EEXIST":
      return "A key pattern after '~*' or 'allkeys' is an error; write 'resetkeys' before the narrower patterns.";
    case "EISDIR":
      return "A channel pattern after '&*' or 'allchannels' is an error; write 'resetchannels' before the narrower patterns.";
    case "ENODEV":
      return "This removes a password the user does not have at this point (rules apply left to right).";
    case "EBADMSG":
      return "A '#' or '!' hash must be exactly 64 lower-case hex characters (a SHA-256); use '>' for a clear-text password.";
    case "ECHILD":
      return "Redis cannot allow one first argument of a subcommand ('+cmd|sub|arg'); allow the whole subcommand.";
    case "EALREADY":
      return "This user is already defined; a user can only be defined once. Merge the rules into one line.";
    case "EBUSY":
      return "This command is already fully allowed, so '+cmd|arg' is refused; remove the command first ('-cmd').";
  }
}
var SYNTAX_EXPLANATION = {
  "unknown-rule": "Not an ACL rule: rules start with on/off, >, <, #, !, ~, %R~, %W~, &, +, -, ( or are a keyword such as allkeys or nopass.",
  "pattern-has-space": "Key and channel patterns cannot contain spaces or control characters.",
  "bad-permission-prefix": "A key permission is '%R~', '%W~' or '%RW~' followed by the pattern (each letter once).",
  "empty-first-arg": "Nothing follows the '|': write '+cmd|sub' or just '+cmd'.",
  "not-in-selector": "Only command, key and channel rules are allowed inside a selector (\u2026).",
  "unsupported-in-version": "The target version does not support this rule."
};

// server/src/model/acl/merge.ts
var opensSelector = (w) => w[0] === "(" && w[w.length - 1] !== ")";
var closesSelector = (w) => w.length > 0 && w[w.length - 1] === ")";
function mergeSelectorWords(words, dialect) {
  const rules = [];
  let open;
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    const restart = !open || dialect.nestedSelectorOpen === "restart";
    if (restart && opensSelector(word.value)) {
      open = { start: index, parts: [word.value], words: [index] };
    } else if (open) {
      open.parts.push(word.value);
      open.words.push(index);
      if (closesSelector(word.value)) {
        const span = { start: words[open.start].span.start, end: word.span.end };
        rules.push({ value: open.parts.join(" "), span, words: open.words });
        open = void 0;
      }
    } else {
      rules.push({ value: word.value, span: word.span, words: [index] });
    }
  }
  if (open) return { ok: false, openIndex: open.start, completed: rules.length };
  return { ok: true, rules };
}

// server/src/model/acl/sha256.ts
var K = new Uint32Array([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var rotr = (x, n) => x >>> n | x << 32 - n;
function padded(message) {
  const length = Math.ceil((message.length + 9) / 64) * 64;
  const out = new Uint8Array(length);
  out.set(message);
  out[message.length] = 128;
  const bits = message.length * 8;
  const view = new DataView(out.buffer);
  view.setUint32(length - 8, Math.floor(bits / 4294967296));
  view.setUint32(length - 4, bits >>> 0);
  return out;
}
function sha256(message) {
  const h = new Uint32Array([
    1779033703,
    3144134277,
    1013904242,
    2773480762,
    1359893119,
    2600822924,
    528734635,
    1541459225
  ]);
  const data = padded(message);
  const view = new DataView(data.buffer);
  const w = new Uint32Array(64);
  for (let block = 0; block < data.length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ w[i - 15] >>> 3;
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ w[i - 2] >>> 10;
      w[i] = w[i - 16] + s0 + w[i - 7] + s1 >>> 0;
    }
    let [a, b, c2, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + (e & f ^ ~e & g) + K[i] + w[i] >>> 0;
      const t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + (a & b ^ a & c2 ^ b & c2) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = d + t1 >>> 0;
      d = c2;
      c2 = b;
      b = a;
      a = t1 + t2 >>> 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c2;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]);
  return out;
}
function sha256Hex(text2) {
  let hex = "";
  for (const byte of sha256(utf8(text2))) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

// server/src/model/acl/splitargs.ts
var isSpace = (c2) => c2 === " " || c2 === "	" || c2 === "\n" || c2 === "\r" || c2 === "\v" || c2 === "\f";
var isHex = (c2) => /^[0-9a-fA-F]$/.test(c2);
var ESCAPES = { n: "\n", r: "\r", t: "	", b: "\b", a: "\x07" };
function splitArgs2(line) {
  const text2 = line.includes("\0") ? line.slice(0, line.indexOf("\0")) : line;
  const out = [];
  let p2 = 0;
  for (; ; ) {
    while (p2 < text2.length && isSpace(text2[p2])) p2++;
    if (p2 >= text2.length) return out;
    let current = "";
    let inDouble = false;
    let inSingle = false;
    for (let done = false; !done; ) {
      const c2 = text2[p2] ?? "";
      const next = text2[p2 + 1] ?? "";
      if (inDouble) {
        if (c2 === "\\" && next === "x" && isHex(text2[p2 + 2] ?? "") && isHex(text2[p2 + 3] ?? "")) {
          current += String.fromCharCode(parseInt(text2.slice(p2 + 2, p2 + 4), 16));
          p2 += 3;
        } else if (c2 === "\\" && next !== "") {
          p2++;
          current += ESCAPES[next] ?? next;
        } else if (c2 === '"') {
          if (next !== "" && !isSpace(next)) return void 0;
          done = true;
        } else if (c2 === "") {
          return void 0;
        } else {
          current += c2;
        }
      } else if (inSingle) {
        if (c2 === "\\" && next === "'") {
          p2++;
          current += "'";
        } else if (c2 === "'") {
          if (next !== "" && !isSpace(next)) return void 0;
          done = true;
        } else if (c2 === "") {
          return void 0;
        } else {
          current += c2;
        }
      } else if (c2 === " " || c2 === "\n" || c2 === "\r" || c2 === "	" || c2 === "") {
        done = true;
      } else if (c2 === '"') {
        inDouble = true;
      } else if (c2 === "'") {
        inSingle = true;
      } else {
        current += c2;
      }
      if (p2 < text2.length) p2++;
    }
    out.push(current);
  }
}

// server/src/model/acl/rules.ts
function keyword(op) {
  for (let i = 0; i < op.length; i++) {
    const c2 = op.charCodeAt(i);
    if (c2 === 0 || c2 >= 65 && c2 <= 90) {
      const nul = op.indexOf("\0");
      return (nul === -1 ? op : op.slice(0, nul)).replace(/[A-Z]/g, (x) => x.toLowerCase());
    }
  }
  return op;
}
var syntax = (detail) => ({ errno: "EINVAL", detail });
function hasSpaces(s) {
  for (let i = 0; i < s.length; i++) {
    const c2 = s.charCodeAt(i);
    if (c2 === 32 || c2 >= 9 && c2 <= 13 || c2 === 0) return true;
  }
  return false;
}
function isValidHash(hash) {
  if (hash.length !== 64) return false;
  for (let i = 0; i < 64; i++) {
    const c2 = hash.charCodeAt(i);
    if (!(c2 >= 48 && c2 <= 57 || c2 >= 97 && c2 <= 102)) return false;
  }
  return true;
}
var USER_LEVEL_RULES = /* @__PURE__ */ new Set([
  "on",
  "off",
  "nopass",
  "resetpass",
  "reset",
  "clearselectors",
  "sanitize-payload",
  "skip-sanitize-payload"
]);
function setBit(s, id, allow) {
  s.allowed.set(id, allow);
  if (!allow) s.allCommands = false;
}
function changePerm(s, cmd, allow) {
  setBit(s, cmd.id, allow);
  s.firstArgs.delete(cmd.id);
  for (const sub of cmd.subcommands) setBit(s, sub.id, allow);
}
function setAllCommands(s, allow) {
  s.allowed.fill(allow);
  s.allCommands = allow;
  s.future = allow;
  s.firstArgs.clear();
  s.rules = [];
}
function addFirstArg(s, id, arg) {
  const list = s.firstArgs.get(id) ?? [];
  if (!list.some((a) => keyword(a) === keyword(arg))) list.push(arg);
  s.firstArgs.set(id, list);
}
function recordRule(ctx, s, name, allow) {
  if (ctx.dialect.commandRulesFormat !== "as-written") return;
  const rule = keyword(name);
  s.rules = s.rules.filter((existing) => {
    const body = existing.slice(1);
    return !(body === rule || body.length > rule.length && body.startsWith(rule) && body[rule.length] === "|");
  });
  s.rules.push(`${allow ? "+" : "-"}${rule}`);
}
function applyCategory(ctx, s, op) {
  const name = op.slice(2);
  const bit = ctx.table.categoryBit(keyword(name));
  if (bit < 0) return { errno: "ENOENT", detail: "unknown-category", name };
  const allow = op[0] === "+";
  for (const id of ctx.table.categoryTargetIds(bit)) setBit(s, id, allow);
  for (const id of ctx.table.categoryMemberIds(bit)) s.firstArgs.delete(id);
  recordRule(ctx, s, `@${name}`, allow);
  return void 0;
}
function allowCommand(ctx, s, op) {
  const spec = op.slice(1);
  const bar = ctx.dialect.subcommands ? op.lastIndexOf("|") : op.indexOf("|");
  if (bar === -1) {
    const cmd2 = ctx.table.lookup(spec);
    if (!cmd2) return { errno: "ENOENT", detail: "unknown-command", name: spec };
    changePerm(s, cmd2, true);
    recordRule(ctx, s, cmd2.name, true);
    return void 0;
  }
  const base = op.slice(1, bar);
  const arg = op.slice(bar + 1);
  const cmd = ctx.table.lookup(base);
  if (!cmd) return { errno: "ENOENT", detail: "unknown-command", name: base };
  if (cmd.parent) return { errno: "ECHILD" };
  if (arg === "") return syntax("empty-first-arg");
  if (cmd.subcommands.length > 0) {
    const sub = ctx.table.lookup(spec);
    if (!sub) return { errno: "ENOENT", detail: "unknown-subcommand", name: spec };
    changePerm(s, sub, true);
    recordRule(ctx, s, sub.name, true);
    return void 0;
  }
  if (!ctx.dialect.subcommands) {
    if (s.allowed.get(cmd.id)) return ctx.dialect.firstArgOfAllowedCommandIsError ? { errno: "EBUSY" } : void 0;
  }
  addFirstArg(s, cmd.id, arg);
  recordRule(ctx, s, spec, true);
  return void 0;
}
function blockCommand(ctx, s, op) {
  const cmd = ctx.table.lookup(op.slice(1));
  if (!cmd) return { errno: "ENOENT", detail: op.includes("|") ? "unknown-subcommand" : "unknown-command", name: op.slice(1) };
  changePerm(s, cmd, false);
  recordRule(ctx, s, cmd.name, false);
  return void 0;
}
function addKeyPattern(ctx, s, op) {
  if (s.allKeys) return { errno: "EEXIST" };
  let read = true;
  let write = true;
  let offset = 1;
  if (op[0] === "%") {
    read = write = false;
    for (; offset < op.length; offset++) {
      const c2 = op[offset].toUpperCase();
      if (c2 === "R" && !read) read = true;
      else if (c2 === "W" && !write) write = true;
      else if (op[offset] === "~" && (read || write || !ctx.dialect.percentNeedsPermission)) {
        offset++;
        break;
      } else return syntax("bad-permission-prefix");
    }
    if (!read && !write && ctx.dialect.percentAloneRejected) return syntax("bad-permission-prefix");
  }
  const pattern = op.slice(offset);
  if (hasSpaces(pattern)) return syntax("pattern-has-space");
  const existing = s.keys.find((k) => k.pattern === pattern);
  if (existing) {
    existing.read ||= read;
    existing.write ||= write;
  } else {
    s.keys.push({ pattern, read, write });
  }
  s.allKeys = false;
  return void 0;
}
function addChannelPattern(s, op) {
  if (s.allChannels) return { errno: "EISDIR" };
  const pattern = op.slice(1);
  if (hasSpaces(pattern)) return syntax("pattern-has-space");
  if (!s.channels.includes(pattern)) s.channels.push(pattern);
  s.allChannels = false;
  return void 0;
}
function applySelectorRule(ctx, s, op) {
  const { dialect } = ctx;
  const word = keyword(op);
  if (word === "allkeys" || word === "~*") {
    s.allKeys = true;
    s.keys = [];
  } else if (word === "resetkeys") {
    s.allKeys = false;
    s.keys = [];
  } else if (dialect.channels && (word === "allchannels" || word === "&*")) {
    s.allChannels = true;
    s.channels = [];
  } else if (dialect.channels && word === "resetchannels") {
    s.allChannels = false;
    s.channels = [];
  } else if (word === "allcommands" || word === "+@all") {
    setAllCommands(s, true);
  } else if (word === "nocommands" || word === "-@all") {
    setAllCommands(s, false);
  } else if (op[0] === "~" || op[0] === "%" && dialect.keyPermissions) {
    return addKeyPattern(ctx, s, op);
  } else if (op[0] === "&" && dialect.channels) {
    return addChannelPattern(s, op);
  } else if (op[0] === "+" && op[1] !== "@") {
    return allowCommand(ctx, s, op);
  } else if (op[0] === "-" && op[1] !== "@") {
    return blockCommand(ctx, s, op);
  } else if ((op[0] === "+" || op[0] === "-") && op[1] === "@") {
    return applyCategory(ctx, s, op);
  } else {
    return syntax(USER_LEVEL_RULES.has(word) && !s.root ? "not-in-selector" : "unknown-rule");
  }
  return void 0;
}
function addPassword(user, op) {
  let hash;
  if (op[0] === ">") hash = sha256Hex(op.slice(1));
  else if (isValidHash(op.slice(1))) hash = op.slice(1);
  else return { errno: "EBADMSG" };
  if (!user.passwords.includes(hash)) user.passwords.push(hash);
  user.nopass = false;
  return void 0;
}
function removePassword(user, op) {
  let hash;
  if (op[0] === "<") hash = sha256Hex(op.slice(1));
  else if (isValidHash(op.slice(1))) hash = op.slice(1);
  else return { errno: "EBADMSG" };
  const at = user.passwords.indexOf(hash);
  if (at === -1) return { errno: "ENODEV" };
  user.passwords.splice(at, 1);
  return void 0;
}
function addSelector(ctx, user, op) {
  const selector = createSelector(ctx, false);
  for (const inner of splitArgs2(op.slice(1, -1)) ?? []) {
    const failure = applySelectorRule(ctx, selector, inner);
    if (failure) return failure;
  }
  user.selectors.push(selector);
  return void 0;
}
function resetUser(ctx, user) {
  user.passwords = [];
  user.nopass = false;
  user.enabled = false;
  if (ctx.dialect.sanitizePayload) user.sanitize = "sanitize-payload";
  user.selectors = [rootSelector(user)];
  const root2 = rootSelector(user);
  root2.allKeys = false;
  root2.keys = [];
  root2.allChannels = ctx.dialect.pubsubDefault === "allchannels";
  root2.channels = [];
  setAllCommands(root2, false);
}
function applyUserRule(ctx, user, op) {
  if (op.length === 0) return void 0;
  const { dialect } = ctx;
  const word = keyword(op);
  if (word === "on") user.enabled = true;
  else if (word === "off") user.enabled = false;
  else if (dialect.sanitizePayload && word === "skip-sanitize-payload") user.sanitize = "skip-sanitize-payload";
  else if (dialect.sanitizePayload && word === "sanitize-payload") user.sanitize = "sanitize-payload";
  else if (word === "nopass") {
    user.nopass = true;
    user.passwords = [];
  } else if (word === "resetpass") {
    user.nopass = false;
    user.passwords = [];
  } else if (op[0] === ">" || op[0] === "#") return addPassword(user, op);
  else if (op[0] === "<" || op[0] === "!") return removePassword(user, op);
  else if (dialect.selectors && op[0] === "(" && op[op.length - 1] === ")") return addSelector(ctx, user, op);
  else if (dialect.selectors && word === "clearselectors") user.selectors = [rootSelector(user)];
  else if (word === "reset") resetUser(ctx, user);
  else return applySelectorRule(ctx, rootSelector(user), op);
  return void 0;
}

// server/src/model/acl/setuser.ts
function ruleError(rule, failure) {
  return {
    errno: failure.errno,
    rule: rule.value,
    span: rule.span,
    message: explainFailure(failure),
    redisReason: REDIS_ERROR_TEXT[failure.errno],
    failure
  };
}
function unmatchedError(word, span = word.span) {
  return {
    errno: "EUNMATCHED",
    rule: word.value,
    span,
    message: "This selector '(' is never closed; end it with ')' in the same or a later word.",
    redisReason: "Unmatched parenthesis in selector definition"
  };
}
function cString(text2) {
  const nul = text2.indexOf("\0");
  return nul === -1 ? text2 : text2.slice(0, nul);
}
function createDefaultUser(ctx) {
  const user = createUser(ctx, "default");
  for (const rule of ["+@all", "~*", "&*", "on", "nopass"]) applyUserRule(ctx, user, rule);
  return user;
}

// server/src/model/acl/aclfile.ts
var TRIMMED = /^[\t\r\n]+|[\t\r\n]+$/g;
function trimRule(value, span) {
  const lead = value.length - value.replace(/^[\t\r\n]+/, "").length;
  const trimmed2 = value.replace(TRIMMED, "");
  return { value: trimmed2, span: { start: span.start + lead, end: span.start + lead + trimmed2.length } };
}
var hasSpaces2 = (s) => /[ \t\n\v\f\r\0]/.test(s);
var FileLoader = class {
  constructor(ctx, file) {
    this.ctx = ctx;
    this.file = file;
  }
  ctx;
  file;
  users = /* @__PURE__ */ new Map();
  problems = [];
  crashes = false;
  problem(p2) {
    this.problems.push({ reportedByRedis: true, ...p2 });
  }
  loadLine(input) {
    const n = input.line + 1;
    const { keyword: keyword2, username } = input;
    if (keyword2.value !== "user" || !username) {
      this.problem({
        kind: "not-a-user-line",
        line: input.line,
        span: input.span,
        message: "Every line of an ACL file must be 'user <name> <rules\u2026>' with 'user' in lower case; comments are not allowed.",
        redisText: `${this.file}:${n} should start with user keyword followed by the username. `
      });
      return;
    }
    if (hasSpaces2(username.value)) {
      this.problem({
        kind: "invalid-username",
        line: input.line,
        span: username.span,
        message: "A user name cannot contain spaces or control characters.",
        redisText: `'${this.file}:${n}: username '${username.value}' contains invalid characters. `
      });
      return;
    }
    if (this.ctx.dialect.legacyAclFile) return this.loadLegacyRules(input, username);
    if (this.users.has(username.value)) {
      this.problem({
        kind: "duplicate-user",
        line: input.line,
        span: username.span,
        message: `User '${username.value}' is already defined earlier in this file; a user can only be defined once.`,
        redisText: `WARNING: Duplicate user '${username.value}' found on line ${n}. `
      });
      return;
    }
    const user = createUser(this.ctx, username.value);
    this.users.set(user.name, user);
    this.applyRules(input, user);
  }
  applyRules(input, user) {
    const n = input.line + 1;
    const merged = mergeSelectorWords(input.rules, this.ctx.dialect);
    if (!merged.ok) {
      const word = input.rules[merged.openIndex];
      const crashes = merged.completed > 0;
      this.crashes ||= crashes;
      this.problem({
        kind: "unmatched-selector",
        line: input.line,
        span: word.span,
        message: crashes ? "This selector '(' is never closed. After another rule on the line, this crashes Redis (SIGSEGV) while loading the ACL file." : unmatchedError(word).message,
        redisText: `${this.file}:${n}: Unmatched parenthesis in selector definition.`,
        error: unmatchedError(word),
        ...crashes ? { crashes } : {}
      });
      return;
    }
    let reportedOther = false;
    for (const rule of merged.rules) {
      const trimmed2 = trimRule(rule.value, rule.span);
      const failure = applyUserRule(this.ctx, user, trimmed2.value);
      if (!failure) continue;
      const error = ruleError({ ...rule, ...trimmed2 }, failure);
      const unknown = failure.errno === "ENOENT";
      this.problem({
        kind: "rule",
        line: input.line,
        span: trimmed2.span,
        message: error.message,
        redisText: unknown ? `${this.file}:${n}: Error in applying operation '${trimmed2.value}': ${error.redisReason}. ` : `${this.file}:${n}: ${error.redisReason}. `,
        reportedByRedis: unknown || !reportedOther,
        error
      });
      if (!unknown) reportedOther = true;
    }
  }
  /** 6.x: a repeated user starts over with `reset`; every error of the line is listed. */
  loadLegacyRules(input, username) {
    const n = input.line + 1;
    const probe = createUser(this.ctx, username.value);
    applyUserRule(this.ctx, probe, "reset");
    let failed = false;
    const applied = [];
    for (const word of input.rules) {
      const trimmed2 = trimRule(word.value, word.span);
      applied.push(trimmed2.value);
      const failure = applyUserRule(this.ctx, probe, trimmed2.value);
      if (!failure) continue;
      failed = true;
      const error = ruleError({ value: trimmed2.value, span: trimmed2.span, words: [] }, failure);
      this.problem({
        kind: "rule",
        line: input.line,
        span: trimmed2.span,
        message: error.message,
        redisText: `${this.file}:${n}: ${error.redisReason}. `,
        error
      });
    }
    if (failed || this.problems.length > 0) return;
    let user = this.users.get(username.value);
    if (user) applyUserRule(this.ctx, user, "reset");
    else {
      user = createUser(this.ctx, username.value);
      this.users.set(user.name, user);
    }
    for (const rule of applied) applyUserRule(this.ctx, user, rule);
  }
};
function loadAclFile(ctx, lines, options = {}) {
  const loader = new FileLoader(ctx, options.fileName ?? "users.acl");
  for (const line of lines) loader.loadLine(line);
  const { users, problems, crashes } = loader;
  const implicitDefaultUser = !users.has("default");
  if (implicitDefaultUser) users.set("default", createDefaultUser(ctx));
  const accepted = problems.length === 0;
  const listed = problems.filter((p2) => p2.reportedByRedis).map((p2) => p2.redisText).join("");
  return {
    users,
    problems,
    accepted,
    crashes,
    ...accepted || crashes ? {} : { redisError: `${listed}WARNING: ACL errors detected, no change to the previously active ACL rules was performed` },
    implicitDefaultUser
  };
}

// server/src/model/acl/conf-users.ts
var hasSpaces3 = (s) => /[ \t\n\v\f\r\0]/.test(s);
var redact = (token) => /^[><#!]/.test(token) ? `${token[0]}****` : token;
var ConfUsers = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  pending = [];
  /** Names defined so far, in order. */
  get names() {
    return this.pending.map((p2) => p2.name.value);
  }
  /**
   * Checks one `user` directive at load time. `argv` is the whole line as Redis's tokenizer
   * splits it: the directive word, the user name, then the rules (at least the name).
   */
  addLine(argv) {
    const name = argv[1];
    const fail = (token, span, message, reason, error) => {
      const redisToken = argv[token];
      const redisMessage = `Error in user declaration '${cString(redisToken.value)}': ${reason}`;
      const redisMessageRedacted = `Error in user declaration '${redact(cString(redisToken.value))}': ${reason}`;
      return { ok: false, error: { span, message, redisMessage, redisMessageRedacted, redisToken, error } };
    };
    if (this.pending.some((p2) => p2.name.value === name.value)) {
      const message = `User '${name.value}' is already defined by an earlier 'user' line; a user can only be defined once.`;
      return fail(1, name.span, message, REDIS_ERROR_TEXT.EALREADY, { errno: "EALREADY", message });
    }
    const words = argv.slice(2);
    const merged = mergeSelectorWords(words, this.ctx.dialect);
    if (!merged.ok) {
      const error = unmatchedError(words[merged.openIndex]);
      return fail(merged.openIndex, error.span, error.message, REDIS_ERROR_TEXT.ENOENT, error);
    }
    const probe = createUser(this.ctx, name.value);
    const deferred = [];
    for (let j = 0; j < merged.rules.length; j++) {
      const rule = merged.rules[j];
      const failure = applyUserRule(this.ctx, probe, rule.value);
      if (!failure) continue;
      const error = ruleError(rule, failure);
      if (failure.errno === "ENOENT") deferred.push(error);
      else return fail(j, rule.span, error.message, error.redisReason, error);
    }
    this.pending.push({ name, rules: merged.rules });
    return { ok: true, deferred };
  }
  /**
   * `ACLLoadConfiguredUsers` at startup: users are created in order (`default` is reset first),
   * the first failing rule stops the server.
   */
  startup() {
    const users = /* @__PURE__ */ new Map([["default", createDefaultUser(this.ctx)]]);
    const exit = "Critical error while loading ACLs. Exiting.";
    for (const { name, rules } of this.pending) {
      if (hasSpaces3(name.value)) {
        return {
          ok: false,
          users,
          log: ["Spaces not allowed in ACL usernames", exit],
          span: name.span,
          message: "A user name cannot contain spaces or control characters."
        };
      }
      let user = users.get(name.value);
      if (user) applyUserRule(this.ctx, user, "reset");
      else {
        user = createUser(this.ctx, name.value);
        users.set(user.name, user);
      }
      for (const rule of rules) {
        const failure = applyUserRule(this.ctx, user, rule.value);
        if (!failure) continue;
        const error = ruleError(rule, failure);
        return {
          ok: false,
          users,
          log: [`Error loading ACL rule '${cString(redact(rule.value))}' for the user named '${name.value}': ${error.redisReason}`, exit],
          span: rule.span,
          message: error.message
        };
      }
    }
    return { ok: true, users };
  }
};

// server/src/knowledge/acl-risk.ts
var RISK_GROUP_EFFECT = {
  data: "wipe the data",
  config: "read the stored passwords and point `dir`/`dbfilename` anywhere to write files",
  code: "load native code into the server or crash it",
  replication: "make the server a replica of a host they control (the HeadCrab and P2PInfect route)",
  acl: "read password hashes and create or change users",
  server: "stop the server, watch every command, or stall it",
  scripting: "run Lua or functions, the entry point of the sandbox-escape CVEs"
};
var RISKY_COMMANDS = [
  { name: "flushall", group: "data" },
  { name: "flushdb", group: "data" },
  { name: "swapdb", group: "data" },
  { name: "config|set", group: "config" },
  { name: "config|get", group: "config" },
  { name: "config|rewrite", group: "config" },
  { name: "module|load", group: "code" },
  { name: "module|loadex", group: "code" },
  { name: "module|unload", group: "code" },
  { name: "debug", group: "code" },
  { name: "replicaof", group: "replication" },
  { name: "slaveof", group: "replication" },
  { name: "failover", group: "replication" },
  { name: "cluster|meet", group: "replication" },
  { name: "cluster|replicate", group: "replication" },
  { name: "cluster|forget", group: "replication" },
  { name: "cluster|reset", group: "replication" },
  { name: "cluster|failover", group: "replication" },
  { name: "cluster|setslot", group: "replication" },
  { name: "migrate", group: "replication" },
  { name: "acl|setuser", group: "acl" },
  { name: "acl|deluser", group: "acl" },
  { name: "acl|load", group: "acl" },
  { name: "acl|save", group: "acl" },
  { name: "acl|getuser", group: "acl" },
  { name: "acl|list", group: "acl" },
  { name: "shutdown", group: "server" },
  { name: "monitor", group: "server" },
  { name: "keys", group: "server" },
  { name: "client|kill", group: "server" },
  { name: "client|pause", group: "server" },
  { name: "restore", group: "server" },
  { name: "eval", group: "scripting" },
  { name: "evalsha", group: "scripting" },
  { name: "eval_ro", group: "scripting" },
  { name: "evalsha_ro", group: "scripting" },
  { name: "fcall", group: "scripting" },
  { name: "fcall_ro", group: "scripting" },
  { name: "script|load", group: "scripting" },
  { name: "function|load", group: "scripting" },
  { name: "function|restore", group: "scripting" }
];

// server/src/model/acl/risk.ts
var risks = /* @__PURE__ */ new WeakMap();
function riskyCommands(table) {
  let list = risks.get(table);
  if (list) return list;
  const out = [];
  for (const { name, group } of RISKY_COMMANDS) {
    const label = name.toUpperCase().replace("|", " ");
    const entry = table.lookup(name);
    if (entry) {
      out.push({ label, group, entry });
      continue;
    }
    const [base, arg] = name.split("|");
    const parent = arg === void 0 ? void 0 : table.lookup(base);
    if (parent && parent.subcommands.length === 0) out.push({ label, group, entry: parent, firstArg: arg });
  }
  list = out;
  risks.set(table, list);
  return list;
}
function selectorCanRun(s, risk) {
  if (s.allCommands || s.allowed.get(risk.entry.id)) return true;
  if (risk.firstArg === void 0) return false;
  return s.firstArgs.get(risk.entry.id)?.some((a) => a.toLowerCase() === risk.firstArg) ?? false;
}
var channelCommands = /* @__PURE__ */ new WeakMap();
function channelCommandEntries(table) {
  let list = channelCommands.get(table);
  if (!list) {
    list = table.all.filter((c2) => c2.data.channels?.flags.some((f) => f === "PUBLISH" || f === "SUBSCRIBE") ?? false);
    channelCommands.set(table, list);
  }
  return list;
}

// server/src/model/acl/index.ts
function aclContext(target, options = {}) {
  return { dialect: aclDialect(target, options), table: commandTable(target) };
}

// server/src/model/acl-file-problems.ts
var CODES = {
  "not-a-user-line": "invalid-acl-line",
  "invalid-username": "invalid-acl-line",
  "unmatched-selector": "invalid-acl-rule",
  "duplicate-user": "duplicate-user",
  rule: "invalid-acl-rule"
};
function aclFileProblems(result, file) {
  const problems = [];
  for (const problem of result.problems) {
    if (problem.crashes) {
      problems.push({
        code: "crashes-redis",
        file,
        span: problem.span,
        fatal: true,
        phase: "startup",
        redisMessage: "Segmentation fault while loading the ACL file",
        message: `${problem.message} Redis does not report this: it crashes (SIGSEGV) while loading the file, at startup and on ACL LOAD.`
      });
      continue;
    }
    problems.push({
      code: CODES[problem.kind],
      file,
      span: problem.span,
      fatal: true,
      phase: "startup",
      redisMessage: `Aborting Redis startup because of ACL errors: ${problem.redisText}`,
      message: problem.message
    });
  }
  return problems;
}

// server/src/knowledge/directives.ts
var MODULE_CONFIG = "<module>.<config>";
var tables2 = /* @__PURE__ */ new WeakMap();
function dataIdOf(target) {
  return typeof target === "string" ? target : target.dataId;
}
function getDirectives(target) {
  const file = loadKnowledge(`directives-${dataIdOf(target)}`);
  let table = tables2.get(file);
  if (!table) {
    table = buildTable(file);
    tables2.set(file, table);
  }
  return table;
}
function buildTable(file) {
  const byName = /* @__PURE__ */ new Map();
  const infos = Object.values(file.directives);
  for (const info of infos) {
    if (info.name === MODULE_CONFIG) continue;
    byName.set(info.name, { info });
    for (const alias of info.aliases ?? []) byName.set(alias, { info, alias });
  }
  const moduleInfo = file.directives[MODULE_CONFIG];
  const moduleMatch = moduleInfo && { info: moduleInfo, moduleConfig: true };
  const suggestible = [...byName.entries()].filter(([, m]) => !m.info.ignored);
  const lookup = (name) => {
    const match = byName.get(name) ?? byName.get(name.toLowerCase());
    if (match) return match;
    return moduleMatch && name.includes(".") ? moduleMatch : void 0;
  };
  return {
    target: file.target,
    product: file.product,
    version: file.version,
    lookup,
    all: () => infos,
    isSensitive: (name) => lookup(name)?.info.secret === true,
    deprecatedIgnored: (name) => lookup(name)?.info.ignored === true,
    knownIn: (name) => file.knownElsewhere[name.toLowerCase()] ?? [],
    suggest(unknownName) {
      const wanted = unknownName.toLowerCase();
      const limit = Math.min(3, Math.max(1, Math.floor(wanted.length / 4)));
      let best;
      for (const [candidate, match] of suggestible) {
        const distance = editDistance(wanted, candidate, best ? Math.min(best.distance, limit) : limit);
        if (distance > limit || best && distance >= best.distance) continue;
        best = { name: match.info.name, distance };
      }
      return best?.name;
    }
  };
}
function editDistance(a, b, limit = Infinity) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2 = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

// server/src/knowledge/sentinel.ts
var tables3 = /* @__PURE__ */ new WeakMap();
function getSentinel(target) {
  const id = typeof target === "string" ? target : target.dataId;
  const file = loadKnowledge(`sentinel-${id}`);
  let table = tables3.get(file);
  if (!table) {
    const byName = /* @__PURE__ */ new Map();
    const infos = Object.values(file.directives);
    for (const info of infos) {
      byName.set(info.name, { info });
      for (const alias of info.aliases ?? []) byName.set(alias, { info, alias });
    }
    const { directives: _directives, ...facts } = file;
    table = {
      ...facts,
      lookup: (name) => byName.get(name) ?? byName.get(name.toLowerCase()),
      all: () => infos
    };
    tables3.set(file, table);
  }
  return table;
}

// server/src/model/config/catalog.ts
var LLONG_MAX = 2n ** 63n - 1n;
var SPECIAL_KINDS = {
  bool: "bool",
  enum: "enum",
  "multi-enum": "enum",
  string: "string",
  sds: "sds",
  special: "special"
};
function toFacts(info) {
  const kind = SPECIAL_KINDS[info.type] ?? "numeric";
  const multiArg = info.flags.includes("MULTI_ARG");
  const special6 = info.handledBy === "special";
  const facts = {
    name: info.name,
    kind,
    multiArg,
    args: special6 ? { ...info.args, error: info.argsError } : multiArg ? { min: 0, error: "wrong number of arguments" } : { min: 1, max: 1, error: "wrong number of arguments" },
    special6,
    emptyIsNull: info.emptyStringPolicy === "EMPTY_STRING_IS_NULL",
    sensitive: info.secret === true,
    ...info.enumValues ? { enumValues: info.enumValues } : {},
    ...info.default === void 0 || info.default === null ? {} : { default: info.default }
  };
  if (kind !== "numeric" || info.min === void 0 || info.max === void 0) return facts;
  const max = BigInt(info.max);
  return {
    ...facts,
    numeric: {
      min: BigInt(info.min),
      max,
      unsigned: max > LLONG_MAX,
      memory: info.acceptsMemoryUnits === true,
      percent: info.acceptsPercent === true,
      octal: info.type === "octal"
    }
  };
}
var LOADER_SPECIALS = /* @__PURE__ */ new Set(["include", "rename-command", "user", "loadmodule", "sentinel"]);
var catalogs = /* @__PURE__ */ new WeakMap();
function loaderRules(target) {
  const { product, line } = knownTarget(target.dataId);
  return { product, line, loader: product === "redis" && (line === "6.0" || line === "6.2") ? 6 : 7 };
}
function catalogFor(target) {
  const table = getDirectives(target);
  const sentinel = getSentinel(target);
  const rules = loaderRules(target);
  const cached = catalogs.get(table);
  if (cached && cached.newerThanData === (target.newerThanData === true)) return cached;
  const facts = /* @__PURE__ */ new Map();
  let commands;
  const catalog = {
    lookup(key) {
      const match = table.lookup(key);
      if (!match || match.moduleConfig || match.info.handledBy === "deprecated-list" || LOADER_SPECIALS.has(match.info.name)) return void 0;
      let entry = facts.get(match.info.name);
      if (!entry) facts.set(match.info.name, entry = toFacts(match.info));
      return { facts: entry, viaAlias: match.alias !== void 0 };
    },
    isDeprecatedIgnored: (key) => table.deprecatedIgnored(key),
    suggest: (key) => table.suggest(key),
    includeGlobs: rules.loader === 7,
    newerThanData: target.newerThanData === true,
    commandNames() {
      commands ??= new Set(loadKnowledge(`acl-${target.dataId}`).commands.map((c2) => c2.name));
      return commands;
    },
    rules,
    sentinelNames(sub) {
      const match = sentinel.lookup(sub);
      return match && [match.info.name, ...match.info.aliases ?? []];
    },
    sentinelQueued: sentinel.queuedPhases
  };
  catalogs.set(table, catalog);
  return catalog;
}

// server/src/model/files/paths.ts
function isAbsolute(path) {
  return path.startsWith("/");
}
function normalize(path) {
  const absolute = isAbsolute(path);
  const parts = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
      else if (!absolute) parts.push("..");
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join("/");
  return absolute ? `/${joined}` : joined || ".";
}
function join2(...segments) {
  return normalize(segments.filter((s) => s !== "").join("/"));
}
function dirname(path) {
  const normalized = normalize(path);
  const at = normalized.lastIndexOf("/");
  if (at === -1) return ".";
  return at === 0 ? "/" : normalized.slice(0, at);
}
function resolve(base, path) {
  return isAbsolute(path) ? normalize(path) : join2(base, path);
}
function hasGlobChars(path) {
  return /[*?[]/.test(path);
}

// server/src/model/config/c-parsers.ts
var LLONG_MIN = -(2n ** 63n);
var LLONG_MAX2 = 2n ** 63n - 1n;
var ULLONG_MOD = 2n ** 64n;
function string2ll(text2) {
  if (text2.length === 0 || text2.length >= 21) return void 0;
  if (text2 === "0") return 0n;
  const negative = text2[0] === "-";
  const digits = negative ? text2.slice(1) : text2;
  if (!/^[1-9][0-9]*$/.test(digits)) return void 0;
  const value = BigInt(digits);
  if (negative) return -value >= LLONG_MIN ? -value : void 0;
  return value <= LLONG_MAX2 ? value : void 0;
}
var MEMORY_UNITS = {
  "": 1n,
  b: 1n,
  k: 1000n,
  kb: 1024n,
  m: 1000n ** 2n,
  mb: 1024n ** 2n,
  g: 1000n ** 3n,
  gb: 1024n ** 3n
};
function memtoull(text2) {
  if (text2.startsWith("-")) return void 0;
  let end = 0;
  while (end < text2.length && text2.charCodeAt(end) >= 48 && text2.charCodeAt(end) <= 57) end++;
  const unit = MEMORY_UNITS[text2.slice(end).toLowerCase()];
  if (unit === void 0 || end >= 128) return void 0;
  const digits = text2.slice(0, end);
  let value = digits === "" ? 0n : BigInt(digits);
  if (value >= ULLONG_MOD) value = ULLONG_MOD - 1n;
  return value * unit % ULLONG_MOD;
}
function memtoll(text2) {
  let end = text2.startsWith("-") ? 1 : 0;
  while (end < text2.length && text2.charCodeAt(end) >= 48 && text2.charCodeAt(end) <= 57) end++;
  const unit = MEMORY_UNITS[text2.slice(end).toLowerCase()];
  const digits = text2.slice(0, end);
  if (unit === void 0 || end >= 128 || digits === "-") return void 0;
  const value = digits === "" ? 0n : BigInt(digits);
  const saturated = value > LLONG_MAX2 ? LLONG_MAX2 : value < LLONG_MIN ? LLONG_MIN : value;
  return BigInt.asIntN(64, saturated * unit);
}
function strtollWhole(text2, base) {
  const match = (base === 10 ? /^[ \t\n\v\f\r]*([+-]?)([0-9]+)$/ : /^[ \t\n\v\f\r]*([+-]?)([0-7]+)$/).exec(text2);
  if (!match) return text2 === "" ? 0n : void 0;
  let value = 0n;
  const radix = BigInt(base);
  for (const digit of match[2]) value = value * radix + BigInt(digit.charCodeAt(0) - 48);
  if (match[1] === "-") value = -value;
  if (value > LLONG_MAX2) return LLONG_MAX2;
  if (value < LLONG_MIN) return LLONG_MIN;
  return value;
}
function atoi(text2) {
  const match = /^[ \t\n\v\f\r]*([+-]?[0-9]+)/.exec(text2);
  if (!match) return 0;
  return Number(BigInt.asIntN(32, BigInt(match[1])));
}
function asUnsigned(value) {
  return value < 0n ? value + ULLONG_MOD : value;
}
function asSigned(value) {
  return value > LLONG_MAX2 ? value - ULLONG_MOD : value;
}
function yesNo(text2) {
  const lower = asciiLower(text2);
  if (lower === "yes") return true;
  if (lower === "no") return false;
  return void 0;
}
function asciiLower(text2) {
  return /[A-Z]/.test(text2) ? text2.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : text2;
}
function string2d(text2) {
  if (text2.length === 0 || /^[ \t\n\v\f\r]/.test(text2)) return void 0;
  if (!/^[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|0[xX][0-9a-fA-F]+|inf(?:inity)?|nan)$/i.test(text2)) {
    return void 0;
  }
  const value = Number(text2.replace(/^\+/, ""));
  return Number.isNaN(value) ? void 0 : value;
}
function isIpv4(text2) {
  const parts = text2.split(".");
  return parts.length === 4 && parts.every((p2) => /^(0|[1-9][0-9]{0,2})$/.test(p2) && Number(p2) <= 255);
}
function isIpv6(text2) {
  if (!text2.includes(":") || !/^[0-9a-fA-F:.]+$/.test(text2)) return false;
  const double = text2.split("::");
  if (double.length > 2) return false;
  const groups = text2.split(":").filter((g) => g !== "");
  const tail = groups[groups.length - 1] ?? "";
  const ipv4Tail = tail.includes(".") ? isIpv4(tail) ? 2 : -99 : 0;
  const hexGroups = ipv4Tail ? groups.slice(0, -1) : groups;
  if (!hexGroups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const count = hexGroups.length + ipv4Tail;
  return double.length === 2 ? count < 8 : count === 8;
}

// server/src/model/config/setters.ts
var OK = { ok: true };
function toInt32(value) {
  return Number(BigInt.asIntN(32, value));
}
function refuse(redisMessage, message, argIndex, extra = {}) {
  return { ok: false, redisMessage, message, ...argIndex === void 0 ? {} : { argIndex }, ...extra };
}
var REDIS_7 = { product: "redis", line: "7.0", loader: 7 };
function setDirective(facts, args, rules = REDIS_7) {
  const special = (rules.loader === 6 && facts.special6 ? SPECIAL_SETTERS_6[facts.name] : void 0) ?? SPECIAL_SETTERS[facts.name];
  if (special) return special(args, rules);
  switch (facts.kind) {
    case "bool":
      return setBool(facts, args[0]);
    case "numeric":
      if (facts.special6) return OK;
      return facts.numeric ? setNumeric(facts.name, facts.numeric, args[0], rules) : OK;
    case "enum":
      return setEnum(facts, args, rules);
    case "string":
    case "sds":
      return setString(facts.name, args[0], rules);
    default:
      return OK;
  }
}
function setBool(facts, value) {
  const parsed = yesNo(value);
  if (parsed === void 0) {
    return refuse("argument must be 'yes' or 'no'", `${facts.name} takes yes or no, not '${value}'.`, 0);
  }
  if (facts.name === "activedefrag" && parsed) {
    return refuse(
      "Active defragmentation cannot be enabled: it requires a Redis server compiled with a modified Jemalloc like the one shipped by default with the Redis source distribution",
      "activedefrag yes works only on Redis built with its bundled jemalloc; distribution packages built against the system jemalloc (Debian, Ubuntu) refuse to start with it.",
      0,
      { buildDependent: true }
    );
  }
  return OK;
}
function describeBounds(numeric) {
  return numeric.octal ? `between ${numeric.min.toString(8)} and ${numeric.max.toString(8)} (octal)` : `between ${numeric.min} and ${numeric.max}`;
}
function parseNumeric(numeric, value, rules) {
  if (numeric.memory && rules.loader === 6) {
    const bytes = memtoll(value);
    return bytes === void 0 || bytes < 0n ? void 0 : bytes;
  }
  if (numeric.memory) {
    const bytes = memtoull(value);
    if (bytes !== void 0) return asSigned(bytes);
  }
  if (numeric.percent && value.length > 1 && value.endsWith("%")) {
    const n = string2ll(value.slice(0, -1));
    if (n !== void 0 && n >= 0n) return { percent: n };
  }
  if (numeric.octal) {
    const n = value === "" ? void 0 : strtollWhole(value, 8);
    if (n !== void 0) return n;
  }
  if (!numeric.memory && !numeric.percent && !numeric.octal) return string2ll(value);
  return void 0;
}
function numericFormatError(name, numeric, value) {
  if (numeric.memory && numeric.percent) {
    return refuse(
      "argument must be a memory or percent value",
      `${name} takes a memory size (e.g. 100mb) or a percentage (e.g. 10%), not '${value}'.`,
      0
    );
  }
  if (numeric.memory) {
    return refuse(
      "argument must be a memory value",
      `${name} takes a memory size: digits with an optional unit b, k, kb, m, mb, g or gb (k = 1000, kb = 1024), no sign, fraction or space; '${value}' is none.`,
      0
    );
  }
  if (numeric.octal) {
    return refuse("argument couldn't be parsed as an octal number", `${name} takes an octal number such as 700, not '${value}'.`, 0);
  }
  return refuse(
    "argument couldn't be parsed into an integer",
    `${name} takes a plain decimal integer (no +, leading zeros, units or spaces), not '${value}'.`,
    0
  );
}
function setNumeric(name, numeric, value, rules) {
  const parsed = parseNumeric(numeric, value, rules);
  if (parsed === void 0) return numericFormatError(name, numeric, value);
  if (typeof parsed === "object") {
    if (-parsed.percent < numeric.min) {
      return refuse(
        `percentage argument must be less or equal to ${-numeric.min}`,
        `${name} percentage must be at most ${-numeric.min}%, not ${value}.`,
        0
      );
    }
    return OK;
  }
  const outOfRange = numeric.unsigned ? asUnsigned(parsed) > numeric.max || asUnsigned(parsed) < numeric.min : numeric.percent && parsed < 0n ? parsed < numeric.min : parsed > numeric.max || parsed < numeric.min;
  if (!outOfRange) return OK;
  if (numeric.percent && parsed < 0n) {
    return refuse(
      `percentage argument must be less or equal to ${-numeric.min}`,
      `${name} percentage must be at most ${-numeric.min}%.`,
      0
    );
  }
  const redisBounds = numeric.octal ? `${numeric.min.toString(8)} and ${numeric.max.toString(8)}` : `${numeric.min} and ${numeric.max}`;
  return refuse(
    `argument must be between ${redisBounds} inclusive`,
    `${name} must be ${describeBounds(numeric)} inclusive; '${value}' is out of range.`,
    0
  );
}
function setEnum(facts, args, rules) {
  const values2 = facts.enumValues ?? [];
  const list = values2.join(", ");
  const redisMessage = `${rules.loader === 6 ? "argument" : "argument(s)"} must be one of the following: ${list}`;
  if (args.length === 0 || !facts.multiArg && args.length !== 1) {
    return refuse(redisMessage, `${facts.name} takes one of: ${list}.`);
  }
  const chosen = /* @__PURE__ */ new Set();
  for (let i = 0; i < args.length; i++) {
    const lower = asciiLower(args[i]);
    if (!values2.includes(lower)) {
      return refuse(redisMessage, `${facts.name} takes ${facts.multiArg ? "flags from" : "one of"}: ${list}; '${args[i]}' is not one.`, i);
    }
    chosen.add(lower);
  }
  if (facts.name.startsWith("shutdown-on-sig") && chosen.has("save") && chosen.has("nosave")) {
    return refuse(
      "shutdown options SAVE and NOSAVE can't be used simultaneously",
      `${facts.name} cannot combine save and nosave; keep one.`
    );
  }
  return OK;
}
var PATH_FREE = {
  dbfilename: "dbfilename can't be a path, just a filename",
  appendfilename: "appendfilename can't be a path, just a filename",
  appenddirname: "appenddirname can't be a path, just a dirname"
};
var PROC_TITLE_VARIABLES = /* @__PURE__ */ new Set(["title", "listen-addr", "server-mode", "port", "tls-port", "unixsocket", "config-file"]);
function procTitleTemplateValid(template) {
  let literal = "";
  let alwaysNonEmpty = false;
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf("{", at);
    if (open === -1) {
      literal += template.slice(at);
      break;
    }
    literal += template.slice(at, open);
    if (open + 1 >= template.length) return false;
    if (template[open + 1] === "{") {
      literal += "{";
      at = open + 2;
      continue;
    }
    const close = template.indexOf("}", open + 1);
    if (close === -1) return false;
    const variable = template.slice(open + 1, close);
    if (!PROC_TITLE_VARIABLES.has(variable)) return false;
    if (variable === "listen-addr" || variable === "port" || variable === "tls-port") alwaysNonEmpty = true;
    at = close + 1;
  }
  return alwaysNonEmpty || literal.trim() !== "";
}
var valkey8 = (rules) => rules.product === "valkey" && rules.line !== "7.2";
var NOT_EMPTY = {
  appendfilename: (r) => r.loader === 7,
  appenddirname: () => true,
  dbfilename: valkey8,
  "cluster-config-file": valkey8
};
var IP_FAMILY = { "cluster-announce-client-ipv4": 4, "cluster-announce-client-ipv6": 6 };
function setString(name, value, rules) {
  if (value === "" && NOT_EMPTY[name]?.(rules)) {
    return refuse(`${name} can't be empty`, `${name} cannot be empty.`, 0);
  }
  const family = IP_FAMILY[name];
  if (family && value !== "" && !(family === 4 ? isIpv4(value) : isIpv6(value))) {
    return refuse(`Invalid IPv${family} address`, `${name} takes an IPv${family} address, not '${value}'.`, 0);
  }
  const pathMessage = PATH_FREE[name];
  if (pathMessage && (value.includes("/") || value.includes("\\"))) {
    return refuse(pathMessage, `${name} must be a bare name; put the directory in \`dir\` instead.`, 0);
  }
  if (name === "cluster-announce-hostname") {
    if (value.length >= 256) return refuse("Hostnames must be less than 256 characters", "cluster-announce-hostname must be shorter than 256 characters.", 0);
    if (!/^[A-Za-z0-9.-]*$/.test(value)) {
      return refuse(
        "Hostnames may only contain alphanumeric characters, hyphens or dots",
        "cluster-announce-hostname may only contain letters, digits, hyphens and dots.",
        0
      );
    }
  }
  if (name === "proc-title-template" && !procTitleTemplateValid(value)) {
    return refuse(
      "template format is invalid or contains unknown variables",
      `proc-title-template may use only {title}, {listen-addr}, {server-mode}, {port}, {tls-port}, {unixsocket} and {config-file} (write {{ for a brace), and must not expand to nothing.`,
      0
    );
  }
  return OK;
}
var WRONG_COUNT = "wrong number of arguments";
function setSave(args) {
  const pairs = args.length === 1 && args[0] === "" ? [] : args;
  if (pairs.length % 2 === 1) {
    return refuse("Invalid save parameters", 'save takes pairs of <seconds> <changes> (or "" to disable snapshots); this line has an odd number of values.');
  }
  for (let i = 0; i < pairs.length; i++) {
    const value = strtollWhole(pairs[i], 10);
    const isSeconds = i % 2 === 0;
    if (value === void 0 || (isSeconds ? value < 1n : value < 0n)) {
      return refuse(
        "Invalid save parameters",
        isSeconds ? `save seconds must be an integer of at least 1, not '${pairs[i]}'.` : `save changes must be an integer of at least 0, not '${pairs[i]}'.`,
        i
      );
    }
  }
  return OK;
}
var CLIENT_CLASSES = /* @__PURE__ */ new Set(["normal", "slave", "replica", "pubsub"]);
function setClientOutputBufferLimit(args) {
  if (args.length % 4 !== 0) {
    return refuse(
      "Wrong number of arguments in buffer limit configuration.",
      "client-output-buffer-limit takes groups of four values: <class> <hard limit> <soft limit> <soft seconds>."
    );
  }
  for (let i = 0; i < args.length; i += 4) {
    if (!CLIENT_CLASSES.has(asciiLower(args[i]))) {
      return refuse(
        "Invalid client class specified in buffer limit configuration.",
        `client-output-buffer-limit classes are normal, replica (or slave) and pubsub, not '${args[i]}'.`,
        i
      );
    }
    for (const offset of [1, 2, 3]) {
      const text2 = args[i + offset];
      const seconds = offset === 3 ? strtollWhole(text2, 10) : void 0;
      const valid = offset === 3 ? seconds !== void 0 && toInt32(seconds) >= 0 : memtoull(text2) !== void 0;
      if (!valid) {
        return refuse(
          "Error in hard, soft or soft_seconds setting in buffer limit configuration.",
          offset === 3 ? `client-output-buffer-limit soft seconds must be a non-negative integer, not '${text2}'.` : `client-output-buffer-limit ${offset === 1 ? "hard" : "soft"} limit must be a memory size such as 256mb, not '${text2}'.`,
          i + offset
        );
      }
    }
  }
  return OK;
}
function setOomScoreAdjValues(args) {
  if (args.length !== 3) {
    return refuse(WRONG_COUNT, "oom-score-adj-values takes exactly three values: <primary> <replica> <background child>.");
  }
  for (let i = 0; i < 3; i++) {
    const value = strtollWhole(args[i], 10);
    if (value === void 0 || value < -2000n || value > 2000n) {
      return refuse(
        "Invalid oom-score-adj-values, elements must be between -2000 and 2000.",
        `oom-score-adj-values elements must be integers between -2000 and 2000, not '${args[i]}'.`,
        i
      );
    }
  }
  return OK;
}
var KEYSPACE_EVENT_CLASSES = "Ag$lshzxeKEtmdn";
function setNotifyKeyspaceEvents(args) {
  const value = args[0];
  for (const char of value) {
    if (!KEYSPACE_EVENT_CLASSES.includes(char)) {
      return refuse(
        `Invalid event class character. Use '${KEYSPACE_EVENT_CLASSES}'.`,
        `notify-keyspace-events accepts only the characters ${KEYSPACE_EVENT_CLASSES}; '${char}' is not one (classes are case-sensitive).`,
        0
      );
    }
  }
  return OK;
}
function setBind(args) {
  if (args.length > 16) {
    return refuse("Too many bind addresses specified.", `bind accepts at most 16 addresses; this line has ${args.length}.`, 16);
  }
  return OK;
}
function setReplicaOf(args, rules) {
  if (args.length !== 2) return refuse(WRONG_COUNT, "replicaof takes <host> <port>, or `no one`.");
  if (asciiLower(args[0]) === "no" && asciiLower(args[1]) === "one") return OK;
  const parsed = strtollWhole(args[1], 10);
  const port = parsed === void 0 ? void 0 : toInt32(parsed);
  if (port === void 0 || port < 0 || port > 65535) {
    return refuse(valkey8(rules) ? "Invalid primary port" : "Invalid master port", `replicaof port must be a number from 0 to 65535, not '${args[1]}'.`, 1);
  }
  return OK;
}
function setLatencyPercentiles(args) {
  if (args.length === 1 && args[0] === "") return OK;
  for (let i = 0; i < args.length; i++) {
    const value = string2d(args[i]);
    if (value === void 0) {
      return refuse("Invalid latency-tracking-info-percentiles parameters", `latency-tracking-info-percentiles takes numbers, not '${args[i]}'.`, i);
    }
    if (value > 100 || value < 0) {
      return refuse(
        "latency-tracking-info-percentiles parameters should sit between [0.0,100.0]",
        `latency-tracking-info-percentiles values must be between 0 and 100, not ${args[i]}.`,
        i
      );
    }
  }
  return OK;
}
function setDir(args, rules) {
  if (args.length !== 1) return refuse(WRONG_COUNT, "dir takes exactly one path.");
  return args[0] === "" && valkey8(rules) ? refuse("dir can't be empty", "dir cannot be empty.", 0) : OK;
}
function setSave6(args) {
  if (args.length !== 2) return OK;
  const seconds = atoi(args[0]);
  const changes = atoi(args[1]);
  if (seconds < 1 || changes < 0) {
    return refuse("Invalid save parameters", `save takes <seconds> (at least 1) <changes> (at least 0), not '${args[0]} ${args[1]}'.`, seconds < 1 ? 0 : 1);
  }
  return OK;
}
function setBind6(args) {
  return args.length > 16 ? refuse("Too many bind addresses specified", `bind accepts at most 16 addresses; this line has ${args.length}.`, 16) : OK;
}
function setUnixSocketPerm6(args) {
  const match = /^[ \t\n\v\f\r]*([+-]?)([0-7]*)/.exec(args[0]);
  const digits = match?.[2] ?? "";
  const magnitude = digits === "" ? 0n : BigInt(`0o${digits}`);
  const value = match?.[1] === "-" ? -magnitude : magnitude;
  if (value > 2n ** 63n - 1n || value < -(2n ** 63n) || BigInt.asUintN(32, value) > 0o777n) {
    return refuse("Invalid socket file permissions", `unixsocketperm takes octal permission bits up to 777, not '${args[0]}'.`, 0);
  }
  return OK;
}
function setClientOutputBufferLimit6(args) {
  if (!CLIENT_CLASSES.has(asciiLower(args[0]))) {
    return refuse(
      "Unrecognized client limit class: the user specified an invalid one, or 'master' which has no buffer limits.",
      `client-output-buffer-limit classes are normal, replica (or slave) and pubsub, not '${args[0]}'.`,
      0
    );
  }
  if (atoi(args[3]) < 0) {
    return refuse("Negative number of seconds in soft limit is invalid", `client-output-buffer-limit soft seconds must not be negative, not '${args[3]}'.`, 3);
  }
  return OK;
}
function setNotifyKeyspaceEvents6(args, rules) {
  const classes2 = rules.line === "6.0" ? "Ag$lshzxeKEtm" : "Ag$lshzxeKEtmd";
  const bad = [...args[0]].find((char) => !classes2.includes(char));
  if (bad === void 0) return OK;
  return refuse("Invalid event class character. Use 'g$lshzxeA'.", `notify-keyspace-events accepts only the characters ${classes2}; '${bad}' is not one (classes are case-sensitive).`, 0);
}
function setRequirepass6(args) {
  return new TextEncoder().encode(args[0]).length > 512 ? refuse("Password is longer than CONFIG_AUTHPASS_MAX_LEN", "requirepass is limited to 512 characters on Redis 6.0.", 0) : OK;
}
var SPECIAL_SETTERS_6 = {
  save: setSave6,
  bind: setBind6,
  unixsocketperm: setUnixSocketPerm6,
  "client-output-buffer-limit": setClientOutputBufferLimit6,
  "notify-keyspace-events": setNotifyKeyspaceEvents6,
  requirepass: setRequirepass6
};
var SPECIAL_SETTERS = {
  save: setSave,
  "client-output-buffer-limit": setClientOutputBufferLimit,
  "oom-score-adj-values": setOomScoreAdjValues,
  "notify-keyspace-events": setNotifyKeyspaceEvents,
  bind: setBind,
  replicaof: setReplicaOf,
  "latency-tracking-info-percentiles": setLatencyPercentiles,
  dir: setDir
};

// server/src/model/config/sentinel.ts
var PRE_MONITOR = /* @__PURE__ */ new Set([
  "announce-ip",
  "announce-port",
  "deny-scripts-reconfig",
  "sentinel-user",
  "sentinel-pass",
  "current-epoch",
  "myid",
  "resolve-hostnames",
  "announce-hostnames"
]);
var NO_MASTER = (name) => ({
  error: "No such master with specified name.",
  message: `No \`sentinel monitor ${name} \u2026\` line declares the master named ${name}; declare it, or fix the name (names are case-sensitive).`,
  arg: 1
});
function instanceError(host, port, state, portArg) {
  const portNumber = atoi(port);
  if (portNumber < 0 || portNumber > 65535) {
    return { error: "Invalid port number.", message: `Port ${port} is outside 0..65535.`, arg: portArg };
  }
  if (!state.resolveHostnames && !isIpv4(host) && !isIpv6(host)) {
    return {
      error: "Can't resolve instance hostname.",
      message: `${host} is not an IP address, and Sentinel only resolves hostnames with \`sentinel resolve-hostnames yes\` (placed before this line or anywhere: it is applied first). Add that line, or use an IP address.`,
      arg: portArg - 1
    };
  }
  return void 0;
}
var CHECKS = {
  monitor: {
    argc: [5],
    check([, name, host, port, quorum], state) {
      if (atoi(quorum) <= 0) return { error: "Quorum must be 1 or greater.", message: `The quorum (${quorum}) must be a number of at least 1.`, arg: 4 };
      if (state.masters.has(name)) return { error: "Duplicate master name.", message: `Master ${name} is already monitored by an earlier line.`, arg: 1 };
      const problem = instanceError(host, port, state, 3);
      if (problem) return problem;
      state.masters.set(name, { replicas: /* @__PURE__ */ new Set(), sentinels: /* @__PURE__ */ new Set(), renamed: /* @__PURE__ */ new Set() });
      return void 0;
    }
  },
  "down-after-milliseconds": { argc: [3], check: positiveTime },
  "failover-timeout": { argc: [3], check: positiveTime },
  "parallel-syncs": { argc: [3], check: masterOnly },
  "notification-script": { argc: [3], check: masterOnly },
  "client-reconfig-script": { argc: [3], check: masterOnly },
  "auth-pass": { argc: [3], check: masterOnly },
  "auth-user": { argc: [3], check: masterOnly },
  "current-epoch": { argc: [2], check: () => void 0 },
  myid: {
    argc: [2],
    check: ([, id]) => id.length === 40 ? void 0 : { error: "Malformed Sentinel id in myid option.", message: "myid must be exactly 40 characters (Sentinel writes it itself; remove the line to get a new one).", arg: 1 }
  },
  "config-epoch": { argc: [3], check: masterOnly },
  "leader-epoch": { argc: [3], check: masterOnly },
  "known-replica": { argc: [4], check: knownReplica },
  "known-slave": { argc: [4], check: knownReplica },
  "known-sentinel": {
    argc: [4, 5],
    check(args, state) {
      if (args.length === 4) return void 0;
      const master = state.masters.get(args[1]);
      if (!master) return NO_MASTER(args[1]);
      const problem = instanceError(args[2], args[3], state, 3);
      if (problem) return problem;
      if (master.sentinels.has(args[4])) return { error: "Duplicate runid for sentinel.", message: `Sentinel run id ${args[4]} is listed twice for ${args[1]}.`, arg: 4 };
      master.sentinels.add(args[4]);
      return void 0;
    }
  },
  "rename-command": {
    argc: [4],
    check([, name, command], state) {
      const master = state.masters.get(name);
      if (!master) return NO_MASTER(name);
      if (master.renamed.has(command)) return { error: "Same command renamed multiple times with rename-command.", message: `${command} is already renamed for ${name}.`, arg: 2 };
      master.renamed.add(command);
      return void 0;
    }
  },
  "announce-ip": { argc: [2], check: () => void 0 },
  "announce-port": { argc: [2], check: () => void 0 },
  "deny-scripts-reconfig": { argc: [2], check: yesNoCheck("deny-scripts-reconfig options") },
  "sentinel-user": { argc: [2], check: () => void 0 },
  "sentinel-pass": { argc: [2], check: () => void 0 },
  "resolve-hostnames": {
    argc: [2],
    check(args, state) {
      const problem = yesNoCheck("resolve-hostnames option")(args, state);
      if (!problem) state.resolveHostnames = yesNo(args[1]) === true;
      return problem;
    }
  },
  "announce-hostnames": { argc: [2], check: yesNoCheck("announce-hostnames option") },
  "master-reboot-down-after-period": {
    argc: [3],
    check(args, state) {
      if (!state.masters.has(args[1])) return NO_MASTER(args[1]);
      return atoi(args[2]) < 0 ? { error: "negative time parameter.", message: "The period must not be negative.", arg: 2 } : void 0;
    }
  }
};
function masterOnly(args, state) {
  return state.masters.has(args[1]) ? void 0 : NO_MASTER(args[1]);
}
function positiveTime(args, state) {
  if (!state.masters.has(args[1])) return NO_MASTER(args[1]);
  return atoi(args[2]) <= 0 ? { error: "negative or zero time parameter.", message: `The time (${args[2]}) must be a positive number of milliseconds.`, arg: 2 } : void 0;
}
function knownReplica(args, state) {
  const master = state.masters.get(args[1]);
  if (!master) return NO_MASTER(args[1]);
  const problem = instanceError(args[2], args[3], state, 3);
  if (problem) return problem;
  const key = `${args[2]}:${atoi(args[3])}`;
  if (master.replicas.has(key)) return { error: "Duplicate hostname and port for replica.", message: `Replica ${key} is listed twice for ${args[1]}.`, arg: 2 };
  master.replicas.add(key);
  return void 0;
}
function yesNoCheck(what) {
  return ([, value]) => yesNo(value) === void 0 ? { error: `Please specify yes or no for the ${what}.`, message: `Write yes or no, not '${value}'.`, arg: 1 } : void 0;
}
function phaseOf(record) {
  const name = asciiLower(record.args[0].value);
  if (name === "monitor") return 1;
  return PRE_MONITOR.has(name) ? 0 : 2;
}
function checkSentinelLines(config, problems, catalog) {
  const state = { resolveHostnames: false, masters: /* @__PURE__ */ new Map() };
  const phase = (record) => catalog.sentinelQueued ? phaseOf(record) : 0;
  const ordered = config.sentinel.map((record, index) => ({ record, index })).sort((a, b) => phase(a.record) - phase(b.record) || a.index - b.index);
  for (const { record } of ordered) {
    const args = record.args.map((a) => a.value);
    const sub = asciiLower(args[0]);
    const entry = catalog.sentinelNames(sub)?.map((name) => CHECKS[name]).find((check) => check !== void 0);
    const spanOf = (i) => i !== void 0 && record.args[i] ? record.args[i].span : record.directive.span;
    if (!entry || !entry.argc.includes(args.length)) {
      problems.push({
        code: "invalid-sentinel-directive",
        file: record.file,
        span: entry ? record.directive.span : record.args[0].span,
        fatal: true,
        phase: "load",
        redisMessage: "Unrecognized sentinel configuration statement.",
        message: entry ? `sentinel ${sub} takes ${entry.argc.map((n) => n - 1).join(" or ")} argument${entry.argc[0] === 2 ? "" : "s"}; this line has ${args.length - 1}.` : `Unknown sentinel directive \`${args[0]}\` for this version: Sentinel refuses to start.`
      });
      continue;
    }
    const problem = entry.check(args, state);
    if (problem) {
      problems.push({
        code: "invalid-sentinel-directive",
        file: record.file,
        span: spanOf(problem.arg),
        fatal: true,
        phase: "load",
        redisMessage: problem.error,
        message: problem.message
      });
    }
  }
}

// server/src/model/config/startup.ts
function checkStartup(input, config, users, problems) {
  checkTls(config, problems);
  checkModuleConfigs(config, problems);
  checkAclSources(input, config, users, problems);
}
function loadAclFileOf(input, config, aclfile, problems) {
  const written = aclfile.values[0];
  const base = input.root ? config.workingDirectory : dirname(aclfile.file);
  const absolute = resolve(base, written);
  const onDisk = input.root ? resolve(input.root, absolute.slice(1)) : absolute;
  const read = input.files.read(onDisk);
  if ("error" in read) {
    const fatal = input.root !== void 0;
    problems.push({
      code: "path-not-found",
      file: aclfile.file,
      span: aclfile.directive.args[0].span,
      fatal,
      phase: fatal ? "startup" : "none",
      lineless: true,
      pathDependent: true,
      redisMessage: `Error loading ACLs, opening file '${written}': ${read.error}`,
      message: `aclfile ${written}: ${read.error.toLowerCase()} here; Redis refuses to start if it cannot read it on the server.`
    });
    return;
  }
  const doc = parseAcl(read.text);
  const result = loadAclFile(input.aclContext, doc.lines, { fileName: written });
  config.aclFile = { path: onDisk, text: read.text, doc, lines: new LineIndex(read.text), result };
  problems.push(...aclFileProblems(result, onDisk));
  if (result.accepted) config.aclUsers = result.users;
}
function enabled(config, name) {
  return asciiLower(config.value(name) ?? "no") === "yes";
}
function checkTls(config, problems) {
  const tlsPort = config.effective("tls-port");
  const usesTls = tlsPort && tlsPort.values[0] !== "0" || enabled(config, "tls-replication") || enabled(config, "tls-cluster");
  if (!usesTls) return;
  const anchor = tlsPort ?? config.effective("tls-replication") ?? config.effective("tls-cluster");
  if (!anchor) return;
  const cert = config.value("tls-cert-file") ?? "";
  const key = config.value("tls-key-file") ?? "";
  const missing = cert === "" ? "tls-cert-file" : key === "" ? "tls-key-file" : void 0;
  if (!missing) return;
  problems.push({
    code: "tls-incomplete",
    file: anchor.file,
    span: anchor.directive.span,
    fatal: true,
    phase: "startup",
    lineless: true,
    redisMessage: `No ${missing} configured!`,
    message: `TLS is enabled here but no ${missing} is set: Redis fails to configure TLS and refuses to start. Add \`${missing} /path/to/file\`.`
  });
}
function checkModuleConfigs(config, problems) {
  if (config.modules.length > 0) return;
  for (const setting of config.moduleConfigs) {
    problems.push({
      code: "module-config-without-module",
      file: setting.file,
      span: setting.directive.name.span,
      fatal: true,
      phase: "startup",
      lineless: true,
      redisMessage: "Module Configuration detected without loadmodule directive or no ApplyConfig call: aborting",
      message: `${setting.directive.name.value} is a module setting (it contains a dot), but no loadmodule line loads a module to claim it: Redis aborts at startup. Add the loadmodule line or remove this one.`
    });
    return;
  }
}
function checkAclSources(input, config, users, problems) {
  const aclfile = config.effective("aclfile");
  const hasAclfile = aclfile !== void 0 && aclfile.values[0] !== "";
  if (hasAclfile && config.users.length > 0) {
    const user = config.users[0];
    problems.push({
      code: "aclfile-with-users",
      file: user.file,
      span: user.directive.span,
      fatal: true,
      phase: "startup",
      lineless: true,
      redisMessage: "Configuring Redis with users defined in redis.conf and at the same setting an ACL file path is invalid.",
      message: "user lines and an aclfile cannot be combined: Redis refuses to start. Move these users into the ACL file, or drop the aclfile line.",
      related: { file: aclfile.file, span: aclfile.directive.span, message: "aclfile is set here" }
    });
    return;
  }
  config.aclUsers = users.startup(problems);
  if (hasAclfile && aclfile) loadAclFileOf(input, config, aclfile, problems);
}

// server/src/model/config/users.ts
var UserDeclarations = class {
  /** `duplicatesAllowed`: 6.x has no duplicate check; a later line resets and redefines the user at startup. */
  constructor(context, duplicatesAllowed = false) {
    this.context = context;
    this.duplicatesAllowed = duplicatesAllowed;
    this.confUsers = new ConfUsers(context);
  }
  context;
  duplicatesAllowed;
  confUsers;
  firstDeclared = /* @__PURE__ */ new Map();
  /** Declarations that passed loading, in order: startup errors point into one of them. */
  accepted = [];
  declare(file, line, problems) {
    const result = this.confUsers.addLine([line.name, ...line.args]);
    const username = line.args[0];
    if (!result.ok) {
      const duplicate = "errno" in result.error.error && result.error.error.errno === "EALREADY";
      if (duplicate && this.duplicatesAllowed) return;
      const first2 = this.firstDeclared.get(username.value);
      problems.push({
        code: duplicate ? "duplicate-user" : "invalid-acl-rule",
        file,
        span: result.error.span,
        fatal: true,
        phase: "load",
        redisMessage: result.error.redisMessageRedacted,
        message: duplicate ? `User ${username.value} is already declared; Redis refuses to start. Merge the rules into one \`user ${username.value} \u2026\` line.` : result.error.message,
        ...duplicate && first2 ? { related: { ...first2, message: "first declared here" } } : {}
      });
      return;
    }
    if (!this.firstDeclared.has(username.value)) this.firstDeclared.set(username.value, { file, span: username.span });
    this.accepted.push({ file, span: line.span });
  }
  /** The startup step: users are created in order and the first failing rule stops Redis. */
  startup(problems) {
    const result = this.confUsers.startup();
    if (!result.ok && result.span) {
      const at = result.span;
      const file = this.accepted.find((d) => d.span.start <= at.start && at.end <= d.span.end)?.file ?? this.accepted[0]?.file ?? "";
      problems.push({
        code: "invalid-acl-rule",
        file,
        span: result.span,
        fatal: true,
        phase: "startup",
        lineless: true,
        redisMessage: (result.log ?? []).join(" "),
        message: `${result.message ?? "This ACL rule is refused"} Redis accepts the line while reading the file but refuses to start when it creates the user.`
      });
    }
    return result.users;
  }
};

// server/src/model/config/load.ts
var BAD_DIRECTIVE = "Bad directive or wrong number of arguments";
function loadConfig(input) {
  const loader = new Loader(input);
  loader.run();
  return { config: loader.config, problems: loader.problems };
}
var Loader = class {
  constructor(input) {
    this.input = input;
    this.config = new EffectiveConfig(input.file, input.kind);
    this.users = new UserDeclarations(input.aclContext, input.catalog.rules.loader === 6);
    this.commands = new Set(input.catalog.commandNames());
    this.cwd = dirname(input.file);
  }
  input;
  config;
  problems = [];
  users;
  commands;
  /** Redis's `reading_config_file`: cleared when an included file finishes (the save bug). */
  readingConfigFile = true;
  saveLoaded = false;
  /** 6.x: the texts whose first `save` line has been read. */
  saveLoadedIn = /* @__PURE__ */ new Set();
  /** Working directory as far as the file tells (`dir` lines), for relative paths. */
  cwd;
  run() {
    const main = this.addSource(this.input.file, this.input.text);
    const stack = [{ source: main, index: 0, chain: [this.realpath(this.input.file)] }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const lines = frame.source.doc.lines;
      if (frame.index >= lines.length) {
        stack.pop();
        if (stack.length > 0 && !frame.groupContinues) this.readingConfigFile = false;
        continue;
      }
      const line = lines[frame.index++];
      if (line.kind === "comment") continue;
      if (line.kind === "invalid") {
        const afterQuote = line.problem.code === "text-after-quote";
        this.fatal(
          frame.source.path,
          line.problem.span,
          "unbalanced-quotes",
          "Unbalanced quotes in configuration line",
          afterQuote ? "A closing quote must be followed by a space or the end of the line; Redis rejects this line." : 'This quote is never closed on its line; Redis rejects the line. Close it, or escape it (\\" inside double quotes).'
        );
        continue;
      }
      const included = this.directive(frame, line);
      if (included && included.length > 0) {
        this.readingConfigFile = true;
        for (let i = included.length - 1; i >= 0; i--) stack.push(included[i]);
      }
    }
    this.afterLoad();
    this.config.workingDirectory = this.cwd;
    if (this.input.kind === "sentinel") checkSentinelLines(this.config, this.problems, this.input.catalog);
    checkStartup(this.input, this.config, this.users, this.problems);
  }
  addSource(path, text2, includedFrom) {
    const source2 = {
      path,
      text: text2,
      doc: parseConf(text2),
      lines: new LineIndex(text2),
      ...includedFrom ? { includedFrom } : {}
    };
    this.config.files.set(path, source2);
    for (const problem of source2.doc.problems) {
      if (problem.code === "nul-dropped") {
        this.problems.push({
          code: "nul-byte",
          file: path,
          span: problem.span,
          fatal: false,
          phase: "none",
          message: "Redis stops reading a line at a NUL byte and silently drops the rest of that chunk; remove the NUL bytes (is this a binary or UTF-16 file?)."
        });
      }
    }
    return source2;
  }
  realpath(path) {
    return this.input.files.realpath?.(path) ?? path;
  }
  fatal(file, span, code, redisMessage, message, extra = {}) {
    this.problems.push({ code, file, span, message, redisMessage, fatal: true, phase: "load", ...extra });
  }
  /** Handles one directive line; returns frames when it includes files to read next. */
  directive(frame, line) {
    const file = frame.source.path;
    const { key, args } = line;
    const argc = args.length + 1;
    const entry = this.input.catalog.lookup(key);
    if (entry) {
      this.tableDirective(file, line, entry.facts, entry.viaAlias);
      return void 0;
    }
    if (this.input.catalog.isDeprecatedIgnored(key)) {
      if (argc === 2) {
        this.problems.push({
          code: "deprecated-directive",
          file,
          span: line.name.span,
          fatal: false,
          phase: "none",
          message: `${key} is obsolete: Redis accepts and ignores it. Remove the line (the listpack equivalent, if any, is what takes effect).`
        });
        return void 0;
      }
      this.fatal(file, line.span, "wrong-argument-count", BAD_DIRECTIVE, `${key} takes exactly one value (Redis then ignores it); this line has ${args.length}.`);
      return void 0;
    }
    switch (key) {
      case "include":
        if (argc === 2) return this.include(frame, line);
        break;
      case "rename-command":
        if (argc === 3) {
          this.renameCommand(file, line);
          return void 0;
        }
        break;
      case "user":
        if (argc >= 2) {
          this.config.users.push({ file, directive: line, args, username: args[0].value });
          this.users.declare(file, line, this.problems);
          return void 0;
        }
        break;
      case "loadmodule":
        if (argc >= 2) {
          this.config.modules.push({ file, directive: line, args });
          return void 0;
        }
        break;
    }
    if (key.includes(".") && this.input.catalog.rules.loader === 7) {
      if (argc < 2) {
        this.fatal(
          file,
          line.span,
          "wrong-argument-count",
          "Module config specified without value",
          `Module setting ${line.name.value} has no value; write \`${line.name.value} <value>\`.`
        );
      } else {
        this.config.moduleConfigs.push({ file, directive: line, args });
      }
      return void 0;
    }
    if (key === "sentinel") {
      if (argc === 1) return void 0;
      if (this.input.kind !== "sentinel") {
        this.fatal(
          file,
          line.span,
          "sentinel-directive-outside-sentinel",
          "sentinel directive while not in sentinel mode",
          "sentinel lines work only when Redis runs as Sentinel (redis-sentinel, or redis-server --sentinel); lint this file as a sentinel config (--kind sentinel) or remove the line."
        );
      } else {
        this.config.sentinel.push({ file, directive: line, args });
      }
      return void 0;
    }
    this.unknownOrMiscounted(file, line, key);
    return void 0;
  }
  unknownOrMiscounted(file, line, key) {
    const expected = {
      include: "include takes exactly one path",
      "rename-command": 'rename-command takes exactly two names: <command> <new-name> ("" disables the command)',
      user: "user takes a name followed by ACL rules",
      loadmodule: "loadmodule takes a path followed by optional module arguments"
    };
    if (expected[key]) {
      this.fatal(file, line.span, "wrong-argument-count", BAD_DIRECTIVE, `${expected[key]}.`);
      return;
    }
    const bom = line.name.value.startsWith("\uFEFF");
    if (bom) {
      this.fatal(
        file,
        line.name.span,
        "unknown-directive",
        BAD_DIRECTIVE,
        "The file starts with a UTF-8 byte-order mark, which Redis reads as part of the first directive name; save the file without a BOM."
      );
      return;
    }
    const suggestion = this.input.catalog.suggest(key);
    const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : "";
    if (this.input.catalog.newerThanData) {
      this.problems.push({
        code: "unknown-directive",
        file,
        span: line.name.span,
        fatal: false,
        phase: "none",
        message: `Unknown directive \`${line.name.value}\` as far as redis-lint's data goes; the target is newer than that data, so it may be valid there.${hint}`
      });
      return;
    }
    const trailing = line.args.findIndex((a) => a.value.startsWith("#") && !a.quoted);
    const note = trailing >= 0 ? " (Redis has no trailing comments: a `#` after a directive is an argument.)" : "";
    this.fatal(file, line.name.span, "unknown-directive", BAD_DIRECTIVE, `Unknown directive \`${line.name.value}\`: Redis refuses to start.${hint}${note}`);
  }
  tableDirective(file, line, facts, viaAlias) {
    const args = line.args;
    const { min, max, error } = facts.args;
    if (args.length < min || max !== void 0 && args.length > max) {
      const trailing = args.findIndex((a, i) => i > 0 && a.value.startsWith("#") && !a.quoted);
      const span = args.length > 1 ? { start: args[1].span.start, end: args[args.length - 1].span.end } : line.span;
      const why = trailing >= 0 ? " Redis has no trailing comments: move the `#` comment to its own line." : args.length < min ? " Add the value." : " Quote a value that contains spaces.";
      const count = max === 1 ? "exactly one value" : max === min ? `exactly ${min} values` : `at least ${min} value${min === 1 ? "" : "s"}`;
      this.fatal(file, span, "wrong-argument-count", error, `${facts.name} takes ${count}; this line has ${args.length}.${why}`);
      return;
    }
    let values2 = args.map((a) => a.value);
    let valueSpans = args.map((a) => a.span);
    if (facts.multiArg && args.length === 1 && args[0].value !== "") {
      const split = splitArgs(args[0].value);
      values2 = "args" in split ? split.args.map((a) => a.value) : [];
      valueSpans = values2.map(() => args[0].span);
    }
    const result = setDirective(facts, values2, this.input.catalog.rules);
    if (!result.ok) {
      const span = result.argIndex !== void 0 && valueSpans[result.argIndex] ? valueSpans[result.argIndex] : args.length > 0 ? { start: args[0].span.start, end: args[args.length - 1].span.end } : line.span;
      const code = result.redisMessage === "wrong number of arguments" ? "wrong-argument-count" : "invalid-value";
      if (result.buildDependent) {
        this.problems.push({ code: "build-dependent-setting", file, span, fatal: false, phase: "none", message: result.message });
      } else {
        this.fatal(file, span, code, result.redisMessage, result.message);
        return;
      }
    }
    const record = { name: facts.name, facts, file, directive: line, values: values2, valueSpans, viaAlias };
    if (facts.name === "save") this.save(record);
    if (facts.name === "dir") this.dir(record);
    if (facts.name === "logfile" && this.input.catalog.rules.loader === 6) this.checkLogfile(record);
    this.config.add(record);
  }
  save(record) {
    if (this.input.catalog.rules.loader === 6) {
      this.save6(record);
      return;
    }
    const pairs = record.values.length === 1 && record.values[0] === "" ? [] : record.values;
    const previous = this.config.savePoints;
    if (!this.readingConfigFile) {
      if (previous && previous.length > 0 && pairs.length > 0) {
        const earlier = previous[previous.length - 1].record;
        this.problems.push({
          code: "save-after-include",
          file: record.file,
          span: record.directive.span,
          fatal: false,
          phase: "none",
          message: "After an `include`, each `save` line replaces the earlier save points instead of adding to them (a Redis bug), so only the last such line takes effect. Put all save points on one line: `save 3600 1 300 100`.",
          related: { file: earlier.file, span: earlier.directive.span, message: "save points dropped by the later line" }
        });
      }
      this.config.savePoints = [];
    } else if (!this.saveLoaded) {
      this.saveLoaded = true;
      this.config.savePoints = [];
    }
    const points = this.config.savePoints ?? [];
    for (let i = 0; i + 1 < pairs.length; i += 2) points.push({ seconds: pairs[i], changes: pairs[i + 1], record });
    this.config.savePoints = points;
  }
  /**
   * 6.x: each text (the file, each included file) clears the save points at its first `save`
   * line; a line adds one `<seconds> <changes>` pair, `""` clears, any other count is ignored.
   */
  save6(record) {
    if (!this.saveLoadedIn.has(record.file)) {
      this.saveLoadedIn.add(record.file);
      this.config.savePoints = [];
    }
    const points = this.config.savePoints ?? [];
    if (record.values.length === 2) points.push({ seconds: record.values[0], changes: record.values[1], record });
    this.config.savePoints = record.values.length === 1 && record.values[0] === "" ? [] : points;
  }
  dir(record) {
    const path = record.values[0];
    const resolved = resolve(this.cwd, path);
    const lookup = this.input.root ? resolve(this.input.root, resolved.slice(1)) : resolved;
    const v6 = this.input.catalog.rules.loader === 6;
    const chdirError = (error) => v6 ? `Can't chdir to '${path}': ${error}` : error;
    if (path === "") {
      this.fatal(
        record.file,
        record.directive.args[0].span,
        "invalid-value",
        chdirError("No such file or directory"),
        "dir cannot be empty: Redis changes to this directory at startup and an empty path always fails.",
        v6 ? { lineless: true } : {}
      );
      return;
    }
    const found = this.input.files.stat(lookup);
    if (found !== "directory") {
      this.pathProblem(
        record.file,
        record.directive.args[0].span,
        "path-not-found",
        found === "file" ? `dir ${path} is a file, not a directory; Redis refuses to start ("Not a directory").` : `dir ${path} does not exist here; Redis refuses to start if it is missing on the server ("No such file or directory").`,
        chdirError(found === "file" ? "Not a directory" : "No such file or directory"),
        "load",
        v6
      );
    }
    this.cwd = resolved;
  }
  /** A problem that depends on the machine: fatal only when `--root` describes the server's files. */
  pathProblem(file, span, code, message, redisMessage, phase = "load", lineless = false) {
    const fatal = this.input.root !== void 0;
    this.problems.push({
      code,
      file,
      span,
      message,
      fatal,
      phase: fatal ? phase : "none",
      redisMessage,
      pathDependent: true,
      ...lineless ? { lineless: true } : {}
    });
  }
  renameCommand(file, line) {
    const [from, to] = line.args;
    this.config.renames.push({ file, directive: line, args: line.args });
    const name = asciiLower(from.value);
    if (!this.commands.has(name)) {
      const renamed = this.config.renames.slice(0, -1).some((r) => asciiLower(r.args[0].value) === name);
      this.fatal(file, from.span, "rename-command-invalid", "No such command in rename-command", renamed ? `${from.value} was already renamed by an earlier rename-command line, so the name no longer exists.` : `rename-command: ${from.value} is not a command of this Redis version.`);
      return;
    }
    this.commands.delete(name);
    if (to.value === "") return;
    const target = asciiLower(to.value);
    if (this.commands.has(target)) {
      this.fatal(
        file,
        to.span,
        "rename-command-invalid",
        "Target command name already exists",
        `rename-command: ${to.value} is already the name of a command; choose a name no command has.`
      );
      return;
    }
    this.commands.add(target);
  }
  include(frame, line) {
    const file = frame.source.path;
    const written = line.args[0].value;
    if (written === "") {
      this.fatal(
        file,
        line.args[0].span,
        "include-not-found",
        "Fatal error, can't open config file '': No such file or directory",
        "include needs a path: an empty one can never be opened, so Redis refuses to start.",
        { lineless: true }
      );
      return void 0;
    }
    const base = this.input.root ? this.cwd : dirname(file);
    const absolute = resolve(base, written);
    const onDisk = this.input.root ? resolve(this.input.root, absolute.slice(1)) : absolute;
    const record = { file, directive: line, args: line.args, resolved: [] };
    this.config.includes.push(record);
    let targets;
    if (this.input.catalog.includeGlobs && hasGlobChars(written)) {
      targets = this.input.files.glob(onDisk);
      if (targets.length === 0) return void 0;
    } else {
      targets = [onDisk];
    }
    const frames = [];
    const chain = [...frame.chain, ...targets.map((t) => this.realpath(t))];
    for (const target of targets) {
      const real = this.realpath(target);
      if (frame.chain.includes(real)) {
        this.fatal(
          file,
          line.args[0].span,
          "include-cycle",
          "include loop (Redis crashes with a stack overflow)",
          `This include reads ${written} again while it is already being read: Redis has no loop protection and crashes with a stack overflow. Remove the cycle.`
        );
        return void 0;
      }
      const read = this.input.files.read(target);
      if ("error" in read) {
        this.pathProblem(
          file,
          line.args[0].span,
          "include-not-found",
          `include ${written}: ${read.error.toLowerCase()} here; Redis refuses to start if it cannot read it on the server ("Fatal error, can't open config file").`,
          `Fatal error, can't open config file '${written}': ${read.error}`,
          "load",
          true
        );
        return void 0;
      }
      record.resolved.push(target);
      const source2 = this.addSource(target, read.text, { file, span: line.args[0].span });
      frames.push({ source: source2, index: 0, chain, groupContinues: true });
    }
    if (frames.length > 0) frames[frames.length - 1] = { ...frames[frames.length - 1], groupContinues: false };
    return frames;
  }
  /** Redis opens the log file to test it: 6.x at its line, 7.0+ after loading (no line number). */
  checkLogfile(logfile) {
    const written = logfile.values[0];
    if (written === "") return;
    const lineless = this.input.catalog.rules.loader === 7;
    if (written === "." || written === ".." || written.endsWith("/")) {
      this.problems.push({
        code: "invalid-value",
        file: logfile.file,
        span: logfile.directive.args[0].span,
        fatal: true,
        phase: "load",
        lineless,
        redisMessage: "Can't open the log file: Is a directory",
        message: `logfile ${written} names a directory; Redis refuses to start because it cannot open it as a file. Give a file path, or "" to log to standard output.`
      });
    }
    const path = resolve(this.cwd, written);
    const onDisk = this.input.root ? resolve(this.input.root, path.slice(1)) : path;
    if (this.input.files.stat(dirname(onDisk)) !== "directory") {
      this.pathProblem(
        logfile.file,
        logfile.directive.args[0].span,
        "path-not-found",
        `logfile ${written}: its directory does not exist here; Redis refuses to start if it cannot open the log file on the server.`,
        "Can't open the log file: No such file or directory",
        "load",
        lineless
      );
    }
  }
  afterLoad() {
    const logfile = this.config.effective("logfile");
    if (logfile && this.input.catalog.rules.loader === 7) this.checkLogfile(logfile);
    for (const module2 of this.config.modules) {
      const path = module2.args[0].value;
      const absolute = resolve(this.cwd, path);
      const onDisk = this.input.root ? resolve(this.input.root, absolute.slice(1)) : absolute;
      if (this.input.files.stat(onDisk) !== "file") {
        this.pathProblem(
          module2.file,
          module2.args[0].span,
          "path-not-found",
          `loadmodule ${path}: no such file here; Redis aborts at startup if the module cannot be loaded on the server.`,
          `Can't load module from ${path}: server aborting`,
          "startup",
          true
        );
      }
    }
    const cluster = this.config.effective("cluster-enabled");
    const replicaof = this.config.effective("replicaof");
    if (cluster && asciiLower(cluster.values[0]) === "yes" && replicaof && asciiLower(replicaof.values[0]) !== "no") {
      this.problems.push({
        code: "replicaof-in-cluster-mode",
        file: replicaof.file,
        span: replicaof.directive.span,
        fatal: true,
        phase: "load",
        lineless: this.input.catalog.rules.loader === 7,
        redisMessage: "replicaof directive not allowed in cluster mode",
        message: "replicaof is not allowed with cluster-enabled yes: in a cluster, replicas are assigned with CLUSTER REPLICATE. Remove the replicaof line.",
        related: { file: cluster.file, span: cluster.directive.span, message: "cluster mode is enabled here" }
      });
    }
  }
};

// server/src/model/analyze.ts
function droppedNewlinesBefore(source2, offset) {
  let count = 0;
  for (const problem of source2.doc.problems) {
    if (problem.code !== "nul-dropped" || problem.span.start >= offset) continue;
    const end = Math.min(problem.span.end, offset);
    for (let at = source2.text.indexOf("\n", problem.span.start); at !== -1 && at < end; at = source2.text.indexOf("\n", at + 1)) count++;
  }
  return count;
}
function analyze(input) {
  const files = input.files ?? NO_FILES;
  if (input.kind === "acl") {
    const doc = parseAcl(input.text);
    const lines = new LineIndex(input.text);
    const aclFile = loadAclFile(aclContext(input.target.dataId), doc.lines, { fileName: input.file });
    const problems2 = aclFileProblems(aclFile, input.file);
    const byFile = (file) => file === input.file ? lines : void 0;
    const redisLineOf2 = (file, offset) => file === input.file ? lines.lineOf(offset) + 1 : void 0;
    return {
      kind: "acl",
      target: input.target,
      mainFile: input.file,
      acl: { doc, lines, result: aclFile },
      problems: problems2,
      verdict: computeVerdict(problems2, redisLineOf2),
      lines: byFile,
      text: (file) => file === input.file ? input.text : void 0
    };
  }
  const catalog = catalogFor(input.target);
  const { config, problems } = loadConfig({
    text: input.text,
    file: input.file,
    kind: input.kind,
    catalog,
    files,
    ...input.root === void 0 ? {} : { root: input.root },
    aclContext: aclContext(input.target.dataId)
  });
  const linesOf = (file) => config.source(file)?.lines ?? (config.aclFile?.path === file ? config.aclFile.lines : void 0);
  const redisLineOf = (file, offset) => {
    const source2 = config.source(file);
    if (!source2 && config.aclFile?.path === file) return config.aclFile.lines.lineOf(offset) + 1;
    return source2 ? source2.lines.lineOf(offset) + 1 - droppedNewlinesBefore(source2, offset) : void 0;
  };
  return {
    kind: input.kind,
    target: input.target,
    mainFile: input.file,
    config,
    problems,
    verdict: computeVerdict(problems, redisLineOf),
    lines: linesOf,
    text: (file) => config.source(file)?.text ?? (config.aclFile?.path === file ? config.aclFile.text : void 0)
  };
}

// server/src/rules/acl/analysis.ts
var cache2 = /* @__PURE__ */ new WeakMap();
function aclAnalysis(model) {
  let result = cache2.get(model);
  if (result === void 0) {
    result = compute(model) ?? null;
    cache2.set(model, result);
  }
  return result ?? void 0;
}
function compute(model) {
  if (model.kind === "acl" && model.acl) return analyzeAclFile(model);
  if (model.config) return analyzeConfUsers(model);
  return void 0;
}
function asciiLower2(text2) {
  return /[A-Z]/.test(text2) ? text2.replace(/[A-Z]/g, (c2) => c2.toLowerCase()) : text2;
}
var TRIM_START = /^[\t\r\n]+/;
var TRIM_END = /[\t\r\n]+$/;
function trimmed(value, span) {
  const first2 = value.charCodeAt(0);
  const last2 = value.charCodeAt(value.length - 1);
  const edge = (c2) => c2 === 9 || c2 === 10 || c2 === 13;
  if (!edge(first2) && !edge(last2)) return { value, span };
  const lead = value.length - value.replace(TRIM_START, "").length;
  const out = value.replace(TRIM_START, "").replace(TRIM_END, "");
  return { value: out, span: { start: span.start + lead, end: span.start + lead + out.length } };
}
function analyzeAclFile(model) {
  const acl = model.acl;
  const ctx = aclContext(model.target.dataId);
  const legacy = ctx.dialect.legacyAclFile;
  const failed = /* @__PURE__ */ new Set();
  if (!legacy) {
    for (const problem of acl.result.problems) if (problem.kind === "rule") failed.add(problem.span.start);
  }
  const definitions = [];
  const seen = /* @__PURE__ */ new Set();
  let sawDefault = false;
  for (const line of acl.doc.lines) {
    const username = line.username;
    if (line.keyword.value !== "user" || !username || /[ \t\n\v\f\r\0]/.test(username.value) || username.value === "") continue;
    const duplicate = seen.has(username.value);
    seen.add(username.value);
    if (username.value === "default") sawDefault = true;
    const loaded = legacy || duplicate ? void 0 : acl.result.users.get(username.value);
    const def = analyzeDefinition(ctx, {
      file: model.mainFile,
      name: username.value,
      nameSpan: username.span,
      lineSpan: line.span,
      words: line.rules,
      trim: true,
      fromReset: false
    }, legacy ? false : duplicate, loaded ? { user: loaded, failed } : void 0);
    if (def) definitions.push(def);
  }
  if (legacy) markSuperseded(definitions);
  const first2 = acl.doc.lines[0];
  return {
    kind: "acl",
    ctx,
    definitions,
    implicitDefault: !sawDefault,
    fileAnchor: first2 ? first2.span : { start: 0, end: 0 },
    pubsubDefault: ctx.dialect.pubsubDefault,
    pubsubFromConfig: false
  };
}
function markSuperseded(definitions) {
  const last2 = /* @__PURE__ */ new Map();
  for (const def of definitions) last2.set(def.name, def);
  for (let i = 0; i < definitions.length; i++) {
    const def = definitions[i];
    if (last2.get(def.name) !== def) definitions[i] = { ...def, duplicate: true };
  }
}
function analyzeConfUsers(model) {
  const config = model.config;
  const setting = config.effective("acl-pubsub-default");
  const written = setting ? asciiLower2(setting.values[0] ?? "") : "";
  const fromConfig = written === "allchannels" || written === "resetchannels";
  const ctx = aclContext(model.target.dataId, fromConfig ? { pubsubDefault: written } : {});
  const definitions = [];
  const seen = /* @__PURE__ */ new Set();
  for (const record of config.users) {
    const username = record.args[0];
    if (!username) continue;
    const duplicate = seen.has(username.value);
    seen.add(username.value);
    const def = analyzeDefinition(ctx, {
      file: record.file,
      name: username.value,
      nameSpan: username.span,
      lineSpan: record.directive.span,
      words: record.args.slice(1),
      trim: false,
      fromReset: true
    }, duplicate);
    if (def) definitions.push(def);
  }
  return {
    kind: "conf",
    ctx,
    definitions,
    implicitDefault: false,
    fileAnchor: { start: 0, end: 0 },
    pubsubDefault: ctx.dialect.pubsubDefault,
    pubsubFromConfig: fromConfig && ctx.dialect.channels
  };
}
var ALL_ON = { all: true, allow: true };
var ALL_OFF = { all: true, allow: false };
var touchCache = /* @__PURE__ */ new WeakMap();
function commandTouch(table, lower) {
  let cache4 = touchCache.get(table);
  if (!cache4) touchCache.set(table, cache4 = /* @__PURE__ */ new Map());
  let touch = cache4.get(lower);
  if (touch === void 0) {
    touch = computeTouch(table, lower);
    cache4.set(lower, touch);
  }
  return touch;
}
function computeTouch(table, lower) {
  if (lower === "+@all" || lower === "allcommands") return ALL_ON;
  if (lower === "-@all" || lower === "nocommands" || lower === "reset") return ALL_OFF;
  const sign = lower[0];
  if (sign !== "+" && sign !== "-") return null;
  const allow = sign === "+";
  if (lower[1] === "@") {
    const bit = table.categoryBit(lower.slice(2));
    return bit < 0 ? null : { all: false, allow, ids: table.categoryTargetIds(bit), category: bit };
  }
  const cmd = table.lookup(lower.slice(1));
  return cmd ? { all: false, allow, ids: [cmd.id, ...cmd.subcommands.map((s) => s.id)], cmd: cmd.id } : null;
}
var NO_SELECTORS = (w) => w.value.length === 0 || w.value[0] !== "(";
function buildRules(ctx, input) {
  let merged;
  if (!ctx.dialect.selectors || input.words.every(NO_SELECTORS)) merged = input.words;
  else {
    const result = mergeSelectorWords(input.words, ctx.dialect);
    if (!result.ok) return void 0;
    merged = result.rules;
  }
  const rules = [];
  for (const m of merged) {
    const t = input.trim ? trimmed(m.value, m.span) : m;
    if (t.value === "") continue;
    const selector = ctx.dialect.selectors && t.value[0] === "(" && t.value[t.value.length - 1] === ")";
    const lower = asciiLower2(t.value);
    const sign = t.value[0];
    const deny = selector ? void 0 : sign === "+" || sign === "-" ? sign === "-" : lower === "allcommands" || lower === "nocommands" ? lower === "nocommands" : void 0;
    rules.push({ value: t.value, lower, span: t.span, wordSpan: m.span, selector, failed: false, deny, effect: void 0 });
  }
  return rules;
}
var HASH2 = /^[0-9a-f]{64}$/;
var NOOP = { kind: "noop" };
function passwordHash(rule) {
  const c2 = rule.value[0];
  if (c2 === ">" || c2 === "<") return sha256Hex(rule.value.slice(1));
  if ((c2 === "#" || c2 === "!") && HASH2.test(rule.value.slice(1))) return rule.value.slice(1);
  return void 0;
}
function keyRule(value) {
  if (value[0] === "~") return { read: true, write: true, pattern: value.slice(1) };
  const tilde = value.indexOf("~");
  if (value[0] !== "%" || tilde < 2) return void 0;
  const letters = value.slice(1, tilde).toUpperCase();
  if (!/^(R|W|RW|WR)$/.test(letters)) return void 0;
  return { read: letters.includes("R"), write: letters.includes("W"), pattern: value.slice(tilde + 1) };
}
var Scratch = class {
  constructor(size) {
    this.size = size;
    this.bits = new Uint8Array(size);
    this.last = new Int32Array(size);
    this.changed = new Int32Array(size);
  }
  size;
  bits;
  last;
  /** The ids the current rule changed. */
  changed;
};
var scratch;
function scratchFor(size) {
  if (!scratch || scratch.size !== size) scratch = new Scratch(size);
  return scratch;
}
var ROOT_ONLY = [-1];
var touchScratch = [];
var EXPLICIT_DEFAULT = /* @__PURE__ */ new Set(["-@all", "nocommands", "reset"]);
function simulate(ctx, rules) {
  const { table, dialect } = ctx;
  const size = table.all.length;
  const { bits, last: last2, changed } = scratchFor(size);
  bits.fill(0);
  last2.fill(-1);
  let lastAll = -1;
  const touches = touchScratch;
  touches.length = rules.length;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const touch = rule.failed || rule.selector ? null : commandTouch(table, rule.lower);
    touches[i] = touch;
    if (!touch) continue;
    if (touch.all) lastAll = i;
    else for (const id of touch.ids) last2[id] = i;
  }
  let future = false;
  let firstArgs;
  let allKeys = false;
  let keys2;
  const channelsDefault = dialect.pubsubDefault === "allchannels";
  let allChannels = channelsDefault;
  let channels;
  let nopass = false;
  let passwords;
  let selectorRules = ROOT_ONLY;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (rule.failed) continue;
    const { lower, value } = rule;
    const touch = touches[i];
    if (touch) {
      const allow = touch.allow ? 1 : 0;
      let changedCount = 0;
      let matters = false;
      let futureChanged = false;
      if (touch.all) {
        for (let id = 0; id < size; id++) {
          if (bits[id] !== allow) {
            changed[changedCount++] = id;
            if (lastAll === i && last2[id] < i) matters = true;
            bits[id] = allow;
          }
        }
        if (future !== touch.allow) {
          futureChanged = true;
          if (lastAll === i) matters = true;
          future = touch.allow;
        }
        if (firstArgs && firstArgs.size > 0) {
          futureChanged = matters = true;
          firstArgs.clear();
        }
      } else {
        for (const id of touch.ids) {
          if (bits[id] !== allow) {
            changed[changedCount++] = id;
            if (last2[id] === i && lastAll < i) matters = true;
            bits[id] = allow;
          }
        }
        if (firstArgs && firstArgs.size > 0) {
          if (touch.cmd !== void 0) {
            if (firstArgs.delete(touch.cmd)) futureChanged = matters = true;
          } else if (touch.category !== void 0) {
            const mask = 1 << touch.category;
            for (const id of firstArgs) {
              if (table.all[id].categoryMask & mask) {
                firstArgs.delete(id);
                futureChanged = matters = true;
              }
            }
          }
        }
      }
      if (changedCount === 0 && !futureChanged) {
        if (!EXPLICIT_DEFAULT.has(lower)) rule.effect = NOOP;
      } else if (!matters && lower !== "reset") {
        rule.effect = { kind: "overridden", by: overriddenBy(touches, i, changed.subarray(0, changedCount), futureChanged) };
      }
    } else if (!rule.selector && (value[0] === "+" || value[0] === "-") && value[1] !== "@" && value.includes("|")) {
      const cmd = table.lookup(value.slice(1, value.indexOf("|")));
      if (cmd && value[0] === "+") (firstArgs ??= /* @__PURE__ */ new Set()).add(cmd.id);
    }
    if (lower === "reset") {
      allKeys = false;
      keys2 = void 0;
      allChannels = channelsDefault;
      channels = void 0;
      nopass = false;
      passwords = void 0;
      selectorRules = ROOT_ONLY;
    } else if (rule.selector) {
      selectorRules = selectorRules === ROOT_ONLY ? [-1, i] : (selectorRules.push(i), selectorRules);
    } else if (lower === "clearselectors") {
      selectorRules = ROOT_ONLY;
    } else if (lower === "allkeys" || lower === "~*") {
      if (allKeys) rule.effect = NOOP;
      allKeys = true;
      keys2 = void 0;
    } else if (lower === "resetkeys") {
      allKeys = false;
      keys2 = void 0;
    } else if (value[0] === "~" || value[0] === "%" && dialect.keyPermissions) {
      const key = keyRule(value);
      if (key && !allKeys) {
        const existing = keys2?.find((k) => k.pattern === key.pattern);
        if (existing && (existing.read || !key.read) && (existing.write || !key.write)) rule.effect = NOOP;
        else if (existing) {
          existing.read ||= key.read;
          existing.write ||= key.write;
        } else (keys2 ??= []).push(key);
      }
    } else if (dialect.channels && (lower === "allchannels" || lower === "&*")) {
      allChannels = true;
      channels = void 0;
    } else if (dialect.channels && lower === "resetchannels") {
      allChannels = false;
      channels = void 0;
    } else if (dialect.channels && value[0] === "&") {
      const pattern = value.slice(1);
      if (!allChannels && channels?.includes(pattern)) rule.effect = NOOP;
      else (channels ??= []).push(pattern);
    } else if (lower === "nopass") {
      nopass = true;
      passwords = void 0;
    } else if (lower === "resetpass") {
      nopass = false;
      passwords = void 0;
    } else if (value[0] === ">" || value[0] === "#") {
      if (!nopass && passwords?.includes(value)) rule.effect = NOOP;
      else (passwords ??= []).push(value);
      nopass = false;
    } else if (passwords && (value[0] === "<" || value[0] === "!")) {
      const added = `${value[0] === "<" ? ">" : "#"}${value.slice(1)}`;
      passwords = passwords.filter((p2) => p2 !== added);
    }
  }
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (rule.failed || rule.effect || touches[i]) continue;
    const by = laterOverride(ctx, rules, i);
    if (by !== void 0) rule.effect = { kind: "overridden", by };
  }
  return { last: last2, lastAll, selectorRules };
}
function overriddenBy(touches, i, changedIds, needAll) {
  const remaining = new Set(changedIds);
  for (let j = i + 1; j < touches.length; j++) {
    const later = touches[j];
    if (!later) continue;
    if (later.all) return j;
    if (needAll) continue;
    for (const id of later.ids) remaining.delete(id);
    if (remaining.size === 0) return j;
  }
  return touches.length - 1;
}
function laterOverride(ctx, rules, i) {
  const rule = rules[i];
  const { lower, value } = rule;
  let clears;
  if (rule.selector) {
    clears = (l) => l.lower === "clearselectors" || l.lower === "reset";
  } else if (lower === "allkeys" || lower === "~*") {
    clears = (l) => l.lower === "resetkeys" || l.lower === "reset";
  } else if (value[0] === "~" || value[0] === "%" && ctx.dialect.keyPermissions) {
    clears = (l) => l.lower === "resetkeys" || l.lower === "reset" || l.lower === "allkeys" || l.lower === "~*";
  } else if (ctx.dialect.channels && (lower === "allchannels" || lower === "&*")) {
    clears = (l) => l.lower === "resetchannels" || l.lower === "reset";
  } else if (value[0] === "&" && ctx.dialect.channels) {
    clears = (l) => l.lower === "resetchannels" || l.lower === "reset" || l.lower === "allchannels" || l.lower === "&*";
  } else if (value[0] === ">" || value[0] === "#") {
    let hash;
    clears = (l) => {
      if (l.lower === "resetpass" || l.lower === "reset") return true;
      if (l.value[0] !== "<" && l.value[0] !== "!") return false;
      hash ??= passwordHash(rule) ?? "";
      return passwordHash(l) === hash;
    };
  } else {
    return void 0;
  }
  for (let j = i + 1; j < rules.length; j++) if (!rules[j].failed && clears(rules[j])) return j;
  return void 0;
}
var NONE = [];
function replay(ctx, input, rules) {
  const user = createUser(ctx, input.name);
  if (input.fromReset) applyUserRule(ctx, user, "reset");
  for (const rule of rules) if (applyUserRule(ctx, user, rule.value)) rule.failed = true;
  return user;
}
function analyzeDefinition(ctx, input, duplicate, loaded) {
  const rules = buildRules(ctx, input);
  if (!rules) return void 0;
  let user;
  if (loaded) {
    user = loaded.user;
    for (const rule of rules) if (loaded.failed.has(rule.span.start)) rule.failed = true;
  } else {
    user = replay(ctx, input, rules);
  }
  const sim = simulate(ctx, rules);
  const selectorRules = sim.selectorRules.length === user.selectors.length ? sim.selectorRules : user.selectors.map((_, k) => k === 0 ? -1 : -2);
  const ruleAt = (index) => index >= 0 ? index : void 0;
  let grants;
  const risks2 = riskyCommands(ctx.table);
  for (let k = 0; k < user.selectors.length; k++) {
    const s = user.selectors[k];
    if (!s.allCommands && !s.allowed.any() && s.firstArgs.size === 0) continue;
    for (const risk of risks2) {
      if (!selectorCanRun(s, risk)) continue;
      let rule;
      if (k > 0) rule = ruleAt(selectorRules[k]);
      else if (risk.firstArg !== void 0 && !s.allowed.get(risk.entry.id)) rule = lastFirstArgRule(rules, risk);
      else rule = ruleAt(Math.max(sim.last[risk.entry.id], sim.lastAll));
      grants ??= [];
      let entry = grants.find((g) => g.selector === k && g.rule === rule);
      if (!entry) grants.push(entry = { rule, selector: k, risks: [] });
      entry.risks.push(risk);
    }
  }
  let unrestricted;
  for (let k = 0; k < user.selectors.length; k++) {
    const s = user.selectors[k];
    if (!s.allKeys || !(s.allCommands || s.allowed.all())) continue;
    const rule = k > 0 ? ruleAt(selectorRules[k]) : sim.lastAll >= 0 && rules[sim.lastAll].deny === false ? sim.lastAll : void 0;
    (unrestricted ??= []).push({ selector: k, rule });
  }
  return {
    file: input.file,
    name: input.name,
    nameSpan: input.nameSpan,
    lineSpan: input.lineSpan,
    rules,
    user,
    selectorRules,
    grants: grants ?? NONE,
    unrestricted: unrestricted ?? NONE,
    duplicate
  };
}
function lastFirstArgRule(rules, risk) {
  const text2 = `+${risk.entry.name}|${risk.firstArg}`;
  for (let i = rules.length - 1; i >= 0; i--) if (!rules[i].failed && rules[i].lower === text2) return i;
  return void 0;
}
function canRunAnything(user) {
  return user.selectors.some((s) => s.allCommands || s.allowed.any() || s.firstArgs.size > 0);
}

// server/src/rules/acl/support.ts
function userLabel(def) {
  return def.name === "default" ? "The default user" : `User ${def.name}`;
}
function userName(def) {
  return def.name === "default" ? "the default user" : `user ${def.name}`;
}
function listNames(names, max = 6) {
  if (names.length <= 1) return names.join("");
  if (names.length > max) return `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
function riskEffects(risks2) {
  const groups = [];
  for (const risk of risks2) if (!groups.includes(risk.group)) groups.push(risk.group);
  return listNames(groups.map((g) => RISK_GROUP_EFFECT[g]), groups.length);
}
function lastRule(def, word) {
  for (let i = def.rules.length - 1; i >= 0; i--) if (!def.rules[i].failed && def.rules[i].lower === word) return def.rules[i];
  return void 0;
}
function innerRules(model, def, rule) {
  const raw = model.text(def.file)?.slice(rule.span.start, rule.span.end);
  const exact = raw === rule.value;
  if (!rule.selector) return [{ value: rule.value, lower: rule.lower, span: rule.span, exact }];
  const out = [];
  const body = rule.value.slice(1, -1);
  let at = 0;
  for (const word of body.split(" ")) {
    if (word !== "") {
      const start = rule.span.start + 1 + at;
      out.push({
        value: word,
        lower: word.toLowerCase(),
        span: exact ? { start, end: start + word.length } : rule.span,
        exact
      });
    }
    at += word.length + 1;
  }
  return out;
}
function deleteRuleFix(model, def, rule, title) {
  const text2 = model.text(def.file);
  if (text2 === void 0) return void 0;
  let { start, end } = rule.wordSpan;
  const blank = (c2) => c2 === " " || c2 === "	";
  if (blank(text2[start - 1])) {
    while (blank(text2[start - 1])) start--;
  } else {
    while (blank(text2[end])) end++;
  }
  return { title, edits: [{ span: { start, end }, newText: "" }] };
}
function shown(value) {
  return /^[><#!]/.test(value) ? `${value[0]}****` : value;
}

// server/src/rules/acl/acl-default-user-open.ts
var HOW = "Write `user default off` and let clients AUTH as named users, or give the default user a password: `user default on #<sha256> \u2026` without nopass.";
var aclDefaultUserOpen = {
  meta: {
    id: "acl-default-user-open",
    category: "security",
    severity: "error",
    fixable: false,
    description: "The default user of an ACL file is on without a password (`nopass`, or no `user default` line at all): every client that connects is logged in without AUTH.",
    kinds: ["acl"]
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis || analysis.kind !== "acl") return;
    if (analysis.implicitDefault && analysis.definitions.length === 0 && (model.acl?.doc.lines.length ?? 0) > 0) return;
    if (analysis.implicitDefault) {
      report(
        analysis.fileAnchor,
        "This ACL file has no `user default` line, so Redis creates the default user as `on nopass ~* &* +@all`: every client that connects can run every command on every key without a password, and a `requirepass` in redis.conf is ignored. Add `user default off` (clients then AUTH as named users) or `user default on #<sha256> \u2026` with the rights it needs.",
        { file: model.mainFile }
      );
      return;
    }
    const def = analysis.definitions.find((d) => d.name === "default" && !d.duplicate);
    if (!def || !def.user.enabled || !def.user.nopass) return;
    const nopass = lastRule(def, "nopass");
    const span = nopass?.span ?? def.nameSpan;
    if (!canRunAnything(def.user)) {
      report(
        span,
        "The default user is on with `nopass`: every client that connects is logged in as `default` without a password. It may run no command today, but any rule added to it later (`ACL SETUSER default +\u2026`) goes to everyone who can reach the server. " + HOW,
        { file: def.file, severity: "warning" }
      );
      return;
    }
    const what = def.unrestricted.length > 0 ? "every command on every key" : def.grants.length > 0 ? `the commands it allows, including ${listNames([...new Set(def.grants.flatMap((g) => g.risks.map((r) => r.label)))], 4)}` : "the commands it allows";
    report(
      span,
      `The default user is on with \`nopass\`: every client that connects is logged in as \`default\` without AUTH and can run ${what}. Attackers scan for exactly this (open Redis servers are taken over within hours). ${HOW}`,
      { file: def.file }
    );
  }
};

// server/src/rules/acl/acl-dangerous-commands.ts
function denyAdvice(risks2) {
  const words = [...new Set(risks2.filter((r) => r.group !== "scripting").map((r) => `-${r.entry.name}`))];
  return words.length <= 3 ? `\`${words.join(" ")}\`` : "`-@dangerous`, or name them (`" + words.slice(0, 3).join(" ") + " \u2026`)";
}
var aclDangerousCommands = {
  meta: {
    id: "acl-dangerous-commands",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "An ACL user that may run commands that wipe data, change the configuration, load code, hijack replication or manage users (FLUSHALL, CONFIG SET, MODULE LOAD, REPLICAOF, ACL SETUSER, \u2026); scripting alone is info.",
    kinds: ["acl", "conf", "sentinel"]
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis) return;
    for (const def of analysis.definitions) {
      if (def.duplicate || !def.user.enabled) continue;
      const everything = new Set(def.unrestricted.map((u) => u.selector));
      for (const grant of def.grants) {
        if (everything.has(grant.selector)) continue;
        const names = grant.risks.map((r) => r.label);
        const scriptingOnly = grant.risks.every((r) => r.group === "scripting");
        const rule = grant.rule === void 0 ? void 0 : def.rules[grant.rule];
        const via = rule === void 0 ? "" : rule.selector ? " through this selector" : ` through \`${rule.value}\``;
        const keyless = grant.risks.some((r) => r.group !== "scripting" && !r.entry.data.keySpecs?.length);
        report(
          rule?.span ?? def.nameSpan,
          `${userLabel(def)} may run ${listNames(names)}${via}: whoever holds its password can ${riskEffects(grant.risks)}.` + (keyless ? " Key patterns do not limit commands that take no keys." : "") + (scriptingOnly ? " If it does not need scripts, add `-@scripting` after this rule." : ` Unless this is an administrator account, deny them after this rule: ${denyAdvice(grant.risks)}.`),
          { file: def.file, ...scriptingOnly ? { severity: "info" } : {} }
        );
      }
    }
  }
};

// server/src/rules/acl/acl-disabled-user-permissions.ts
var aclDisabledUserPermissions = {
  meta: {
    id: "acl-disabled-user-permissions",
    category: "security",
    severity: "info",
    fixable: false,
    description: "A disabled (`off`) ACL user that still holds command permissions: a single `ACL SETUSER <user> on` brings them back.",
    kinds: ["acl", "conf", "sentinel"]
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis) return;
    for (const def of analysis.definitions) {
      if (def.duplicate || def.user.enabled || !canRunAnything(def.user)) continue;
      const off = lastRule(def, "off");
      const rights = def.unrestricted.length > 0 ? "every command on every key" : "command permissions";
      const strip = `\`user ${def.name} off resetpass resetkeys resetchannels -@all\``;
      report(
        off?.span ?? def.nameSpan,
        off ? `User ${def.name} is off but still holds ${rights}: one \`ACL SETUSER ${def.name} on\` by anyone allowed to run ACL gives them back, with its passwords. If it is retired, strip it (${strip}) or delete the line.` : `User ${def.name} has no \`on\`, so it is disabled (users start off), yet it holds ${rights}. Add \`on\` if it should log in; if not, strip it (${strip}).`,
        { file: def.file }
      );
    }
  }
};

// server/src/rules/acl/acl-first-arg-rule.ts
var aclFirstArgRule = {
  meta: {
    id: "acl-first-arg-rule",
    category: "deprecation",
    severity: "warning",
    fixable: false,
    description: "A first-argument ACL rule on a command without subcommands (`+select|0`): deprecated since Redis 7.0, which logs a warning for each.",
    kinds: ["acl", "conf", "sentinel"]
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis || !analysis.ctx.dialect.subcommands) return;
    const { table } = analysis.ctx;
    for (const def of analysis.definitions) {
      if (def.duplicate) continue;
      for (const rule of def.rules) {
        if (rule.failed) continue;
        for (const inner of innerRules(model, def, rule)) {
          if (inner.value[0] !== "+") continue;
          const bar = inner.value.indexOf("|");
          if (bar === -1) continue;
          const cmd = table.lookup(inner.value.slice(1, bar));
          if (!cmd || cmd.subcommands.length > 0 || cmd.parent) continue;
          const name = cmd.name.toUpperCase();
          const arg = inner.value.slice(bar + 1);
          report(
            inner.span,
            `\`${inner.value}\` allows ${name} only with the first argument \`${arg}\`. First-argument rules on commands without subcommands are deprecated since Redis 7.0 (the server logs a warning for each) and may stop working in a later version. Allow the whole command (\`+${cmd.name}\`) if that is acceptable, or limit what the user reaches another way (key patterns, a separate user).`,
            { file: def.file }
          );
        }
      }
    }
  }
};

// server/src/rules/acl/acl-implicit-allchannels.ts
function explicitChannels(def) {
  let explicit = false;
  for (const rule of def.rules) {
    if (rule.failed || rule.selector) continue;
    if (rule.lower === "reset") explicit = false;
    else if (rule.lower === "allchannels" || rule.lower === "resetchannels" || rule.value[0] === "&") explicit = true;
  }
  return explicit;
}
var aclImplicitAllchannels = {
  meta: {
    id: "acl-implicit-allchannels",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "An ACL user without channel rules where `acl-pubsub-default` is `allchannels` (the Redis 6.2 default): it may subscribe and publish on every channel.",
    kinds: ["acl", "conf", "sentinel"]
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis || analysis.pubsubDefault !== "allchannels" || !analysis.ctx.dialect.channels) return;
    const channelCommands2 = channelCommandEntries(analysis.ctx.table);
    const why = analysis.pubsubFromConfig ? "because `acl-pubsub-default allchannels` is set" : `because that is the default of Redis ${model.target.line} (\`acl-pubsub-default allchannels\`)`;
    for (const def of analysis.definitions) {
      if (def.duplicate || !def.user.enabled) continue;
      const root2 = def.user.selectors[0];
      if (!root2.allChannels || explicitChannels(def)) continue;
      const pubsub = channelCommands2.filter((c2) => root2.allCommands || root2.allowed.get(c2.id)).map((c2) => c2.name.toUpperCase());
      if (pubsub.length === 0) continue;
      report(
        def.nameSpan,
        `User ${def.name} has no channel rule, so it gets every channel (\`&*\`) ${why}: with ${pubsub.slice(0, 2).join(" and ")} it can read other applications' messages and keyspace notifications (which carry key names) and publish forged ones. Write its channels explicitly: \`resetchannels &app:*\`, or \`resetchannels\` alone for none.`,
        { file: def.file }
      );
    }
  }
};

// server/src/rules/acl/acl-ineffective-rule.ts
function noopMessage(def, rule) {
  const text2 = shown(rule.value);
  const what = rule.deny === true ? "what it denies is already denied at this point" : rule.deny === false ? "what it allows is already allowed at this point" : /^[>#]/.test(rule.value) ? "this password is already set at this point" : "the user already has it at this point";
  return `\`${text2}\` changes nothing for ${userName(def)}: ${what} (rules apply left to right). Remove it.`;
}
var aclIneffectiveRule = {
  meta: {
    id: "acl-ineffective-rule",
    category: "correctness",
    severity: "warning",
    fixable: true,
    description: "An ACL rule that a later rule undoes (`-flushall +@all` allows FLUSHALL) or that changes nothing where it stands; a deny that does not hold is a warning, the rest info.",
    kinds: ["acl", "conf", "sentinel"]
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis) return;
    for (const def of analysis.definitions) {
      if (def.duplicate) continue;
      for (const rule of def.rules) {
        const effect = rule.effect;
        if (!effect) continue;
        if (effect.kind === "noop") {
          const fix = deleteRuleFix(model, def, rule, `Remove \`${shown(rule.value)}\``);
          report(rule.span, noopMessage(def, rule), { file: def.file, severity: "info", ...fix ? { fix } : {} });
          continue;
        }
        const later = def.rules[effect.by];
        const text2 = shown(rule.value);
        const by = shown(later.value);
        if (rule.deny === true && later.deny === false) {
          report(
            rule.span,
            `\`${text2}\` does not hold: the later \`${by}\` allows again everything it denies, because ACL rules apply left to right, so ${userName(def)} can run what this line seems to forbid. Move it after \`${by}\`.`,
            { file: def.file }
          );
        } else {
          const how = later.deny === rule.deny && rule.deny !== void 0 ? "repeats" : "replaces";
          report(
            rule.span,
            `\`${text2}\` has no effect: the later \`${by}\` ${how} everything it sets (rules apply left to right). Remove it, or move it after \`${by}\` if it was meant to win.`,
            { file: def.file, severity: "info" }
          );
        }
      }
    }
  }
};

// server/src/rules/acl/acl-nopass-user.ts
var aclNopassUser = {
  meta: {
    id: "acl-nopass-user",
    category: "security",
    severity: "error",
    fixable: false,
    description: "A named ACL user with `nopass`: `AUTH <user> <anything>` logs in, so anyone who knows the user name has its rights.",
    kinds: ["acl", "conf", "sentinel"]
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis) return;
    for (const def of analysis.definitions) {
      if (def.duplicate || def.name === "default" || !def.user.enabled || !def.user.nopass) continue;
      const nopass = lastRule(def, "nopass");
      const span = nopass?.span ?? def.nameSpan;
      const runs = canRunAnything(def.user);
      const rights = def.unrestricted.length > 0 ? "every command on every key" : def.grants.length > 0 ? `its commands, including ${listNames([...new Set(def.grants.flatMap((g) => g.risks.map((r) => r.label)))], 4)}` : runs ? "its commands" : "whatever is granted to it later";
      report(
        span,
        `User ${def.name} has \`nopass\`: \`AUTH ${def.name} <anything>\` logs in with any password, so anyone who can reach the server and guesses the name gets ${rights}. Replace nopass with a password hash (\`#<sha256>\` of a long random value, e.g. from \`ACL GENPASS\`), or turn the user off.`,
        { file: def.file, ...runs ? {} : { severity: "warning" } }
      );
    }
  }
};

// server/src/rules/acl/acl-nopass-with-password.ts
var aclNopassWithPassword = {
  meta: {
    id: "acl-nopass-with-password",
    category: "security",
    severity: "error",
    fixable: false,
    description: "`nopass` and passwords on one user: a later `nopass` throws the passwords away (any password works), a later password cancels `nopass`.",
    kinds: ["acl", "conf", "sentinel"]
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis) return;
    for (const def of analysis.definitions) {
      if (def.duplicate) continue;
      const open = def.user.nopass && def.user.enabled;
      let pending = [];
      let nopass;
      def.rules.forEach((rule, i) => {
        if (rule.failed) return;
        if (rule.lower === "nopass") {
          for (const p2 of pending) {
            const password = shown(def.rules[p2].value);
            report(
              def.rules[p2].span,
              open ? `The password \`${password}\` is thrown away by the later \`nopass\`, which clears every password and accepts any: ${def.name === "default" ? "the default user" : `user ${def.name}`} ends up with no password check at all, whatever this line seems to say. Remove \`nopass\` to require the password.` : `The password \`${password}\` is thrown away by the later \`nopass\` (which clears every password), so it has no effect. Remove it, or remove \`nopass\` if this password should be required.`,
              { file: def.file, ...open ? {} : { severity: "warning" } }
            );
          }
          pending = [];
          nopass = i;
        } else if (rule.lower === "resetpass" || rule.lower === "reset") {
          pending = [];
          nopass = void 0;
        } else if (rule.value[0] === ">" || rule.value[0] === "#") {
          if (nopass !== void 0) {
            report(
              def.rules[nopass].span,
              `\`nopass\` has no effect: the later password rule \`${shown(rule.value)}\` cancels it, so ${def.name === "default" ? "the default user" : `user ${def.name}`} needs a password after all. Remove \`nopass\` (or the passwords, if any password should work).`,
              { file: def.file, severity: "warning" }
            );
            nopass = void 0;
          }
          pending.push(i);
        }
      });
    }
  }
};

// server/src/rules/shared/password-strength.ts
var WELL_KNOWN_PASSWORDS = [
  "foobared",
  "redis",
  "redispass",
  "redispassword",
  "redis-password",
  "redis_password",
  "redis123",
  "redis@123",
  "password",
  "password1",
  "password123",
  "passw0rd",
  "p@ssw0rd",
  "p@ssword",
  "pass",
  "pass123",
  "passwd",
  "123456",
  "1234567",
  "12345678",
  "123456789",
  "1234567890",
  "12345",
  "1234",
  "123123",
  "111111",
  "000000",
  "654321",
  "666666",
  "888888",
  "qwerty",
  "qwerty123",
  "qwertyuiop",
  "asdfgh",
  "asdf",
  "zxcvbn",
  "1q2w3e4r",
  "1qaz2wsx",
  "abc123",
  "abcd1234",
  "a123456",
  "changeme",
  "changeit",
  "change_me",
  "change-me",
  "secret",
  "secret123",
  "mysecret",
  "supersecret",
  "topsecret",
  "admin",
  "admin123",
  "administrator",
  "root",
  "toor",
  "default",
  "guest",
  "test",
  "test123",
  "testing",
  "demo",
  "letmein",
  "welcome",
  "iloveyou",
  "monkey",
  "dragon",
  "master",
  "trustno1",
  "sunshine",
  "football",
  "baseball",
  "mypassword",
  "yourpassword",
  "your_password",
  "your-password",
  "your_password_here",
  "your-password-here",
  "your-strong-password",
  "your_strong_password",
  "strongpassword",
  "strong-password",
  "securepassword",
  "secure_password",
  "your-secure-password-here",
  "generated-secure-password",
  "cluster-node-password",
  "mystrongpassword",
  "sentinel",
  "sentinelpass",
  "masterpass",
  "replicapass",
  "cache",
  "valkey",
  "keydb",
  "docker",
  "example",
  "sample"
];
var WELL_KNOWN = new Set(WELL_KNOWN_PASSWORDS);
var WELL_KNOWN_WORDS = [
  "password",
  "passwd",
  "redis",
  "valkey",
  "secret",
  "admin",
  "root",
  "changeme",
  "foobared",
  "qwerty",
  "letmein",
  "welcome",
  "default",
  "master",
  "sentinel",
  "test",
  "guest",
  "cache",
  "example"
];
var estimator;
function isPlaceholder(password) {
  return /^\$\{[^}]+\}$/.test(password) || /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(password) || /^\{\{.*\}\}$/.test(password) || /^%[A-Za-z_][A-Za-z0-9_]*%$/.test(password) || /^@[A-Za-z_][A-Za-z0-9_]*@$/.test(password) || /^<[^<>]+>$/.test(password) || /^__[A-Z0-9_]+__$/.test(password);
}
var LEET = { "@": "a", "4": "a", "0": "o", "1": "i", "!": "i", "3": "e", "5": "s", $: "s", "7": "t", "9": "g" };
function deLeet(text2) {
  return [...text2].map((c2) => LEET[c2] ?? c2).join("");
}
var KEYBOARD_ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "0987654321", "poiuytrewq", "lkjhgfdsa", "mnbvcxz"];
function isSequence(text2) {
  const lower = text2.toLowerCase();
  if (lower.length < 4) return false;
  const step = lower.charCodeAt(1) - lower.charCodeAt(0);
  if (Math.abs(step) === 1 && [...lower].every((c2, i) => i === 0 || lower.charCodeAt(i) - lower.charCodeAt(i - 1) === step)) return true;
  return KEYBOARD_ROWS.some((row) => row.includes(lower));
}
function isDecoratedWord(lower) {
  const core = lower.replace(/^[^a-z@$]+|[^a-z]+$/g, "");
  if (core.length === 0) return false;
  const candidates = /* @__PURE__ */ new Set([core, deLeet(core), deLeet(lower).replace(/[^a-z]+$/g, "")]);
  return [...candidates].some((c2) => WELL_KNOWN.has(c2) || WELL_KNOWN_WORDS.includes(c2));
}
function classes(password) {
  let n = 0;
  if (/[a-z]/.test(password)) n++;
  if (/[A-Z]/.test(password)) n++;
  if (/[0-9]/.test(password)) n++;
  if (/[^A-Za-z0-9]/.test(password)) n++;
  return n;
}
function assessPassword(password) {
  if (password === "" || isPlaceholder(password)) return void 0;
  if (password.length > 256) {
    return new Set(password).size <= 2 ? { level: "error", reason: "is a repeated character or a keyboard/alphabet sequence" } : void 0;
  }
  const lower = password.toLowerCase();
  if (WELL_KNOWN.has(lower)) return { level: "error", reason: "is a well-known default that attackers try first" };
  if (isDecoratedWord(lower)) return { level: "error", reason: "is a well-known word with a few characters added, which guessing tools try early" };
  if (new Set(password).size <= 2 || isSequence(password)) return { level: "error", reason: "is a repeated character or a keyboard/alphabet sequence" };
  if (password.length < 8) return { level: "error", reason: "is shorter than 8 characters: Redis answers so fast that it falls to brute force within hours" };
  if (password.length < 12) return { level: "warning", reason: "is shorter than 12 characters, which an online brute force against Redis (100,000+ tries a second) can reach" };
  if (password.length < 16 && classes(password) === 1) return { level: "warning", reason: "uses a single kind of character and fewer than 16 of them" };
  if (estimator) {
    const { score } = estimator(password);
    if (score <= 1) return { level: "error", reason: "is easy to guess (made of common words or patterns)" };
    if (score === 2) return { level: "warning", reason: "is only moderately hard to guess (common words or patterns)" };
  }
  return void 0;
}
var knownHashes;
function isWellKnownPasswordHash(hex) {
  if (!knownHashes) {
    knownHashes = /* @__PURE__ */ new Set();
    for (const password of WELL_KNOWN_PASSWORDS) {
      knownHashes.add(sha256Hex(password));
      knownHashes.add(sha256Hex(password[0].toUpperCase() + password.slice(1)));
      knownHashes.add(sha256Hex(password.toUpperCase()));
    }
  }
  return knownHashes.has(hex.toLowerCase());
}

// server/src/rules/acl/acl-plaintext-password.ts
var aclPlaintextPassword = {
  meta: {
    id: "acl-plaintext-password",
    category: "security",
    severity: "warning",
    fixable: true,
    description: "An ACL password written in clear text (`>password`, `<password`) where its SHA-256 (`#<hash>`, `!<hash>`) works the same.",
    kinds: ["acl", "conf", "sentinel"]
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis) return;
    for (const def of analysis.definitions) {
      for (const rule of def.rules) {
        const sign = rule.value[0];
        if (rule.selector || sign !== ">" && sign !== "<") continue;
        const password = rule.value.slice(1);
        if (isPlaceholder(password)) continue;
        const add = sign === ">";
        const hashed = `${add ? "#" : "!"}${sha256Hex(password)}`;
        report(
          rule.span,
          add ? `A password of ${def.name === "default" ? "the default user" : `user ${def.name}`} is written in clear text (\`>****\`): anyone who reads this file (a backup, a repository, a container image, a support bundle) can log in with it. Write its SHA-256 instead, \`#<64 hex digits>\`, which Redis accepts the same way and stores anyway.` : `This rule names a password of ${def.name === "default" ? "the default user" : `user ${def.name}`} in clear text (\`<****\`): anyone who reads this file learns it. Write \`!<sha256>\` instead, which removes the same password.`,
          {
            file: def.file,
            fix: { title: "Replace the clear-text password with its SHA-256 hash", edits: [{ span: rule.span, newText: hashed }] }
          }
        );
      }
    }
  }
};

// server/src/rules/shared/helpers.ts
function anchorFor(model, preferred = ["port"]) {
  const config = model.config;
  const file = model.mainFile;
  if (config) {
    for (const name of preferred) {
      const record = config.effective(name);
      if (record && record.file === file) return { file, span: record.directive.span };
    }
    const doc = config.source(file)?.doc;
    const first2 = doc?.lines.find((line) => line.kind === "directive");
    if (first2) return { file, span: first2.span };
  }
  const text2 = model.text(file) ?? "";
  const end = text2.search(/\r?\n/);
  return { file, span: { start: 0, end: end === -1 ? text2.length : end } };
}
function lineEnding(text2) {
  const at = text2.indexOf("\n");
  return at > 0 && text2[at - 1] === "\r" ? "\r\n" : "\n";
}
function appendLineFix(model, line, title) {
  const text2 = model.text(model.mainFile);
  if (text2 === void 0) return void 0;
  const eol = lineEnding(text2);
  const endsWithEol = text2.endsWith("\n");
  const newText = text2.length === 0 ? `${line}${eol}` : endsWithEol ? `${line}${eol}` : `${eol}${line}`;
  return { title, edits: [{ span: { start: text2.length, end: text2.length }, newText }] };
}
function replaceValueFix(record, newText, title) {
  const args = record.directive.args;
  const span = args.length === 0 ? { start: record.directive.span.end, end: record.directive.span.end } : { start: args[0].span.start, end: args[args.length - 1].span.end };
  return { title, edits: [{ span, newText: args.length === 0 ? ` ${newText}` : newText }] };
}
function valueSpanOf(record) {
  const args = record.directive.args;
  return args.length === 0 ? record.directive.span : { start: args[0].span.start, end: args[args.length - 1].span.end };
}
function where(model, file, span) {
  const line = (model.lines(file)?.lineOf(span.start) ?? 0) + 1;
  return file === model.mainFile ? `line ${line}` : `${file}:${line}`;
}
function targetName(model) {
  return `${model.target.product === "valkey" ? "Valkey" : "Redis"} ${model.target.line}`;
}
function absenceUnknown(model) {
  const config = model.config;
  if (!config) return true;
  if (config.includes.some((include) => include.resolved.length === 0 && !/[*?[]/.test(include.args[0]?.value ?? ""))) return true;
  const doc = config.source(model.mainFile)?.doc;
  return !doc || !doc.lines.some((line) => line.kind === "directive");
}

// server/src/rules/acl/acl-renamed-command.ts
var aclRenamedCommand = {
  meta: {
    id: "acl-renamed-command",
    category: "correctness",
    severity: "error",
    fixable: true,
    description: "An ACL rule in a `user` line that names a command by the name `rename-command` gave it: ACL rules only know the original names, so Redis refuses to start.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const config = model.config;
    const analysis = aclAnalysis(model);
    if (!config || !analysis || config.renames.length === 0) return;
    const origins = /* @__PURE__ */ new Map();
    for (const rename of config.renames) {
      const [from, to] = rename.args;
      if (!from || !to) continue;
      const fromName = from.value.toLowerCase();
      const original = origins.get(fromName)?.original ?? fromName;
      origins.delete(fromName);
      if (to.value !== "") origins.set(to.value.toLowerCase(), { original, file: rename.file, span: rename.directive.span });
    }
    const { table } = analysis.ctx;
    for (const def of analysis.definitions) {
      if (def.duplicate) continue;
      for (const rule of def.rules) {
        for (const inner of innerRules(model, def, rule)) {
          const sign = inner.value[0];
          if (sign !== "+" && sign !== "-" || inner.value[1] === "@") continue;
          const bar = inner.value.indexOf("|");
          const written = bar === -1 ? inner.value.slice(1) : inner.value.slice(1, bar);
          const origin = origins.get(written.toLowerCase());
          if (!origin || table.lookup(written)) continue;
          const fixed = `${sign}${origin.original}${bar === -1 ? "" : inner.value.slice(bar)}`;
          report(
            inner.span,
            `\`${inner.value}\` uses the name rename-command gave ${origin.original.toUpperCase()} (${where(model, origin.file, origin.span)}), but ACL rules only know the original command names: Redis refuses to start ("Unknown command or category name in ACL"). Write \`${fixed}\`; clients still call it by its new name.`,
            {
              file: def.file,
              related: [{ file: origin.file, span: origin.span, message: "renamed here" }],
              ...inner.exact ? { fix: { title: `Use the original name: ${fixed}`, edits: [{ span: { start: inner.span.start + 1, end: inner.span.start + 1 + written.length }, newText: origin.original }] } } : {}
            }
          );
        }
      }
    }
  }
};

// server/src/rules/acl/acl-user-unrestricted.ts
var aclUserUnrestricted = {
  meta: {
    id: "acl-user-unrestricted",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "An ACL user (or selector) that may run every command on every key (`+@all ~*`, `allcommands allkeys`): its password is as good as full control of the server.",
    kinds: ["acl", "conf", "sentinel"]
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis) return;
    for (const def of analysis.definitions) {
      if (def.duplicate || !def.user.enabled) continue;
      for (const { selector, rule } of def.unrestricted) {
        const span = rule === void 0 ? def.nameSpan : def.rules[rule].span;
        const how = selector > 0 ? "This selector allows every command on every key" : rule === void 0 ? `${userLabel(def)} may run every command on every key` : `With \`${def.rules[rule].value}\` and access to every key, ${def.name === "default" ? "the default user" : `user ${def.name}`} may run every command`;
        report(
          span,
          `${how}: whoever holds its password can wipe the data (FLUSHALL), rewrite the configuration and write files (CONFIG SET), load native code (MODULE LOAD), replicate from a host they control (REPLICAOF) and change the users themselves (ACL SETUSER). Keep full access for one administrator with a long random \`#<sha256>\` password; give applications only what they need, e.g. \`resetkeys ~app:* -@all +@read +@write -@dangerous\`.`,
          { file: def.file }
        );
      }
    }
  }
};

// server/src/rules/acl/acl-weak-password.ts
var ADVICE = "Generate a long random value (`openssl rand -base64 32`, or `ACL GENPASS`), keep it out of version control, and write its hash (`#<sha256>`).";
var aclWeakPassword = {
  meta: {
    id: "acl-weak-password",
    category: "security",
    severity: "error",
    fixable: false,
    description: "A password in an ACL file (`>password`, or the `#<sha256>` of a well-known one) that is short, well known or easy to guess.",
    kinds: ["acl"]
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis || analysis.kind !== "acl") return;
    for (const def of analysis.definitions) {
      const whose = def.name === "default" ? "the default user" : `user ${def.name}`;
      for (const rule of def.rules) {
        if (rule.selector) continue;
        if (rule.value[0] === "#") {
          if (!isWellKnownPasswordHash(rule.lower.slice(1))) continue;
          report(
            rule.span,
            `This password hash of ${whose} is the SHA-256 of a well-known default: hashing does not help when the password is on every guessing list, and anyone can look the hash up. ${ADVICE}`,
            { file: def.file, severity: "error" }
          );
        } else if (rule.value[0] === ">") {
          const weakness = assessPassword(rule.value.slice(1));
          if (!weakness) continue;
          report(
            rule.span,
            `A password of ${whose} ${weakness.reason}; anyone who can reach the server can guess it and act with ${whose}'s rights. ${ADVICE}`,
            { file: def.file, severity: weakness.level }
          );
        }
      }
    }
  }
};

// server/src/rules/conf/acl-log-disabled.ts
var aclLogDisabled = {
  meta: {
    id: "acl-log-disabled",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "`acllog-max-len 0`: denied commands and failed logins are not recorded.",
    kinds: ["conf", "sentinel"]
  },
  check({ model, report }) {
    const record = model.config?.effective("acllog-max-len");
    if (!record || record.values[0] !== "0") return;
    report(
      valueSpanOf(record),
      "`acllog-max-len 0` keeps no ACL LOG: failed AUTH attempts (password guessing) and commands or keys denied by ACL rules leave no record to alert on or investigate. Write `acllog-max-len 128` (the default) or more.",
      { file: record.file }
    );
  }
};

// server/src/rules/conf/acl-pubsub-default-allchannels.ts
var aclPubsubDefaultAllchannels = {
  meta: {
    id: "acl-pubsub-default-allchannels",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "`acl-pubsub-default allchannels`: every new ACL user may publish and subscribe on every channel.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const record = model.config?.effective("acl-pubsub-default");
    if (!record || record.values[0].toLowerCase() !== "allchannels") return;
    report(
      valueSpanOf(record),
      "`acl-pubsub-default allchannels` gives every user created without `&` rules access to every Pub/Sub channel: they can read other applications' messages and keyspace notifications (key names) and publish forged ones. Write `acl-pubsub-default resetchannels` (the 7.0 default) and grant channels per user (`&app:*`).",
      { file: record.file }
    );
  }
};

// server/src/rules/problem-rule.ts
function problemRule(meta) {
  return {
    meta: { ...meta, fixable: false },
    check({ model, report }) {
      for (const problem of model.problems) {
        if (problem.code !== meta.id) continue;
        report(problem.span, problem.message, {
          file: problem.file,
          fatal: problem.fatal,
          ...problem.related ? { related: [problem.related] } : {}
        });
      }
    }
  };
}

// server/src/rules/conf/aclfile-with-users.ts
var aclfileWithUsers = problemRule({
  id: "aclfile-with-users",
  category: "correctness",
  severity: "error",
  description: "`user` lines together with `aclfile`: Redis refuses to start.",
  kinds: ["conf", "sentinel"]
});

// server/src/model/config/queries.ts
function atLeast2(target, major, minor) {
  const [ma, mi] = target.line.split(".").map(Number);
  return ma > major || ma === major && mi >= minor;
}
function enumValue(config, name, fallback) {
  const record = config.effective(name);
  return record ? (record.values[0] ?? "").toLowerCase() : fallback;
}
function intValue(config, name, fallback) {
  const record = config.effective(name);
  if (!record) return fallback;
  const n = Number(record.values[0]);
  return Number.isInteger(n) ? n : fallback;
}
var MEMORY_UNITS2 = {
  "": 1n,
  b: 1n,
  k: 1000n,
  kb: 1024n,
  m: 1000n ** 2n,
  mb: 1024n ** 2n,
  g: 1000n ** 3n,
  gb: 1024n ** 3n
};
function parseMemory(text2) {
  const m = /^(\d+)([a-z]*)$/i.exec(text2.trim());
  if (!m) return void 0;
  const unit = MEMORY_UNITS2[m[2].toLowerCase()];
  return unit === void 0 ? void 0 : BigInt(m[1]) * unit;
}
var SCOPE_ORDER = ["loopback", "private", "unknown", "public", "all"];
function ipv4(text2) {
  const parts = text2.split(".");
  if (parts.length !== 4 || !parts.every((p2) => /^\d{1,3}$/.test(p2) && Number(p2) <= 255)) return void 0;
  return parts.map(Number);
}
function classifyAddress(written) {
  const address = (written.startsWith("-") ? written.slice(1) : written).toLowerCase().replace(/^\[|\]$/g, "");
  if (address === "*" || address === "0.0.0.0" || address === "::" || address === "::*" || address === "::0") return "all";
  if (address === "localhost" || address === "::1" || address === "ip6-localhost") return "loopback";
  const v4 = ipv4(address);
  if (v4) {
    const [a, b] = v4;
    if (a === 127) return "loopback";
    if (a === 0) return "all";
    if (a === 10 || a === 172 && b >= 16 && b <= 31 || a === 192 && b === 168 || a === 169 && b === 254 || a === 100 && b >= 64 && b <= 127) return "private";
    return "public";
  }
  if (address.includes(":") && /^[0-9a-f:.%a-z]+$/.test(address)) {
    if (/^f[cd][0-9a-f]{0,2}:/.test(address) || /^fe[89ab][0-9a-f]?:/.test(address)) return "private";
    if (address.startsWith("::ffff:")) return classifyAddress(address.slice(7));
    return "public";
  }
  return "unknown";
}
function defaultFor(config, target, name, fallback) {
  if (config.kind === "sentinel") {
    try {
      const value = getSentinel(target).defaultsOverridden[name];
      if (value !== void 0) return String(value);
    } catch {
    }
    if (name === "port") return "26379";
    if (name === "protected-mode") return "no";
  }
  return fallback;
}
function listening(config, target) {
  const portRecord = config.effective("port");
  const tlsPortRecord = config.effective("tls-port");
  const port = intValue(config, "port", Number(defaultFor(config, target, "port", "6379")));
  const tlsPort = intValue(config, "tls-port", 0);
  const bind = config.effective("bind");
  let addresses;
  if (!bind) {
    addresses = [{ value: "*", scope: "all" }, { value: "-::*", scope: "all" }];
  } else if (bind.values.length === 1 && bind.values[0] === "") {
    addresses = atLeast2(target, 7, 0) ? [] : [{ value: "", scope: "unknown", span: bind.valueSpans[0] }];
  } else {
    addresses = bind.values.map((value, i) => ({ value, scope: classifyAddress(value), span: bind.valueSpans[i] }));
  }
  const scope = addresses.reduce((widest, a) => SCOPE_ORDER.indexOf(a.scope) > SCOPE_ORDER.indexOf(widest) ? a.scope : widest, "loopback");
  const unixSocket = config.effective("unixsocket");
  return {
    tcp: (port !== 0 || tlsPort !== 0) && addresses.length > 0,
    port,
    tlsPort,
    addresses,
    scope,
    implicit: !bind,
    ...portRecord ? { portRecord } : {},
    ...tlsPortRecord ? { tlsPortRecord } : {},
    ...bind ? { bind } : {},
    ...unixSocket && unixSocket.values[0] ? { unixSocket } : {}
  };
}
function listensOnlyLocally(l) {
  return !l.tcp || l.scope === "loopback";
}
function publiclyExposed(l) {
  return l.tcp && (l.scope === "all" || l.scope === "public");
}
function defaultUserLine(config) {
  const record = config.users.find((u) => u.username === "default");
  if (!record) return void 0;
  let enabled2 = false;
  let nopass = false;
  let passwords = 0;
  let nopassSpan;
  for (const arg of record.args.slice(1)) {
    const rule = arg.value;
    const word = rule.toLowerCase();
    if (word === "on") enabled2 = true;
    else if (word === "off") enabled2 = false;
    else if (word === "nopass") {
      nopass = true;
      passwords = 0;
      nopassSpan = arg.span;
    } else if (word === "resetpass") {
      nopass = false;
      passwords = 0;
    } else if (word === "reset") {
      enabled2 = false;
      nopass = false;
      passwords = 0;
    } else if (rule.startsWith(">") || rule.startsWith("#")) {
      nopass = false;
      passwords++;
    } else if (rule.startsWith("<") || rule.startsWith("!")) {
      passwords = Math.max(0, passwords - 1);
    }
  }
  return { record, enabled: enabled2, nopass, passwords, ...nopass && nopassSpan ? { nopassSpan } : {} };
}
function authentication(config) {
  const requirepassRecord = config.effective("requirepass");
  const requirepass = requirepassRecord && requirepassRecord.values[0] !== "" ? requirepassRecord : void 0;
  const rp = requirepass ? { requirepass } : {};
  const defaultUser = defaultUserLine(config);
  if (defaultUser) {
    if (!defaultUser.enabled) return { state: "disabled", defaultUser };
    if (defaultUser.nopass) return { state: "none", via: "default-user-nopass", defaultUser, ...rp };
    if (defaultUser.passwords > 0) return { state: "password", via: "default-user", defaultUser, ...rp };
    return { state: "disabled", defaultUser };
  }
  const aclfile = config.effective("aclfile");
  if (aclfile && aclfile.values[0] !== "") return { state: "aclfile", aclfile, ...rp };
  if (requirepass) return { state: "password", via: "requirepass", requirepass };
  return requirepassRecord ? { state: "none", via: "empty-requirepass", requirepass: requirepassRecord } : { state: "none", via: "no-requirepass" };
}
function protectedMode(config, target) {
  const record = config.effective("protected-mode");
  const enabled2 = enumValue(config, "protected-mode", defaultFor(config, target, "protected-mode", "yes")) === "yes";
  const auth = authentication(config);
  const noBind = !config.effective("bind");
  const active = enabled2 && auth.state === "none" && (atLeast2(target, 7, 0) || noBind);
  return { enabled: enabled2, explicit: record !== void 0, active, ...record ? { record } : {} };
}
function tls(config, target) {
  const l = listening(config, target);
  return {
    enabled: l.tlsPort !== 0,
    plaintextToo: l.tlsPort !== 0 && l.port !== 0,
    ...l.tlsPortRecord ? { tlsPortRecord: l.tlsPortRecord } : {}
  };
}

// server/src/rules/shared/exposure.ts
var cache3 = /* @__PURE__ */ new WeakMap();
function exposureOf(model) {
  const config = model.config;
  if (!config) return void 0;
  const cached = cache3.get(config);
  if (cached) return cached;
  const l = listening(config, model.target);
  const auth = authentication(config);
  const weakAuth = isWeak(auth);
  const exposure = {
    listening: l,
    auth,
    protectedMode: protectedMode(config, model.target),
    tls: tls(config, model.target),
    localOnly: listensOnlyLocally(l),
    publicly: publiclyExposed(l),
    weakAuth,
    open: auth.state === "none" || weakAuth
  };
  cache3.set(config, exposure);
  return exposure;
}
function isWeak(auth) {
  if (auth.state !== "password") return false;
  if (auth.via === "requirepass") return assessPassword(auth.requirepass?.values[0] ?? "")?.level === "error";
  const rules = auth.defaultUser?.record.args.slice(1) ?? [];
  return rules.some((arg) => arg.value.startsWith(">") && assessPassword(arg.value.slice(1))?.level === "error" || arg.value.startsWith("#") && isWellKnownPasswordHash(arg.value.slice(1)));
}
function portsText(l) {
  if (l.port !== 0 && l.tlsPort !== 0) return `ports ${l.port} and ${l.tlsPort}`;
  return `port ${l.port !== 0 ? l.port : l.tlsPort}`;
}

// server/src/rules/conf/bind-all-interfaces.ts
var bindAllInterfaces = {
  meta: {
    id: "bind-all-interfaces",
    category: "security",
    severity: "error",
    fixable: true,
    description: "The server listens on every network interface (a wildcard bind, or no bind line at all).",
    kinds: ["conf", "sentinel"]
  },
  check({ model, report }) {
    const config = model.config;
    const x = exposureOf(model);
    if (!config || !x) return;
    const l = x.listening;
    if (!l.tcp || l.scope !== "all" || l.implicit && absenceUnknown(model)) return;
    const sentinel = model.kind === "sentinel";
    const pm = x.protectedMode;
    let severity;
    let risk;
    if (x.open && !(x.auth.state === "none" && pm.active)) {
      severity = "error";
      risk = x.auth.state === "none" ? "and no password is required, so anyone who can reach it gets full control" : "and its password is one attackers guess first, so anyone who can reach it gets full control";
      risk += sentinel ? " (trigger failovers, point clients at a server of their own)." : " (read or wipe all data, write files with CONFIG SET dir/dbfilename, load native code with MODULE LOAD or a rogue replicaof).";
    } else if (x.auth.state === "none") {
      severity = l.implicit ? "info" : pm.explicit ? "warning" : "error";
      risk = pm.explicit ? "and only protected mode keeps strangers out: remote clients get DENIED because no password is set, so listening everywhere buys nothing and one `protected-mode no` exposes everything." : "and only the implicit protected mode keeps strangers out; the official Docker image starts Redis with `--protected-mode no` when the file does not set it, which gives anyone who reaches the port full control.";
    } else {
      severity = "warning";
      risk = "so every network the host is on can try passwords and exploit pre-authentication bugs (CVE-2025-21605 lets unauthenticated clients grow output buffers).";
    }
    const loopback = atLeast2(model.target, 6, 2) ? "127.0.0.1 -::1" : "127.0.0.1";
    const advice = sentinel ? ` Bind to loopback plus the private addresses peers and clients use (\`bind ${loopback} 10.0.0.9\`) and firewall port ${l.port}.` : ` Bind to loopback plus the private addresses clients use (\`bind ${loopback} 10.0.0.5\`), keep the port behind a firewall, and require authentication.`;
    if (l.bind) {
      const message2 = `\`bind ${l.bind.values.join(" ")}\` listens on every network interface on ${portsText(l)}, ${risk}${advice}`;
      report(valueSpanOf(l.bind), message2, {
        file: l.bind.file,
        severity,
        ...sentinel ? {} : { fix: replaceValueFix(l.bind, loopback, `Bind to loopback only (${loopback})`) }
      });
      return;
    }
    const anchor = anchorFor(model, ["port", "tls-port"]);
    const message = `No \`bind\` line: ${targetName(model)} then listens on every network interface on ${portsText(l)}, ${risk}${advice}`;
    const fix = sentinel ? void 0 : appendLineFix(model, `bind ${loopback}`, `Add bind ${loopback}`);
    report(anchor.span, message, { file: anchor.file, severity, ...fix ? { fix } : {} });
  }
};

// server/src/rules/conf/buffer-limit-raised.ts
var LIMITS = { "proto-max-bulk-len": "512mb", "client-query-buffer-limit": "1gb" };
var ENCODINGS = {
  "set-max-intset-entries": "512",
  "hash-max-ziplist-entries": "512",
  "hash-max-ziplist-value": "64",
  "zset-max-ziplist-entries": "128",
  "zset-max-ziplist-value": "64",
  "hash-max-listpack-entries": "512",
  "hash-max-listpack-value": "64",
  "zset-max-listpack-entries": "128",
  "zset-max-listpack-value": "64"
};
function overflowCves(target) {
  if (target.product !== "redis" || target.patch === void 0) return false;
  return target.line === "6.0" && target.patch < 16 || target.line === "6.2" && target.patch < 6;
}
var bufferLimitRaised = {
  meta: {
    id: "buffer-limit-raised",
    category: "reliability",
    severity: "warning",
    fixable: false,
    description: "`proto-max-bulk-len` or `client-query-buffer-limit` raised far above the default, or encoding limits raised on versions with integer-overflow CVEs.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const config = model.config;
    if (!config) return;
    const vulnerable = overflowCves(model.target);
    const names = vulnerable ? { ...LIMITS, ...ENCODINGS } : LIMITS;
    for (const [name, fallback] of Object.entries(names)) {
      const record = config.effective(name);
      if (!record) continue;
      const value = parseMemory(record.values[0]);
      const base = parseMemory(record.facts.default ?? fallback) ?? parseMemory(fallback) ?? 0n;
      if (value === void 0 || base === 0n) continue;
      const isLimit = name in LIMITS;
      if (vulnerable && value > base * (isLimit ? 1n : 16n)) {
        report(
          valueSpanOf(record),
          `${name} is raised to ${record.values[0]} on a version with the integer-overflow bugs CVE-2021-32627/32628/32687/41099 (fixed in 6.0.16 and 6.2.6): a client can overflow 32-bit sizes and corrupt the heap, which can lead to remote code execution. Upgrade, or keep ${name} at its default (${record.facts.default ?? fallback}).`,
          { file: record.file, severity: "error" }
        );
      } else if (isLimit && value > base * 4n) {
        report(
          valueSpanOf(record),
          `${name} ${record.values[0]} is more than four times the default (${record.facts.default ?? fallback}): a single client (authenticated or not, while the request is parsed) can make the server buffer that much per connection, and a few connections exhaust memory. Keep the default unless a command really needs larger arguments, and bound client memory with \`maxmemory-clients\`.`,
          { file: record.file }
        );
      }
    }
  }
};

// server/src/rules/conf/build-dependent-setting.ts
var buildDependentSetting = problemRule({
  id: "build-dependent-setting",
  category: "correctness",
  severity: "warning",
  description: "A setting some Redis builds refuse (activedefrag on distribution packages built without Redis's jemalloc).",
  kinds: ["conf", "sentinel"]
});

// server/src/rules/conf/config-command-unrestricted.ts
function defaultUserDeniesConfig(rules) {
  let denied = true;
  for (const raw of rules) {
    const rule = raw.toLowerCase();
    if (rule === "+@all" || rule === "allcommands" || rule === "+config" || rule === "+@admin" || rule === "+@dangerous" || rule.startsWith("+config|")) denied = false;
    else if (rule === "-@all" || rule === "nocommands" || rule === "-config" || rule === "-@admin" || rule === "-@dangerous" || rule === "reset") denied = true;
  }
  return denied;
}
var configCommandUnrestricted = {
  meta: {
    id: "config-command-unrestricted",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "Redis 6.x with CONFIG neither renamed nor denied by ACL rules: clients can point `dir`/`dbfilename` anywhere and write files.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const config = model.config;
    const x = exposureOf(model);
    if (!config || !x || model.target.product !== "redis" || atLeast2(model.target, 7, 0)) return;
    if (absenceUnknown(model)) return;
    if (config.renames.some((r) => r.args[0]?.value.toLowerCase() === "config")) return;
    const aclfile = config.effective("aclfile");
    if (aclfile && aclfile.values[0] !== "") return;
    const defaultUser = defaultUserLine(config);
    if (defaultUser && (!defaultUser.enabled || defaultUserDeniesConfig(defaultUser.record.args.slice(1).map((a) => a.value)))) return;
    const severity = x.localOnly ? "info" : x.open && !x.protectedMode.active ? "error" : "warning";
    const anchor = defaultUser ? { file: defaultUser.record.file, span: defaultUser.record.directive.span } : anchorFor(model, ["requirepass", "bind", "port"]);
    report(
      anchor.span,
      `On ${targetName(model)} there is no enable-protected-configs: any client that may run CONFIG can set \`dir\` and \`dbfilename\` and SAVE, writing the dataset as /root/.ssh/authorized_keys or a cron file (the 2015 mass takeover), and CONFIG is allowed here. Deny it with ACL rules (\`user default on #<sha256> ~* &* +@all -@admin\`, or \`-config\`), or as a last resort \`rename-command CONFIG ""\`; better, upgrade to 7.0+.`,
      { file: anchor.file, severity }
    );
  }
};

// server/src/rules/conf/debug-command-enabled.ts
var debugCommandEnabled = {
  meta: {
    id: "debug-command-enabled",
    category: "security",
    severity: "warning",
    fixable: true,
    description: "`enable-debug-command yes` or `local`: clients may run DEBUG, which can crash the server or corrupt its state.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const record = model.config?.effective("enable-debug-command");
    const value = record?.values[0]?.toLowerCase();
    if (!record || value !== "yes" && value !== "local") return;
    const x = exposureOf(model);
    const severity = value === "local" ? "info" : x && x.open && !x.localOnly ? "error" : "warning";
    report(
      valueSpanOf(record),
      `enable-debug-command ${value} lets ${value === "local" ? "loopback and unix-socket clients" : "any client"} with access to DEBUG crash the server (DEBUG SEGFAULT, DEBUG PANIC), stall it (DEBUG SLEEP), or change its state behind replication's back (DEBUG SET-ACTIVE-EXPIRE, DEBUG RELOAD, DEBUG PROTOCOL). Write \`enable-debug-command no\` (the default) and enable it only on a test server.`,
      { file: record.file, severity, fix: replaceValueFix(record, "no", "Set enable-debug-command no") }
    );
  }
};

// server/src/rules/conf/default-port.ts
var defaultPort = {
  meta: {
    id: "default-port",
    category: "security",
    severity: "info",
    fixable: false,
    description: "A server reachable from any network listens on the default port 6379, the first one mass scanners probe.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const x = exposureOf(model);
    if (!x || !x.publicly || x.auth.state === "none" && x.protectedMode.active) return;
    const l = x.listening;
    const record = l.port === 6379 ? l.portRecord : l.tlsPort === 6379 ? l.tlsPortRecord : void 0;
    if (l.port !== 6379 && l.tlsPort !== 6379) return;
    const anchor = record ? { file: record.file, span: valueSpanOf(record) } : anchorFor(model, ["bind"]);
    report(
      anchor.span,
      "Port 6379 is the first port internet-wide scanners and worms (cryptominers, P2PInfect) probe for open Redis. A different port is no protection on its own, but on a reachable server it keeps you out of most automated sweeps; pick another port and keep authentication and a firewall in place.",
      { file: anchor.file }
    );
  }
};

// server/src/rules/conf/deprecated-alias.ts
var deprecatedAlias = {
  meta: {
    id: "deprecated-alias",
    category: "deprecation",
    severity: "info",
    fixable: true,
    description: "A directive written under an old alias (`slaveof`, `slave-read-only`, `lua-time-limit`, \u2026) instead of its current name.",
    kinds: ["conf", "sentinel"]
  },
  check({ model, report }) {
    for (const record of model.config?.records ?? []) {
      if (!record.viaAlias) continue;
      const written = record.directive.name.value;
      report(
        record.directive.name.span,
        `\`${written}\` is an old name of \`${record.name}\`: it still works, but documentation, CONFIG GET/REWRITE and tools use \`${record.name}\`. Write \`${record.name}\`.`,
        { file: record.file, fix: { title: `Rename to ${record.name}`, edits: [{ span: record.directive.name.span, newText: record.name }] } }
      );
    }
  }
};

// server/src/rules/conf/deprecated-directive.ts
var deprecatedDirective = problemRule({
  id: "deprecated-directive",
  category: "deprecation",
  severity: "warning",
  description: "An obsolete directive Redis accepts and ignores.",
  kinds: ["conf", "sentinel"]
});

// server/src/rules/conf/duplicate-user.ts
var duplicateUser = problemRule({
  id: "duplicate-user",
  category: "correctness",
  severity: "error",
  description: "The same user declared twice in redis.conf: Redis refuses to start.",
  kinds: ["conf", "sentinel", "acl"]
});

// server/src/rules/conf/idle-timeout-disabled.ts
var idleTimeoutDisabled = {
  meta: {
    id: "idle-timeout-disabled",
    category: "reliability",
    severity: "info",
    fixable: false,
    description: "`timeout 0` on a server reachable beyond loopback: idle connections are never closed.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const record = model.config?.effective("timeout");
    const x = exposureOf(model);
    if (!record || !x || record.values[0] !== "0" || x.localOnly) return;
    report(
      valueSpanOf(record),
      "`timeout 0` never closes idle connections: leaked client connections and anyone who opens sockets and leaves them idle use up `maxclients` until new clients are refused. Set an idle timeout suited to your clients (e.g. `timeout 300`; pooled clients reconnect) and keep `tcp-keepalive` on.",
      { file: record.file }
    );
  }
};

// server/src/rules/conf/include-cycle.ts
var includeCycle = problemRule({
  id: "include-cycle",
  category: "correctness",
  severity: "error",
  description: "Files that include each other: Redis has no loop protection and crashes.",
  kinds: ["conf", "sentinel"]
});

// server/src/rules/conf/crashes-redis.ts
var crashesRedis = problemRule({
  id: "crashes-redis",
  category: "correctness",
  severity: "error",
  description: "An input that makes Redis crash instead of reporting an error (an unclosed selector after another rule in an ACL file).",
  kinds: ["conf", "sentinel", "acl"]
});

// server/src/rules/conf/invalid-acl-line.ts
var invalidAclLine = problemRule({
  id: "invalid-acl-line",
  category: "correctness",
  severity: "error",
  description: "An ACL file line that is not `user <name> <rules\u2026>` (comments, an upper-case USER, a name with invalid characters): Redis refuses the whole file.",
  kinds: ["conf", "sentinel", "acl"]
});

// server/src/rules/conf/include-not-found.ts
var includeNotFound = problemRule({
  id: "include-not-found",
  category: "correctness",
  severity: "warning",
  description: "An included file that cannot be read here; Redis refuses to start if it is missing on the server.",
  kinds: ["conf", "sentinel"]
});

// server/src/rules/conf/invalid-acl-rule.ts
var invalidAclRule = problemRule({
  id: "invalid-acl-rule",
  category: "correctness",
  severity: "error",
  description: "A `user` line with an ACL rule Redis rejects, while loading or at startup.",
  kinds: ["conf", "sentinel", "acl"]
});

// server/src/rules/conf/invalid-sentinel-directive.ts
var invalidSentinelDirective = problemRule({
  id: "invalid-sentinel-directive",
  category: "correctness",
  severity: "error",
  description: "A sentinel line Sentinel rejects: unknown, wrong arguments, an undeclared master, a hostname without resolve-hostnames.",
  kinds: ["sentinel"]
});

// server/src/rules/conf/invalid-value.ts
var invalidValue = problemRule({
  id: "invalid-value",
  category: "correctness",
  severity: "error",
  description: "A value Redis cannot parse or that is out of range: bool, integer, memory, percent, octal, enum and the special directives.",
  kinds: ["conf", "sentinel"]
});

// server/src/rules/conf/keyspace-notifications-all.ts
var keyspaceNotificationsAll = {
  meta: {
    id: "keyspace-notifications-all",
    category: "reliability",
    severity: "warning",
    fixable: false,
    description: "`notify-keyspace-events` with `A` (every event class): every write is published to Pub/Sub.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const record = model.config?.effective("notify-keyspace-events");
    const value = record?.values[0] ?? "";
    if (!record || !value.includes("A") || !/[KE]/.test(value)) return;
    report(
      valueSpanOf(record),
      `notify-keyspace-events ${value} publishes an event for every write and expiry: it costs CPU on every command, and any client allowed to subscribe to \`__keyspace@*__\`/\`__keyevent@*__\` sees every key name (on 6.2 every user may subscribe to every channel by default). Enable only the classes a consumer needs, e.g. \`Ex\` for expirations, and restrict channels with ACL \`&\` rules.`,
      { file: record.file }
    );
  }
};

// server/src/rules/shared/paths.ts
var WORLD_WRITABLE = ["/tmp", "/var/tmp", "/dev/shm", "/run/shm", "/run/lock", "/var/lock"];
function worldWritableDir(path) {
  const normalized = path.replace(/\/+/g, "/").replace(/\/$/, "") || "/";
  return WORLD_WRITABLE.find((dir) => normalized === dir || normalized.startsWith(`${dir}/`));
}

// server/src/rules/conf/loadmodule-unsafe-path.ts
var loadmoduleUnsafePath = {
  meta: {
    id: "loadmodule-unsafe-path",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "`loadmodule` from a relative path, a world-writable directory or the data directory.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const config = model.config;
    if (!config) return;
    const dirRecord = config.effective("dir");
    const dir = dirRecord && isAbsolute(dirRecord.values[0]) ? normalize(dirRecord.values[0]) : void 0;
    for (const module2 of config.modules) {
      const path = module2.args[0];
      if (!path) continue;
      let why;
      if (!isAbsolute(path.value)) {
        why = "a relative path, resolved against whatever directory the server runs in (or the last `dir`)";
      } else {
        const tmp = worldWritableDir(path.value);
        if (tmp) why = `a path in ${tmp}, which every local user can write to`;
        else if (dir && (resolve("/", path.value) + "/").startsWith(dir.replace(/\/?$/, "/"))) why = `inside the data directory \`dir ${dir}\`, where the server itself writes files (an attacker who can SAVE or replicate there can plant a library)`;
      }
      if (!why) continue;
      report(
        path.span,
        `This module is loaded from ${why}: whoever can put a file there runs native code inside the server at the next start. Load modules by absolute path from a root-owned directory such as /usr/lib/redis/modules.`,
        { file: module2.file }
      );
    }
  }
};

// server/src/rules/conf/logging-disabled.ts
var loggingDisabled = {
  meta: {
    id: "logging-disabled",
    category: "reliability",
    severity: "warning",
    fixable: false,
    description: '`daemonize yes` with `logfile ""` and no syslog: the log goes to /dev/null.',
    kinds: ["conf", "sentinel"]
  },
  check({ model, report }) {
    const config = model.config;
    const daemonize = config?.effective("daemonize");
    if (!config || !daemonize || daemonize.values[0].toLowerCase() !== "yes") return;
    if ((config.value("logfile", "") ?? "") !== "" || enumValue(config, "syslog-enabled", "no") === "yes") return;
    const logfile = config.effective("logfile");
    const where2 = logfile ? { file: logfile.file, span: valueSpanOf(logfile) } : { file: daemonize.file, span: daemonize.directive.span };
    report(
      where2.span,
      'The server daemonizes with `logfile ""` and syslog off, so its log goes to /dev/null: crashes, refused configs, failed saves and security warnings (protected mode, ACL denials) leave no trace. Write `logfile /var/log/redis/redis-server.log`, or `syslog-enabled yes`, and ship the log to your monitoring.',
      { file: where2.file }
    );
  }
};

// server/src/rules/conf/maxclients-too-high.ts
var LIMIT = 65e3;
var maxclientsTooHigh = {
  meta: {
    id: "maxclients-too-high",
    category: "reliability",
    severity: "warning",
    fixable: false,
    description: "`maxclients` far above what a server can hold (more than 65,000).",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const record = model.config?.effective("maxclients");
    const value = Number(record?.values[0]);
    if (!record || !Number.isFinite(value) || value <= LIMIT) return;
    report(
      valueSpanOf(record),
      `maxclients ${record.values[0]} is more than the file-descriptor limit of almost any host: Redis silently lowers it to that limit (minus 32), and until then each connection can grow its own buffers, so a flood of connections exhausts memory instead of being refused. Set it to what your clients need (the default is 10000) and bound client memory with \`maxmemory-clients\`.`,
      { file: record.file }
    );
  }
};

// server/src/rules/conf/maxmemory-policy-without-maxmemory.ts
var maxmemoryPolicyWithoutMaxmemory = {
  meta: {
    id: "maxmemory-policy-without-maxmemory",
    category: "reliability",
    severity: "warning",
    fixable: false,
    description: "An eviction policy is set but `maxmemory` is 0, so it never applies and memory grows without limit.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const config = model.config;
    const policy = config?.effective("maxmemory-policy");
    if (!config || !policy || policy.values[0].toLowerCase() === "noeviction") return;
    const maxmemory = config.effective("maxmemory");
    if (maxmemory && (parseMemory(maxmemory.values[0]) ?? 0n) > 0n) return;
    report(
      valueSpanOf(policy),
      `maxmemory-policy ${policy.values[0]} never takes effect because maxmemory is ${maxmemory ? "0" : "not set (0)"}: nothing is ever evicted and the server grows until the kernel's OOM killer stops it, taking all data with it. Set \`maxmemory\` to what the host can spare (for example 75% of its memory, leaving room for fork and buffers).`,
      { file: policy.file, ...maxmemory ? { related: [{ file: maxmemory.file, span: maxmemory.directive.span, message: "maxmemory is 0 here" }] } : {} }
    );
  }
};

// server/src/rules/conf/module-command-enabled.ts
var moduleCommandEnabled = {
  meta: {
    id: "module-command-enabled",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "`enable-module-command yes` or `local`: clients may load native code with MODULE LOAD.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const record = model.config?.effective("enable-module-command");
    const value = record?.values[0]?.toLowerCase();
    if (!record || value !== "yes" && value !== "local") return;
    const x = exposureOf(model);
    const severity = value === "local" ? "info" : x && x.open && !x.localOnly ? "error" : "warning";
    report(
      valueSpanOf(record),
      `enable-module-command ${value} lets ${value === "local" ? "loopback and unix-socket clients" : "any client"} allowed to run MODULE load a shared library into the server: this is how HeadCrab and P2PInfect run their own code (make the server a replica of a rogue primary, receive a .so as the "RDB", then MODULE LOAD it). Write \`enable-module-command no\` (the default) and load modules with \`loadmodule\` lines from root-owned paths.`,
      { file: record.file, severity }
    );
  }
};

// server/src/rules/conf/module-config-without-module.ts
var moduleConfigWithoutModule = problemRule({
  id: "module-config-without-module",
  category: "correctness",
  severity: "error",
  description: "A module setting (a name with a dot) without any loadmodule line: Redis aborts at startup.",
  kinds: ["conf", "sentinel"]
});

// server/src/rules/conf/no-authentication.ts
var noAuthentication = {
  meta: {
    id: "no-authentication",
    category: "security",
    severity: "error",
    fixable: false,
    description: "No password and no ACL users: every client that reaches the server has full access.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const x = exposureOf(model);
    if (!x || x.auth.state !== "none" || x.localOnly) return;
    if (x.auth.via === "no-requirepass" && absenceUnknown(model)) return;
    const pm = x.protectedMode;
    let severity;
    let context;
    if (pm.active) {
      severity = "info";
      context = pm.explicit ? "Protected mode now answers remote clients with DENIED, so only loopback and unix-socket clients get in; it is the only barrier." : "Only the implicit protected mode turns remote clients away, and the official Docker image switches it off when the file does not set it (see protected-mode-implicit).";
    } else {
      severity = x.publicly ? "error" : "warning";
      context = "Nothing turns remote clients away (protected mode is off or does not apply), so they can read and wipe all data, write files through CONFIG SET dir/dbfilename and load native code.";
    }
    const how = "Set `requirepass` to a long random value, or define ACL users (`user default off` plus named users with `#<sha256>` hashes, or an `aclfile`).";
    const auth = x.auth;
    let where2;
    let what;
    if (auth.via === "default-user-nopass" && auth.defaultUser?.nopassSpan) {
      where2 = { file: auth.defaultUser.record.file, span: auth.defaultUser.nopassSpan };
      what = "`user default \u2026 nopass` lets every client in without a password";
    } else if (auth.via === "empty-requirepass" && auth.requirepass) {
      where2 = { file: auth.requirepass.file, span: valueSpanOf(auth.requirepass) };
      what = '`requirepass ""` sets no password';
    } else {
      where2 = anchorFor(model, ["requirepass", "bind", "port"]);
      what = "No `requirepass`, no `user` lines and no `aclfile`: the default user needs no password";
    }
    report(where2.span, `${what}, and the server listens beyond loopback on ${portsText(x.listening)}. ${context} ${how}`, { file: where2.file, severity });
  }
};

// server/src/rules/conf/nul-byte.ts
var nulByte = problemRule({
  id: "nul-byte",
  category: "correctness",
  severity: "warning",
  description: "NUL bytes in the file: Redis silently drops the rest of that line.",
  kinds: ["conf", "sentinel"]
});

// server/src/rules/conf/overridden-setting.ts
var ACCUMULATING = /* @__PURE__ */ new Set(["save", "client-output-buffer-limit"]);
var overriddenSetting = {
  meta: {
    id: "overridden-setting",
    category: "style",
    severity: "warning",
    fixable: true,
    description: "A setting that a later line (or an included file) sets again: only the last value counts.",
    kinds: ["conf", "sentinel"]
  },
  check({ model, report }) {
    const config = model.config;
    if (!config) return;
    for (const name of config.names()) {
      if (ACCUMULATING.has(name)) continue;
      const records = config.all(name);
      if (records.length < 2) continue;
      const last2 = records[records.length - 1];
      const lastLine = (model.lines(last2.file)?.lineOf(last2.directive.span.start) ?? 0) + 1;
      const where2 = last2.file === model.mainFile ? `line ${lastLine}` : `${last2.file}:${lastLine}`;
      for (const record of records.slice(0, -1)) {
        const lines = model.lines(record.file);
        const fix = record.file === model.mainFile && lines ? (() => {
          const line = lines.lineOf(record.directive.span.start);
          const start = lines.lineStart(line);
          const end = Math.min(lines.lineEnd(line) + 1, lines.text.length);
          return { title: `Remove the overridden ${name} line`, edits: [{ span: { start, end }, newText: "" }] };
        })() : void 0;
        report(record.directive.span, `${name} is set again at ${where2}, which wins; this line has no effect. Remove it or merge the two.`, {
          file: record.file,
          related: [{ file: last2.file, span: last2.directive.span, message: "the value in effect" }],
          ...fix ? { fix } : {}
        });
      }
    }
  }
};

// server/src/rules/conf/path-not-found.ts
var pathNotFound = problemRule({
  id: "path-not-found",
  category: "correctness",
  severity: "warning",
  description: "A directory or file the config needs (dir, logfile, aclfile, TLS files, modules) is missing here.",
  kinds: ["conf", "sentinel"]
});

// server/src/rules/conf/persistence-disabled.ts
var persistenceDisabled = {
  meta: {
    id: "persistence-disabled",
    category: "reliability",
    severity: "warning",
    fixable: false,
    description: 'Neither RDB snapshots nor the AOF are on (`save ""` and `appendonly no`): a restart loses every key.',
    kinds: ["conf"]
  },
  check({ model, report }) {
    const config = model.config;
    if (!config || !config.savePoints || config.savePoints.length > 0) return;
    if (enumValue(config, "appendonly", "no") !== "no") return;
    const save = config.effective("save");
    if (!save) return;
    const maxmemory = parseMemory(config.value("maxmemory", "0") ?? "0") ?? 0n;
    const policy = enumValue(config, "maxmemory-policy", "noeviction");
    const cache4 = maxmemory > 0n && policy !== "noeviction";
    const replica = config.effective("replicaof") !== void 0 && enumValue(config, "replicaof", "no") !== "no";
    const appendonly = config.effective("appendonly");
    report(
      save.directive.span,
      'Persistence is off (`save ""` and appendonly no): a restart or crash loses every key, and if a primary restarts empty its replicas resync from it and are wiped too. ' + (cache4 ? "This looks like a cache (maxmemory with an eviction policy), where that may be intended. " : "") + "Turn on the AOF (`appendonly yes`) or RDB snapshots (`save 3600 1 300 100 60 10000`), unless the data can be rebuilt.",
      {
        file: save.file,
        severity: cache4 || replica ? "info" : "warning",
        ...appendonly ? { related: [{ file: appendonly.file, span: appendonly.directive.span, message: "the AOF is turned off here" }] } : {}
      }
    );
  }
};

// server/src/rules/conf/plaintext-port-with-tls.ts
var plaintextPortWithTls = {
  meta: {
    id: "plaintext-port-with-tls",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "TLS is enabled but the plaintext `port` stays open next to it.",
    kinds: ["conf", "sentinel"]
  },
  check({ model, report }) {
    const x = exposureOf(model);
    if (!x || x.localOnly || !x.tls.plaintextToo) return;
    const l = x.listening;
    const where2 = l.portRecord ? { file: l.portRecord.file, span: valueSpanOf(l.portRecord) } : anchorFor(model, ["tls-port"]);
    report(
      where2.span,
      `TLS listens on port ${l.tlsPort}, but the plaintext port ${l.port} is still open${l.portRecord ? "" : " (the default)"}: any client, or an attacker on the path, can use it and read or change traffic, and passwords sent there travel in cleartext. Write \`port 0\` once every client uses TLS.`,
      { file: where2.file }
    );
  }
};

// server/src/rules/conf/protected-configs-enabled.ts
var protectedConfigsEnabled = {
  meta: {
    id: "protected-configs-enabled",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "`enable-protected-configs yes` or `local`: CONFIG SET may change `dir`, `dbfilename` and other protected settings.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const record = model.config?.effective("enable-protected-configs");
    const value = record?.values[0]?.toLowerCase();
    if (!record || value !== "yes" && value !== "local") return;
    const x = exposureOf(model);
    const severity = value === "local" ? "info" : x && x.open && !x.localOnly ? "error" : "warning";
    report(
      valueSpanOf(record),
      `enable-protected-configs ${value} lets ${value === "local" ? "loopback and unix-socket clients" : "any client"} with CONFIG rights change \`dir\` and \`dbfilename\` at run time: the classic takeover writes the dataset as /root/.ssh/authorized_keys or a cron file (CONFIG SET dir, CONFIG SET dbfilename, SAVE). Write \`enable-protected-configs no\` (the default) and change those settings in the file.`,
      { file: record.file, severity }
    );
  }
};

// server/src/rules/conf/protected-mode-disabled.ts
var protectedModeDisabled = {
  meta: {
    id: "protected-mode-disabled",
    category: "security",
    severity: "error",
    fixable: true,
    description: "`protected-mode no` on a server that listens beyond loopback.",
    kinds: ["conf", "sentinel"]
  },
  check({ model, report }) {
    const x = exposureOf(model);
    const record = x?.protectedMode.record;
    if (!x || !record || x.protectedMode.enabled || x.localOnly) return;
    let severity;
    let message;
    if (x.auth.state === "none") {
      severity = x.publicly && model.kind === "conf" ? "error" : "warning";
      message = `Protected mode is off and no password is set, so every client that reaches ${portsText(x.listening)} runs commands with full access (read and wipe data, rewrite files through CONFIG SET, load modules). Write \`protected-mode yes\` (it then serves only loopback and unix-socket clients until a password is set), and require authentication.`;
    } else {
      severity = x.weakAuth ? "warning" : "info";
      message = 'Protected mode is off. A password is required now, so this has no effect today, but if the password is ever removed (CONFIG SET requirepass "", a `user default on nopass` line) the server is open to everyone who can reach it. Write `protected-mode yes` as a safety net.';
    }
    const fix = model.kind === "conf" ? replaceValueFix(record, "yes", "Set protected-mode yes") : void 0;
    report(valueSpanOf(record), message, { file: record.file, severity, ...fix ? { fix } : {} });
  }
};

// server/src/rules/conf/protected-mode-implicit.ts
var protectedModeImplicit = {
  meta: {
    id: "protected-mode-implicit",
    category: "security",
    severity: "warning",
    fixable: true,
    description: "No `protected-mode` line on an unauthenticated server: the official Docker image then turns protected mode off.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const x = exposureOf(model);
    if (!x || x.protectedMode.explicit || x.localOnly || x.auth.state !== "none" || absenceUnknown(model)) return;
    const anchor = anchorFor(model, ["bind", "port"]);
    const fix = appendLineFix(model, "protected-mode yes", "Add protected-mode yes");
    report(
      anchor.span,
      "No `protected-mode` line and no password: Redis defaults to protected mode, but the official Docker image starts redis-server with `--protected-mode no` whenever the config file does not set it, and then anyone who reaches the port has full access. Write `protected-mode yes` explicitly, and require authentication.",
      { file: anchor.file, severity: x.publicly ? "warning" : "info", ...fix ? { fix } : {} }
    );
  }
};

// server/src/rules/conf/rename-command-deprecated.ts
var renameCommandDeprecated = {
  meta: {
    id: "rename-command-deprecated",
    category: "deprecation",
    severity: "info",
    fixable: false,
    description: "`rename-command` is deprecated in favour of ACL rules.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    for (const rename of model.config?.renames ?? []) {
      const [from, to] = rename.args;
      if (!from || !to) continue;
      const command = from.value.toLowerCase();
      const what = to.value === "" ? `disables ${command.toUpperCase()}` : `renames ${command.toUpperCase()}`;
      report(
        rename.directive.name.span,
        `This line ${what}, a deprecated approach: it applies to every user including administrators, breaks tools and clients that expect the real name, is propagated under the new name to AOF files and replicas, and ACL rules still use the original name. Deny the command with ACL rules instead, e.g. \`-${command}\` (or \`-@dangerous\`) on application users: \`user app on #<sha256> ~app:* &app:* +@all -@dangerous\`.`,
        { file: rename.file }
      );
    }
  }
};

// server/src/rules/conf/rename-command-guessable.ts
function guessable(from, to) {
  const lower = to.toLowerCase();
  if (lower.includes(from.toLowerCase())) return "it contains the original name";
  if (to.length < 16) return "it is shorter than 16 characters";
  if (/^[a-z]+$/i.test(to) || /^[0-9]+$/.test(to)) return "it uses a single kind of character";
  return void 0;
}
var renameCommandGuessable = {
  meta: {
    id: "rename-command-guessable",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "`rename-command` hides a command under a name that is easy to guess.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    for (const rename of model.config?.renames ?? []) {
      const [from, to] = rename.args;
      if (!from || !to || to.value === "") continue;
      const why = guessable(from.value, to.value);
      if (!why) continue;
      const command = from.value.toUpperCase();
      report(
        to.span,
        `${command} is renamed to a name that is easy to guess (${why}): anyone who tries the usual variants still runs it, so the rename gives a false sense of safety. Deny the command with an ACL rule (\`-${from.value.toLowerCase()}\` on every user that must not run it) or disable it with \`rename-command ${command} ""\`.`,
        { file: rename.file }
      );
    }
  }
};

// server/src/rules/conf/rename-command-invalid.ts
var renameCommandInvalid = problemRule({
  id: "rename-command-invalid",
  category: "correctness",
  severity: "error",
  description: "rename-command of a command that does not exist (or was already renamed), or to a name that is taken.",
  kinds: ["conf", "sentinel"]
});

// server/src/rules/conf/replica-read-only-disabled.ts
var replicaReadOnlyDisabled = {
  meta: {
    id: "replica-read-only-disabled",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "`replica-read-only no`: clients may write to a replica.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const record = model.config?.effective("replica-read-only");
    if (!record || record.values[0].toLowerCase() !== "no") return;
    report(
      valueSpanOf(record),
      "`replica-read-only no` lets clients write to this server while it is a replica: the writes silently diverge from the primary and vanish at the next resync, and attackers use writable replicas to stage payloads (the Migo campaign turns this off). Write `replica-read-only yes` (the default).",
      { file: record.file }
    );
  }
};

// server/src/rules/conf/replicaof-in-cluster-mode.ts
var replicaofInClusterMode = problemRule({
  id: "replicaof-in-cluster-mode",
  category: "correctness",
  severity: "error",
  description: "replicaof together with cluster-enabled yes: Redis refuses to start.",
  kinds: ["conf"]
});

// server/src/rules/conf/requirepass-ignored.ts
var requirepassIgnored = {
  meta: {
    id: "requirepass-ignored",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "`requirepass` that a `user default` line or an ACL file overrides, so the password it names is not the one in force.",
    kinds: ["conf", "sentinel"]
  },
  check({ model, report }) {
    const config = model.config;
    const requirepass = config?.effective("requirepass");
    if (!config || !requirepass || requirepass.values[0] === "") return;
    const span = requirepass.directive.name.span;
    const defaultUser = defaultUserLine(config);
    if (defaultUser) {
      const open = defaultUser.enabled && defaultUser.nopass;
      report(
        span,
        open ? "`requirepass` is ignored: the `user default \u2026 nopass` line is applied after it (whatever the order in the file), so clients need no password at all. Remove `nopass` and give the default user a password (`>\u2026` or `#<sha256>`), or `user default off`; then drop requirepass." : "`requirepass` is ignored: the `user default` line is applied after it (whatever the order in the file) and decides the default user's passwords. Keep the password in one place: drop requirepass, or the `user default` line.",
        {
          file: requirepass.file,
          severity: open ? "error" : "warning",
          related: [{ file: defaultUser.record.file, span: defaultUser.record.directive.span, message: "the default user is defined here" }]
        }
      );
      return;
    }
    const auth = authentication(config);
    if (auth.state === "aclfile") {
      report(
        span,
        "`requirepass` has no effect when an `aclfile` is used: if the ACL file has no `user default` line, Redis creates the default user as `on nopass ~* &* +@all` and anyone connects without a password. Make sure the ACL file defines `user default` (with a password, or `off`), and drop requirepass.",
        { file: requirepass.file, related: [{ file: auth.aclfile.file, span: auth.aclfile.directive.span, message: "the ACL file is named here" }] }
      );
    }
  }
};

// server/src/rules/conf/save-after-include.ts
var saveAfterInclude = problemRule({
  id: "save-after-include",
  category: "reliability",
  severity: "warning",
  description: "Several save lines after an include: only the last takes effect (a Redis bug).",
  kinds: ["conf", "sentinel"]
});

// server/src/rules/sentinel/sentinel-auth-pass-missing.ts
var sentinelAuthPassMissing = {
  meta: {
    id: "sentinel-auth-pass-missing",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "A monitored primary without `sentinel auth-pass`: either the primary has no password or Sentinel cannot log in to it.",
    kinds: ["sentinel"]
  },
  check({ model, report }) {
    const lines = model.config?.sentinel ?? [];
    const withAuth = new Set(lines.filter((l) => l.args[0]?.value.toLowerCase() === "auth-pass" && l.args[1]).map((l) => l.args[1].value));
    for (const line of lines) {
      if (line.args[0]?.value.toLowerCase() !== "monitor" || !line.args[1]) continue;
      const name = line.args[1].value;
      if (withAuth.has(name)) continue;
      report(
        line.args[1].span,
        `Sentinel monitors ${name} without \`sentinel auth-pass ${name} \u2026\`: either that primary and its replicas accept clients without a password, so anyone who reaches them can read, wipe or take them over, or Sentinel cannot authenticate and will neither monitor nor fail them over. Require a password on the primary and replicas and add \`sentinel auth-pass ${name} <password>\` (with \`sentinel auth-user\` for an ACL user).`,
        { file: line.file }
      );
    }
  }
};

// server/src/rules/conf/sentinel-directive-outside-sentinel.ts
var sentinelDirectiveOutsideSentinel = problemRule({
  id: "sentinel-directive-outside-sentinel",
  category: "correctness",
  severity: "error",
  description: "A `sentinel` line in a file that is not run as Sentinel.",
  kinds: ["conf"]
});

// server/src/rules/sentinel/sentinel-no-authentication.ts
var sentinelNoAuthentication = {
  meta: {
    id: "sentinel-no-authentication",
    category: "security",
    severity: "error",
    fixable: false,
    description: "A Sentinel that requires no password (no `requirepass`, or `user default \u2026 nopass`).",
    kinds: ["sentinel"]
  },
  check({ model, report }) {
    const x = exposureOf(model);
    if (!x || x.auth.state !== "none" || x.localOnly) return;
    if (x.auth.via === "no-requirepass" && absenceUnknown(model)) return;
    const auth = x.auth;
    const where2 = auth.via === "default-user-nopass" && auth.defaultUser?.nopassSpan ? { file: auth.defaultUser.record.file, span: auth.defaultUser.nopassSpan } : auth.via === "empty-requirepass" && auth.requirepass ? { file: auth.requirepass.file, span: valueSpanOf(auth.requirepass) } : anchorFor(model, ["requirepass", "port"]);
    const protectedNow = x.protectedMode.active;
    report(
      where2.span,
      `This Sentinel requires no password on ${portsText(x.listening)}${protectedNow ? " (protected mode, set explicitly, only lets loopback clients in)" : ", and Sentinel turns protected mode off by default"}: anyone who reaches it can run SENTINEL commands, force a failover, or make clients follow a primary of their own choosing (SENTINEL REMOVE/MONITOR), and read the addresses of your servers. Set \`requirepass\` (Sentinels then use it towards each other too), or \`sentinel sentinel-user\`/\`sentinel-pass\` with ACL users, on every Sentinel.`,
      { file: where2.file, severity: protectedNow ? "warning" : "error" }
    );
  }
};

// server/src/rules/sentinel/sentinel-scripts-reconfig-allowed.ts
var sentinelScriptsReconfigAllowed = {
  meta: {
    id: "sentinel-scripts-reconfig-allowed",
    category: "security",
    severity: "warning",
    fixable: true,
    description: "`sentinel deny-scripts-reconfig no`: clients may change the scripts Sentinel executes.",
    kinds: ["sentinel"]
  },
  check({ model, report }) {
    const x = exposureOf(model);
    for (const line of model.config?.sentinel ?? []) {
      if (line.args[0]?.value.toLowerCase() !== "deny-scripts-reconfig" || line.args[1]?.value.toLowerCase() !== "no") continue;
      const value = line.args[1];
      report(
        value.span,
        "`sentinel deny-scripts-reconfig no` lets clients change notification-script and client-reconfig-script with SENTINEL SET: whoever can talk to this Sentinel makes it execute a program of their choice on the host. Write `sentinel deny-scripts-reconfig yes` (the default) and set scripts in this file.",
        { file: line.file, severity: x && x.open && !x.localOnly ? "error" : "warning", fix: { title: "Set deny-scripts-reconfig yes", edits: [{ span: value.span, newText: "yes" }] } }
      );
    }
  }
};

// server/src/rules/conf/tcp-keepalive-disabled.ts
var tcpKeepaliveDisabled = {
  meta: {
    id: "tcp-keepalive-disabled",
    category: "reliability",
    severity: "warning",
    fixable: false,
    description: "`tcp-keepalive 0`: dead peers are never detected.",
    kinds: ["conf", "sentinel"]
  },
  check({ model, report }) {
    const record = model.config?.effective("tcp-keepalive");
    if (!record || record.values[0] !== "0") return;
    report(
      valueSpanOf(record),
      "`tcp-keepalive 0` turns off TCP keepalives: connections whose peer vanished (crashed host, NAT or firewall timeout) stay open forever, holding client slots and memory, and replicas notice a dead link late. Write `tcp-keepalive 300` (the default since 3.2.1).",
      { file: record.file }
    );
  }
};

// server/src/rules/conf/tls-client-auth-disabled.ts
var tlsClientAuthDisabled = {
  meta: {
    id: "tls-client-auth-disabled",
    category: "security",
    severity: "info",
    fixable: false,
    description: "`tls-auth-clients no`: TLS clients need no certificate.",
    kinds: ["conf", "sentinel"]
  },
  check({ model, report }) {
    const x = exposureOf(model);
    const record = model.config?.effective("tls-auth-clients");
    if (!x || !record || !x.tls.enabled || x.localOnly || record.values[0].toLowerCase() !== "no") return;
    report(
      valueSpanOf(record),
      "`tls-auth-clients no` accepts TLS connections from any client, certificate or not, so the TLS port adds encryption but no authentication: " + (x.open ? "and with no strong password either, anyone who reaches it gets in. " : "only the password stands between a stranger and the server. ") + "Use `tls-auth-clients yes` (the default) with client certificates from your CA, or `optional` while migrating.",
      { file: record.file, severity: x.open ? "warning" : "info" }
    );
  }
};

// server/src/rules/conf/tls-cluster-disabled.ts
var tlsClusterDisabled = {
  meta: {
    id: "tls-cluster-disabled",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "A TLS-enabled cluster node keeps the cluster bus in plaintext (`tls-cluster no`).",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const config = model.config;
    const x = exposureOf(model);
    const cluster = config?.effective("cluster-enabled");
    if (!config || !x || !x.tls.enabled || !cluster || cluster.values[0].toLowerCase() !== "yes") return;
    const setting = config.effective("tls-cluster");
    if (setting && setting.values[0].toLowerCase() === "yes") return;
    const where2 = setting ? { file: setting.file, span: valueSpanOf(setting) } : { file: cluster.file, span: cluster.directive.span };
    report(
      where2.span,
      "TLS is set up, but the cluster bus between nodes stays in cleartext (`tls-cluster no`): an attacker on the network reads topology and failover messages and can forge them (the bus has no other authentication). Write `tls-cluster yes` on every node.",
      { file: where2.file }
    );
  }
};

// server/src/rules/conf/tls-disabled.ts
var tlsDisabled = {
  meta: {
    id: "tls-disabled",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "A server that listens beyond loopback without TLS (`tls-port`): data and passwords cross the network in cleartext.",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const x = exposureOf(model);
    if (!x || x.localOnly || x.tls.enabled || absenceUnknown(model)) return;
    const reachable = x.publicly && !(x.auth.state === "none" && x.protectedMode.active);
    const anchor = anchorFor(model, ["port", "bind"]);
    report(
      anchor.span,
      `No \`tls-port\`: clients reach ${portsText(x.listening)} in cleartext, so anyone on the network path reads the data and the AUTH password and can tamper with replies. Set \`tls-port 6379\` with \`tls-cert-file\`, \`tls-key-file\` and \`tls-ca-cert-file\` (a TLS-enabled build is needed), then close the plaintext port with \`port 0\`.`,
      { file: anchor.file, severity: reachable ? "warning" : "info" }
    );
  }
};

// server/src/rules/conf/tls-incomplete.ts
var tlsIncomplete = problemRule({
  id: "tls-incomplete",
  category: "correctness",
  severity: "error",
  description: "TLS is enabled without a certificate or key file: Redis cannot configure TLS and refuses to start.",
  kinds: ["conf", "sentinel"]
});

// server/src/rules/conf/tls-protocols-outdated.ts
var OUTDATED = /* @__PURE__ */ new Set(["tlsv1", "tlsv1.0", "tlsv1.1", "sslv3", "sslv2"]);
var tlsProtocolsOutdated = {
  meta: {
    id: "tls-protocols-outdated",
    category: "security",
    severity: "warning",
    fixable: true,
    description: "`tls-protocols` allows TLSv1 or TLSv1.1.",
    kinds: ["conf", "sentinel"]
  },
  check({ model, report }) {
    const record = model.config?.effective("tls-protocols");
    if (!record) return;
    const protocols = record.values.join(" ").split(/\s+/).filter((p2) => p2 !== "");
    const old = protocols.filter((p2) => OUTDATED.has(p2.toLowerCase()));
    if (old.length === 0) return;
    report(
      valueSpanOf(record),
      `tls-protocols allows ${old.join(" and ")}, deprecated by RFC 8996: their weaknesses (BEAST, no AEAD ciphers) let an attacker on the path downgrade and decrypt connections. Write \`tls-protocols "TLSv1.2 TLSv1.3"\` (an empty value means the same).`,
      { file: record.file, fix: replaceValueFix(record, '"TLSv1.2 TLSv1.3"', "Allow only TLSv1.2 and TLSv1.3") }
    );
  }
};

// server/src/rules/conf/tls-replication-disabled.ts
var tlsReplicationDisabled = {
  meta: {
    id: "tls-replication-disabled",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "A TLS-enabled replica still connects to its primary in plaintext (`tls-replication no`).",
    kinds: ["conf"]
  },
  check({ model, report }) {
    const config = model.config;
    const x = exposureOf(model);
    const replicaof = config?.effective("replicaof");
    if (!config || !x || !x.tls.enabled || !replicaof || replicaof.values[0]?.toLowerCase() === "no") return;
    const setting = config.effective("tls-replication");
    if (setting && setting.values[0].toLowerCase() === "yes") return;
    const where2 = setting ? { file: setting.file, span: valueSpanOf(setting) } : { file: replicaof.file, span: replicaof.directive.span };
    report(
      where2.span,
      "TLS is set up, but this replica connects to its primary without it (`tls-replication no`): the whole dataset and the masterauth password cross the network in cleartext during every sync. Write `tls-replication yes` and point replicaof at the primary's TLS port.",
      { file: where2.file }
    );
  }
};

// server/src/rules/conf/tls-weak-ciphers.ts
function isWeak2(token) {
  const t = token.toUpperCase();
  return t.includes("NULL") || t.startsWith("EXP") || t === "LOW" || t.includes("RC4") || t.includes("RC2") || /(^|[-+])3?DES($|[-+])/.test(t) || t.includes("DES-CBC") || t === "MD5" || t.endsWith("-MD5") || t.startsWith("ADH") || t.startsWith("AECDH") || t === "ANON" || t.includes("IDEA") || t.includes("SEED");
}
var tlsWeakCiphers = {
  meta: {
    id: "tls-weak-ciphers",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "`tls-ciphers` enables broken or unauthenticated ciphers (NULL, EXPORT, RC4, DES/3DES, MD5, anonymous).",
    kinds: ["conf", "sentinel"]
  },
  check({ model, report }) {
    const record = model.config?.effective("tls-ciphers");
    if (!record) return;
    const tokens3 = record.values.join(" ").split(/[:,\s]+/).filter((t) => t !== "");
    const weak = tokens3.filter((t) => !/^[!-]/.test(t) && isWeak2(t.replace(/^\+/, "")));
    if (weak.length === 0) return;
    report(
      valueSpanOf(record),
      `tls-ciphers enables weak ciphers (${weak.join(", ")}): they can be broken or offer no authentication, so an attacker on the path can read or alter TLS 1.2 traffic. Remove them, or leave tls-ciphers unset to use OpenSSL's defaults; for example \`tls-ciphers "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5"\`.`,
      { file: record.file }
    );
  }
};

// server/src/rules/conf/unbalanced-quotes.ts
var unbalancedQuotes = problemRule({
  id: "unbalanced-quotes",
  category: "correctness",
  severity: "error",
  description: "A quote is never closed on its line, or a closing quote is followed by text: Redis rejects the line.",
  kinds: ["conf", "sentinel"]
});

// server/src/rules/conf/unix-socket-world-writable.ts
var unixSocketWorldWritable = {
  meta: {
    id: "unix-socket-world-writable",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "`unixsocketperm` lets every local user connect to the unix socket.",
    kinds: ["conf", "sentinel"]
  },
  check({ model, report }) {
    const config = model.config;
    const socket = config?.effective("unixsocket");
    const perm = config?.effective("unixsocketperm");
    if (!socket || socket.values[0] === "" || !perm) return;
    const mode = parseInt(perm.values[0], 8);
    if (!Number.isInteger(mode) || (mode & 2) === 0) return;
    report(
      valueSpanOf(perm),
      `unixsocketperm ${perm.values[0]} gives every local user write access to the socket, which is all connect() needs: any account or compromised service on the host can talk to Redis (and over the socket protected mode never applies). Use \`unixsocketperm 700\`, or \`770\` with the socket in a directory of a dedicated group; on versions before 7.2.2/7.0.14/6.2.14 the socket is briefly created with the umask permissions anyway (CVE-2023-45145).`,
      { file: perm.file }
    );
  }
};

// server/src/rules/conf/unknown-directive.ts
var unknownDirective = problemRule({
  id: "unknown-directive",
  category: "correctness",
  severity: "error",
  description: "A directive the target Redis version does not know: Redis refuses to start.",
  kinds: ["conf", "sentinel"]
});

// server/src/rules/shared/passwords.ts
function passwordSites(model) {
  const config = model.config;
  if (!config) return [];
  const sites = [];
  for (const name of ["requirepass", "masterauth", "primaryauth"]) {
    const record = config.effective(name);
    if (!record || record.values[0] === "" || record.directive.args.length !== 1) continue;
    sites.push({ label: `\`${record.directive.name.value.toLowerCase()}\``, file: record.file, span: record.directive.args[0].span, kind: "cleartext", value: record.values[0] });
  }
  for (const user of config.users) {
    for (const arg of user.args.slice(1)) {
      const rule = arg.value.replace(/^\(+/, "").replace(/\)+$/, "");
      if (rule.startsWith(">")) sites.push({ label: `a password of user ${user.username}`, file: user.file, span: arg.span, kind: "cleartext", value: rule.slice(1) });
      else if (rule.startsWith("#")) sites.push({ label: `a password hash of user ${user.username}`, file: user.file, span: arg.span, kind: "hash", value: rule.slice(1) });
    }
  }
  for (const line of config.sentinel) {
    const sub = line.args[0]?.value.toLowerCase();
    if (sub === "auth-pass" && line.args.length === 3) {
      sites.push({ label: `\`sentinel auth-pass\` for ${line.args[1].value}`, file: line.file, span: line.args[2].span, kind: "cleartext", value: line.args[2].value });
    } else if (sub === "sentinel-pass" && line.args.length === 2) {
      sites.push({ label: "`sentinel sentinel-pass`", file: line.file, span: line.args[1].span, kind: "cleartext", value: line.args[1].value });
    }
  }
  return sites;
}

// server/src/rules/conf/weak-password.ts
var ADVICE2 = "Generate a long random value (`openssl rand -base64 32`, or `ACL GENPASS`) and keep it out of version control.";
var weakPassword = {
  meta: {
    id: "weak-password",
    category: "security",
    severity: "error",
    fixable: false,
    description: "A password (requirepass, masterauth, user >password or #hash, sentinel auth-pass / sentinel-pass) that is well known, short or easy to guess.",
    kinds: ["conf", "sentinel"]
  },
  check({ model, report }) {
    for (const site of passwordSites(model)) {
      if (site.kind === "hash") {
        if (!isWellKnownPasswordHash(site.value)) continue;
        report(
          site.span,
          `${capitalize(site.label)} is the SHA-256 of a well-known default: hashing does not help when the credential itself is on every guessing list, and anyone can look the hash up. ${ADVICE2} Then store its hash.`,
          { file: site.file, severity: "error" }
        );
        continue;
      }
      const weakness = assessPassword(site.value);
      if (!weakness) continue;
      report(
        site.span,
        `${capitalize(site.label)} ${weakness.reason}; anyone who can reach the server can guess it and act with that credential's rights. ${ADVICE2}`,
        { file: site.file, severity: weakness.level }
      );
    }
  }
};
function capitalize(text2) {
  return text2.startsWith("`") ? text2 : text2[0].toUpperCase() + text2.slice(1);
}

// server/src/rules/conf/world-writable-path.ts
var WHY = {
  dir: "the RDB, AOF and nodes.conf files are written there: another local user can read the whole dataset, or plant a symlink under the expected file name so the next save overwrites a file of their choice",
  logfile: "another local user can pre-create or symlink the log file, read what it records, or fill the disk",
  pidfile: "another local user can pre-create or replace the pid file and make init scripts signal the wrong process",
  unixsocket: "another local user can create the socket path first and impersonate the server, or remove it",
  aclfile: "another local user can replace the ACL file and give themselves a user at the next ACL LOAD or restart",
  include: "another local user can replace the included file and inject any directive at the next start"
};
var worldWritablePath = {
  meta: {
    id: "world-writable-path",
    category: "security",
    severity: "warning",
    fixable: false,
    description: "`dir`, `logfile`, `pidfile`, `unixsocket`, `aclfile` or `include` in /tmp or another world-writable directory.",
    kinds: ["conf", "sentinel"]
  },
  check({ model, report }) {
    const config = model.config;
    if (!config) return;
    for (const name of ["dir", "logfile", "pidfile", "unixsocket", "aclfile"]) {
      const record = config.effective(name);
      const value = record?.values[0];
      if (!record || !value) continue;
      const tmp = worldWritableDir(value);
      if (!tmp) continue;
      const why = name === "dir" && model.kind === "sentinel" ? "Sentinel runs from there, so another local user can plant or replace files it reads and writes relative to it" : WHY[name];
      report(
        record.directive.args[0].span,
        `${name} is in ${tmp}, a directory every local user can write to: ${why}. Use a directory owned by the redis user and closed to others, such as ${name === "dir" ? "/var/lib/redis" : name === "logfile" ? "/var/log/redis" : "/run/redis or /etc/redis"}.`,
        { file: record.file }
      );
    }
    for (const include of config.includes) {
      const value = include.args[0]?.value;
      const tmp = value ? worldWritableDir(value) : void 0;
      if (!tmp) continue;
      report(include.args[0].span, `include reads a file in ${tmp}, a directory every local user can write to: ${WHY.include}. Keep included files next to the main config, owned by root.`, { file: include.file });
    }
  }
};

// server/src/rules/conf/wrong-argument-count.ts
var wrongArgumentCount = problemRule({
  id: "wrong-argument-count",
  category: "correctness",
  severity: "error",
  description: "A directive with too many or too few arguments (often a trailing comment or an unquoted space).",
  kinds: ["conf", "sentinel"]
});

// server/src/rules/index.ts
var RULES = [
  aclDefaultUserOpen,
  aclDangerousCommands,
  aclDisabledUserPermissions,
  aclFirstArgRule,
  aclImplicitAllchannels,
  aclIneffectiveRule,
  aclNopassUser,
  aclNopassWithPassword,
  aclPlaintextPassword,
  aclRenamedCommand,
  aclUserUnrestricted,
  aclWeakPassword,
  aclLogDisabled,
  aclPubsubDefaultAllchannels,
  aclfileWithUsers,
  bindAllInterfaces,
  bufferLimitRaised,
  buildDependentSetting,
  configCommandUnrestricted,
  debugCommandEnabled,
  defaultPort,
  deprecatedAlias,
  deprecatedDirective,
  duplicateUser,
  idleTimeoutDisabled,
  includeCycle,
  crashesRedis,
  invalidAclLine,
  includeNotFound,
  invalidAclRule,
  invalidSentinelDirective,
  invalidValue,
  keyspaceNotificationsAll,
  loadmoduleUnsafePath,
  loggingDisabled,
  maxclientsTooHigh,
  maxmemoryPolicyWithoutMaxmemory,
  moduleCommandEnabled,
  moduleConfigWithoutModule,
  noAuthentication,
  nulByte,
  overriddenSetting,
  pathNotFound,
  persistenceDisabled,
  plaintextPortWithTls,
  protectedConfigsEnabled,
  protectedModeDisabled,
  protectedModeImplicit,
  renameCommandDeprecated,
  renameCommandGuessable,
  renameCommandInvalid,
  replicaReadOnlyDisabled,
  replicaofInClusterMode,
  requirepassIgnored,
  saveAfterInclude,
  sentinelAuthPassMissing,
  sentinelDirectiveOutsideSentinel,
  sentinelNoAuthentication,
  sentinelScriptsReconfigAllowed,
  tcpKeepaliveDisabled,
  tlsClientAuthDisabled,
  tlsClusterDisabled,
  tlsDisabled,
  tlsIncomplete,
  tlsProtocolsOutdated,
  tlsReplicationDisabled,
  tlsWeakCiphers,
  unbalancedQuotes,
  unixSocketWorldWritable,
  unknownDirective,
  weakPassword,
  worldWritablePath,
  wrongArgumentCount
];
var RULES_BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));

// server/src/linter/redact.ts
var MASK = "****";
function secretsIn(model, file) {
  if (model.kind === "acl") return model.acl && file === model.mainFile ? secretSpans(model.acl.doc) : [];
  const source2 = model.config?.source(file);
  if (source2) return secretSpans(source2.doc);
  const aclFile = model.config?.aclFile;
  return aclFile && aclFile.path === file ? secretSpans(aclFile.doc) : [];
}
function secretValues(model) {
  const values2 = /* @__PURE__ */ new Set();
  const files = model.kind === "acl" ? [model.mainFile] : [...model.config?.files.keys() ?? [], ...model.config?.aclFile ? [model.config.aclFile.path] : []];
  for (const file of files) {
    const text2 = model.text(file);
    if (text2 === void 0) continue;
    for (const span of secretsIn(model, file)) {
      const raw = text2.slice(span.start, span.end);
      const bare = raw.replace(/^["']|["']$/g, "").replace(/^[><#!]/, "");
      for (const value of [raw, bare]) if (value.length >= 6) values2.add(value);
    }
  }
  return [...values2].sort((a, b) => b.length - a.length);
}
function scrub(message, secrets) {
  let out = message;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(MASK);
  return out;
}

// server/src/linter/suppressions.ts
var UNUSED_SUPPRESSION = "unused-suppression";
var LINTER_RULES = [
  {
    id: UNUSED_SUPPRESSION,
    category: "style",
    severity: "warning",
    fixable: false,
    description: "A redis-lint-disable comment that suppresses nothing: no such finding there, no or an unknown rule id, or a required reason missing.",
    kinds: ["conf", "sentinel"]
  }
];
var PRAGMA = /^(\s*)redis-lint-(disable-next-line|disable)(?=\s|$)/;
function parseSuppressions(model) {
  const out = [];
  const config = model.config;
  if (!config) return out;
  for (const source2 of config.files.values()) {
    const lines = source2.doc.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.kind !== "comment") continue;
      const raw = source2.text.slice(line.span.start, line.span.end);
      const hash = raw.indexOf("#");
      const body = raw.slice(hash + 1);
      const match = PRAGMA.exec(body);
      if (!match) continue;
      const bodyStart = line.span.start + hash + 1;
      let rest = body.slice(match[0].length);
      const restStart = bodyStart + match[0].length;
      let reason;
      const separator = /(^|\s)--(\s|$)/.exec(rest);
      if (separator) {
        const text2 = rest.slice(separator.index + separator[0].length).trim();
        if (text2 !== "") reason = text2;
        rest = rest.slice(0, separator.index);
      }
      const ids = [];
      const word = /[^\s,]+/g;
      for (let m = word.exec(rest); m; m = word.exec(rest)) {
        ids.push({ id: m[0], span: { start: restStart + m.index, end: restStart + m.index + m[0].length } });
      }
      const kind = match[2] === "disable" ? "file" : "next-line";
      let target = line.line;
      if (kind === "next-line") {
        const next = lines.slice(i + 1).find((l) => l.kind !== "comment");
        target = next ? next.line : -1;
      }
      out.push({ kind, file: source2.path, span: line.span, line: line.line, target, ids, ...reason === void 0 ? {} : { reason } });
    }
  }
  return out;
}
function applies(suppression, finding, findingLine) {
  if (suppression.file !== finding.file || suppression.target < 0) return false;
  return suppression.kind === "next-line" ? findingLine === suppression.target : findingLine >= suppression.target;
}
function applySuppressions(model, findings, options) {
  if (model.kind === "acl" || !model.config) return { findings: [...findings], suppressed: [] };
  const all = parseSuppressions(model);
  if (all.length === 0) return { findings: [...findings], suppressed: [] };
  const lineOf2 = (file, offset) => model.lines(file)?.lineOf(offset) ?? 0;
  const problems = [];
  const report = (id, span, file, message) => {
    if (!options.report) return;
    const setting = options.settings?.[id];
    if (setting === "off") return;
    const meta = LINTER_RULES.find((r) => r.id === id);
    problems.push({ ruleId: id, severity: setting ?? meta?.severity ?? "warning", message: options.scrub(message), fatal: false, file, span });
  };
  const active = [];
  for (const suppression of all) {
    const pragma = suppression.kind === "file" ? "redis-lint-disable" : "redis-lint-disable-next-line";
    if (suppression.ids.length === 0) {
      report(UNUSED_SUPPRESSION, suppression.span, suppression.file, `\`# ${pragma}\` names no rule, so it suppresses nothing; write \`# ${pragma} <rule-id> -- <reason>\` (see \`redis-lint rules\`).`);
      continue;
    }
    if (options.requireReason && suppression.reason === void 0) {
      report(UNUSED_SUPPRESSION, suppression.span, suppression.file, `This suppression has no reason, which the config file requires (requireSuppressionReason), so it does not apply; add \` -- <why this is fine here>\` after the rule id.`);
      continue;
    }
    if (suppression.kind === "next-line" && suppression.target < 0) {
      report(UNUSED_SUPPRESSION, suppression.span, suppression.file, `\`# ${pragma}\` is not followed by a directive, so it suppresses nothing; remove it.`);
      continue;
    }
    const ids = /* @__PURE__ */ new Set();
    for (const { id, span } of suppression.ids) {
      if (!options.knownRules.has(id)) {
        report(UNUSED_SUPPRESSION, span, suppression.file, `Unknown rule id '${id}' in \`# ${pragma}\`, so nothing is suppressed for it; check the spelling (\`redis-lint rules\` lists every id).`);
      } else {
        ids.add(id);
      }
    }
    if (ids.size > 0) active.push({ suppression, ids, used: /* @__PURE__ */ new Set() });
  }
  const kept = [];
  const suppressed = [];
  const match = (finding) => {
    const line = lineOf2(finding.file, finding.span.start);
    return active.find((a) => a.ids.has(finding.ruleId) && applies(a.suppression, finding, line));
  };
  for (const finding of findings) {
    const hit = match(finding);
    if (!hit) {
      kept.push(finding);
      continue;
    }
    hit.used.add(finding.ruleId);
    const s = hit.suppression;
    suppressed.push({ ...finding, suppressed: { ...s.reason === void 0 ? {} : { reason: options.scrub(s.reason) }, file: s.file, span: s.span } });
  }
  for (const { suppression, ids, used } of active) {
    for (const { id, span } of suppression.ids) {
      if (!ids.has(id) || used.has(id) || id === UNUSED_SUPPRESSION) continue;
      if (options.settings?.[id] === "off") continue;
      const where2 = suppression.kind === "file" ? "in the rest of this file" : `on line ${suppression.target + 1}`;
      report(UNUSED_SUPPRESSION, suppression.ids.length === 1 ? suppression.span : span, suppression.file, `This suppression of ${id} is unused: there is no ${id} finding ${where2}. Remove it (or the id from the list).`);
    }
  }
  for (const problem of problems) {
    const hit = match(problem);
    if (hit) {
      hit.used.add(problem.ruleId);
      const s = hit.suppression;
      suppressed.push({ ...problem, suppressed: { ...s.reason === void 0 ? {} : { reason: options.scrub(s.reason) }, file: s.file, span: s.span } });
    } else {
      kept.push(problem);
    }
  }
  return { findings: kept, suppressed };
}

// server/src/linter/index.ts
function lintModel(model, options = {}) {
  const findings = [];
  const secrets = secretValues(model);
  const rules = options.only ? options.only.map((id) => RULES_BY_ID.get(id)).filter((r) => !!r) : RULES;
  for (const rule of rules) {
    if (!rule.meta.kinds.includes(model.kind)) continue;
    const setting = options.rules?.[rule.meta.id];
    rule.check({
      model,
      report(span, message, extra = {}) {
        const fatal = extra.fatal ?? false;
        if (setting === "off" && !fatal) return;
        const severity = fatal ? "error" : setting && setting !== "off" ? setting : extra.severity ?? rule.meta.severity;
        findings.push({
          ruleId: rule.meta.id,
          severity,
          message: scrub(message, secrets),
          fatal,
          file: extra.file ?? model.mainFile,
          span,
          ...extra.fix ? { fix: extra.fix } : {},
          ...extra.related ? { related: extra.related.map((r) => ({ ...r, message: scrub(r.message, secrets) })) } : {}
        });
      }
    });
  }
  findings.sort(compareFindings);
  const onlyLinterRule = (id) => !options.only || options.only.includes(id);
  const applied = applySuppressions(model, findings, {
    knownRules: KNOWN_RULE_IDS,
    report: LINTER_RULES.some((r) => onlyLinterRule(r.id)),
    scrub: (text2) => scrub(text2, secrets),
    ...options.rules ? { settings: options.rules } : {},
    ...options.requireSuppressionReason ? { requireReason: true } : {}
  });
  const shown2 = options.only ? applied.findings.filter((f) => options.only?.includes(f.ruleId)) : applied.findings;
  shown2.sort(compareFindings);
  return { model, findings: shown2, suppressed: applied.suppressed, verdict: model.verdict };
}
var KNOWN_RULE_IDS = /* @__PURE__ */ new Set([...RULES.map((r) => r.meta.id), ...LINTER_RULES.map((r) => r.id)]);
function lint(input, options = {}) {
  return lintModel(analyze(input), options);
}
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

// .perf-scratch/prof1.ts
useNodeKnowledgeSource();
var directives = ["maxmemory-policy allkeys-lru", "timeout 300", "tcp-keepalive 60", "maxmemory 2gb", "appendonly yes", "hz 10", "save 3600 1"];
var N = Number(process.env.N ?? 1e5);
var text = Array.from({ length: N }, (_, i) => directives[i % directives.length]).join("\n") + "\n";
var p = parseTarget("7.4");
if (!p.ok) throw 1;
for (let i = 0; i < 3; i++) lint({ text: text.slice(0, 1e5), file: "/w.conf", kind: "conf", target: p.target });
var c = process.cpuUsage();
for (let k = 0; k < 5; k++) lint({ text, file: "/b.conf", kind: "conf", target: p.target });
var cu = process.cpuUsage(c);
console.log("cpu per lint", (cu.user + cu.system) / 5e3);
/*! Bundled license information:

lodash-es/lodash.js:
  (**
   * @license
   * Lodash (Custom Build) <https://lodash.com/>
   * Build: `lodash modularize exports="es" -o ./`
   * Copyright OpenJS Foundation and other contributors <https://openjsf.org/>
   * Released under MIT license <https://lodash.com/license>
   * Based on Underscore.js 1.8.3 <http://underscorejs.org/LICENSE>
   * Copyright Jeremy Ashkenas, DocumentCloud and Investigative Reporters & Editors
   *)
*/
