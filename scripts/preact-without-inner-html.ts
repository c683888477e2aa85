import type { Plugin } from 'vite';

/** Preact's own build (the module every entrypoint imports), where its one HTML sink lives. */
const PREACT_MODULE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
/** `(dom.innerHTML = newHtml.__html)`, minified: Preact applying `dangerouslySetInnerHTML`. */
const SINK = /\((\w+)\.innerHTML=(\w+)\.__html\)/;

/**
 * Takes Preact's `dangerouslySetInnerHTML` out of every bundle: its only innerHTML assignment
 * becomes a throw. Casebook never uses the prop (ESLint refuses it) and Gmail's Trusted Types
 * would refuse the write anyway; without the assignment no prop, from anywhere, can make Preact
 * write HTML, and Firefox's add-on linter (`web-ext lint`) has no "Unsafe assignment to
 * innerHTML" to report. The build fails if a Preact upgrade moves or adds the sink: look again.
 */
export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'casebook:preact-without-inner-html',
    transform(code, id) {
      if (!PREACT_MODULE.test(id.split('?')[0] ?? '')) return null;
      const sinks = code.split('.innerHTML=').length - 1;
      if (sinks !== 1 || !SINK.test(code)) throw new Error(`preact-without-inner-html: expected Preact's one innerHTML assignment in ${id}, found ${sinks}`);
      return { code: code.replace(SINK, '(()=>{throw Error("no innerHTML")})()'), map: null };
    },
  };
}
