/**
 * Files dropped or picked on the desk, made articles: a file in dalil's article format (a `---` header)
 * keeps its metadata; any other text or HTML gets its title from the page or the file name and its date
 * from the file, noted as such for the editor to check.
 */
import { ArticleError, parseArticle } from '../../../geo/article';
import { utf8Bytes, type Article } from '../../../geo/contract';
import type { DeskStrings } from '../../i18n/desk-strings';
import { articleFromFields, detectLanguage, isTooLarge } from '../project/article-input';
import { decodeArticleBytes, isHtmlFile, MAX_FILE_BYTES, textOfHtml } from '../platform/read-file';

export interface FilesRead {
  articles: Article[];
  /** One line per file refused or read in an unusual encoding, naming the file. */
  messages: string[];
}

export async function readArticleFiles(files: readonly File[], strings: DeskStrings): Promise<FilesRead> {
  const articles: Article[] = [];
  const messages: string[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      messages.push(`${file.name}: ${strings.fileProblem['too-large']}`);
      continue;
    }
    const decoded = decodeArticleBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      messages.push(`${file.name}: ${strings.fileProblem[decoded.problem]}`);
      continue;
    }
    if (decoded.encoding !== 'utf-8') messages.push(strings.fileRead(file.name, decoded.encoding));
    const read = articleOfFile(file, decoded.text, strings);
    if (typeof read === 'string') messages.push(`${file.name}: ${read}`);
    else if (read === null) messages.push(`${file.name}: ${strings.fileProblem['no-text']}`);
    else if (articles.some((a) => a.id === read.id)) messages.push(strings.sameArticle(file.name));
    else articles.push(read);
  }
  return { articles, messages };
}

/** The article a file holds, a problem in its header or its size, or null when it holds no text. */
function articleOfFile(file: File, content: string, strings: DeskStrings): Article | string | null {
  // A page's markup does not count, its text does; any other file counts whole, as the build counts it.
  if (!isHtmlFile(file.name) && isTooLarge(content)) return strings.articleTooLarge(utf8Bytes(content));
  if (/^\uFEFF?---\r?\n/.test(content) && !isHtmlFile(file.name)) {
    try {
      return parseArticle(content.replace(/^\uFEFF/, ''), file.name);
    } catch (error) {
      if (error instanceof ArticleError) return error.message;
      throw error;
    }
  }
  const { title, text } = isHtmlFile(file.name)
    ? textOfHtml(content)
    : {
        title: file.name.replace(/\.[^.]+$/, ''),
        text: content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'),
      };
  if (text.trim() === '') return null;
  const published = new Date(file.lastModified || Date.now()).toISOString().slice(0, 10);
  const made = articleFromFields({
    title,
    published,
    language: detectLanguage(text),
    outlet: '',
    url: '',
    text,
  });
  if (!made.ok && made.problems.text === 'too-large') return strings.articleTooLarge(utf8Bytes(text));
  if (!made.ok)
    return Object.entries(made.problems)
      .map(([field, problem]) => `${field}: ${problem}`)
      .join('; ');
  return { ...made.article, note: `date taken from the file (${published}); check it` };
}
