import { Censor } from './censor';

/** Attributes whose values describe structure or state, never mail content. Kept as they are. */
const KEEP = new Set([
  'role', 'gh', 'g_editable', 'contenteditable', 'tabindex', 'dir', 'lang', 'hidden', 'disabled', 'checked', 'readonly', 'selected',
  'aria-hidden', 'aria-expanded', 'aria-haspopup', 'aria-multiline', 'aria-checked', 'aria-selected', 'aria-orientation',
  'aria-autocomplete', 'aria-level', 'aria-live', 'aria-disabled', 'aria-pressed', 'aria-modal', 'colspan', 'rowspan',
  'cellpadding', 'cellspacing', 'type', 'method', 'enctype', 'hidefocus', 'spellcheck', 'translate', 'draggable', 'jsaction',
  'jscontroller', 'jsname', 'jsmodel', 'data-tooltip-delay', 'data-tooltip-align', 'data-compose-id', 'data-hash', 'data-smartmail',
  'clear', 'width', 'height', 'border', 'align', 'valign', 'peoplekit-id', 'command', 'target', 'rel', 'face', 'size', 'color',
  'bgcolor', 'autocomplete', 'charset', 'viewbox', 'focusable', 'd', 'xmlns',
]);
const IDS = new Set(['data-legacy-thread-id', 'data-thread-perm-id', 'data-legacy-message-id', 'data-message-id', 'data-thread-id', 'data-legacy-last-message-id', 'data-legacy-last-non-draft-message-id']);
const ADDRESSES = new Set(['email', 'data-hovercard-id', 'jid']);
const ID_REFS = new Set(['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'headers']);
const URLS = new Set(['href', 'src', 'action', 'background', 'poster', 'cite', 'download_url']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const DROP_CONTENT = new Set(['script', 'style']);
/** Mail text and user-typed drafts (Gmail's .a3s bodies, any editor): class names there come from senders. */
const CONTENT_ROOTS = '.a3s, [g_editable=true]';

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function censorClass(value: string, inContent: boolean, censor: Censor): string {
  return value.split(/(\s+)/).map((token) => {
    if (token.trim() === '') return token;
    if (/^m_?-?[0-9a-f]{8,}/i.test(token)) return censor.id(token); // `m<message id>` body classes
    return !inContent || token.startsWith('gmail_') ? token : censor.opaque(token);
  }).join('');
}

function censorAttribute(element: Element, name: string, value: string, inContent: boolean, censor: Censor): string {
  if (KEEP.has(name)) return value;
  if (name === 'class') return censorClass(value, inContent, censor);
  if (name === 'value') return '';
  if (IDS.has(name)) return censor.id(value);
  if (ADDRESSES.has(name)) return value.includes('@') ? censor.email(value) : censor.id(value);
  if (ID_REFS.has(name)) return censor.idRefs(value);
  if (URLS.has(name)) return censor.url(value);
  if (name === 'style') return value.replace(/url\([^()]*\)/gi, 'url()');
  if (name === 'jslog') return value.replace(/(?<!\d)(\d+:)([A-Za-z0-9+/=_-]{8,})/g, (_m, key: string, payload: string) => key + censor.opaque(payload));
  // Gmail's form fields (`name=subjectbox`, `name=to`) are structure; a person's name is not.
  if (name === 'name' && !element.hasAttribute('email') && /^(:[\w-]+|[a-z][a-z0-9_]*)$/.test(value)) return value;
  return censor.freeText(value);
}

function serialize(node: Node, inContent: boolean, censor: Censor): string {
  if (node.nodeType === 3) return escapeText(censor.text(node.nodeValue ?? ''));
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const tag = element.localName;
  const attributes = Array.from(element.attributes)
    .map((attribute) => ` ${attribute.name}="${escapeAttribute(censorAttribute(element, attribute.name.toLowerCase(), attribute.value, inContent, censor))}"`)
    .join('');
  if (VOID.has(tag)) return `<${tag}${attributes}>`;
  const childContent = inContent || element.matches(CONTENT_ROOTS);
  const children = DROP_CONTENT.has(tag) ? [] : Array.from(tag === 'template' ? (element as HTMLTemplateElement).content.childNodes : element.childNodes);
  return `<${tag}${attributes}>${children.map((child) => serialize(child, childContent, censor)).join('')}</${tag}>`;
}

/**
 * HTML of `root` for a bug report, with nothing personal left: tags, attribute names and
 * Gmail's classes and roles stay; text becomes same-length x runs, addresses, ids and links
 * become consistent placeholders, scripts and styles lose their content, inputs their values.
 * The string is for the clipboard or a download, never for a page.
 */
export function censoredSnapshot(root: Element): string {
  return serialize(root, root.parentElement?.closest(CONTENT_ROOTS) != null, new Censor());
}
