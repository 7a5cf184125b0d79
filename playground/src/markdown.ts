// The little Markdown the service writes (hover and completion docs): paragraphs, `- ` lists,
// fenced code, headings, `code`, **bold**, *emphasis*, [links](https://…) and backslash escapes.
// Built as DOM nodes, never as HTML strings, so no text from the file can become markup.

function inline(text: string, into: HTMLElement): void {
  // code spans first (their content is literal), then the rest.
  const pattern = /(`+)([\s\S]*?)\1|\*\*([\s\S]+?)\*\*|(?<![\w\\])[*_]([^*_\s][^*_]*?)[*_](?!\w)|\[([^\]]+)\]\(([^)\s]+)\)|\\([\\`*_{}[\]()#+\-.!<>|~])/g;
  let at = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > at) into.append(text.slice(at, m.index));
    if (m[1] !== undefined) {
      const code = document.createElement('code');
      code.textContent = m[2].length > 2 && m[2].startsWith(' ') && m[2].endsWith(' ') ? m[2].slice(1, -1) : m[2];
      into.append(code);
    } else if (m[3] !== undefined) {
      const strong = document.createElement('strong');
      inline(m[3], strong);
      into.append(strong);
    } else if (m[4] !== undefined) {
      const em = document.createElement('em');
      inline(m[4], em);
      into.append(em);
    } else if (m[5] !== undefined) {
      const href = m[6];
      if (/^https:\/\//.test(href)) {
        const a = document.createElement('a');
        a.href = href;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        inline(m[5], a);
        into.append(a);
      } else {
        inline(m[5], into);
      }
    } else if (m[7] !== undefined) {
      into.append(m[7]);
    }
    at = m.index + m[0].length;
  }
  if (at < text.length) into.append(text.slice(at));
}

export function renderMarkdown(markdown: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'md';
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let list: HTMLUListElement | undefined;
  const flush = () => {
    if (paragraph.length > 0) {
      const p = document.createElement('p');
      inline(paragraph.join(' '), p);
      root.append(p);
      paragraph = [];
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*```/.test(line)) {
      flush();
      list = undefined;
      const body: string[] = [];
      for (i++; i < lines.length && !/^\s*```/.test(lines[i]); i++) body.push(lines[i]);
      const pre = document.createElement('pre');
      pre.textContent = body.join('\n');
      root.append(pre);
      continue;
    }
    const item = /^\s*[-*] (.*)$/.exec(line);
    if (item) {
      flush();
      if (!list) {
        list = document.createElement('ul');
        root.append(list);
      }
      const li = document.createElement('li');
      inline(item[1], li);
      list.append(li);
      continue;
    }
    if (line.trim() === '') {
      flush();
      list = undefined;
      continue;
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      flush();
      list = undefined;
      const h = document.createElement('h4');
      inline(heading[2], h);
      root.append(h);
      continue;
    }
    if (list && /^\s{2,}\S/.test(line)) {
      list.lastElementChild?.append(' ');
      inline(line.trim(), list.lastElementChild as HTMLElement);
      continue;
    }
    list = undefined;
    paragraph.push(line.trim());
  }
  flush();
  return root;
}
