// What a person sees of the Markdown the action writes: rendered by a CommonMark parser with GitHub's table and
// autolink extensions and raw HTML allowed, as GitHub allows some. A test can then ask what the page shows and
// which links, images, headings and mentions it holds, rather than match escaped source.
import MarkdownIt from 'markdown-it'

const md = new MarkdownIt({ html: true, linkify: true })

export function html(markdown: string): string {
  return md.render(markdown)
}

/** The rendered text, tags removed and entities decoded, whitespace collapsed. */
export function plainText(markdown: string): string {
  return decode(stripTags(html(markdown)))
    .replace(/\s+/g, ' ')
    .trim()
}

/** Text outside code elements: where GitHub looks for @mentions and #references. */
export function textOutsideCode(markdown: string): string {
  return decode(stripTags(html(markdown).replace(/<code>[\s\S]*?<\/code>/g, ' ')))
}

/** Block tags part words; inline ones (strong, em, a, code) do not. */
function stripTags(s: string): string {
  return s.replace(/<\/?(?:p|h\d|li|ul|ol|tr|td|th|table|thead|tbody|div|details|summary|blockquote|pre|br|hr)\b[^>]*>/g, ' ').replace(/<[^>]*>/g, '')
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&')
}
