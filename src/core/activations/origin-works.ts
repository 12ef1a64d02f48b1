/**
 * An activation's origin can name several works (SiLU: Hendrycks & Gimpel 2016, Elfwing et al. 2017,
 * Ramachandran et al. 2017 as swish), written as `;`-separated authors and titles in one record.
 * Splits it into one entry per work, each with its year unless its authors already say one. Pure.
 */
export interface OriginWork {
  /** "Stefan Elfwing, Eiji Uchibe, Kenji Doya (2017)". */
  authors: string;
  title: string;
}

export function originWorks(origin: { authors: string; year: number; title: string }): OriginWork[] {
  const authors = origin.authors.split(/;\s*/).map((a) => a.trim()).filter(Boolean);
  const titles = origin.title.split(/;\s*/).map((t) => t.trim()).filter(Boolean);
  const withYear = (a: string) => (/\(\s*\d{4}\b/.test(a) ? a : `${a} (${origin.year})`);
  if (authors.length > 1 && authors.length === titles.length) return authors.map((a, i) => ({ authors: withYear(a), title: titles[i] }));
  return [{ authors: withYear(origin.authors), title: origin.title }];
}
