import { Competence, inCanonicalOrder } from './competences';

/**
 * Which competences a clause of a job instruction or a unit regulation speaks about, from its
 * wording. It is a suggestion for a person to confirm when the instruction is imported, not a
 * legal finding: the table below is deliberately short and readable, so whoever reviews an import
 * can see why a clause got its codes.
 *
 * A phrase is a run of consecutive words, each given by the stem it starts with («гаряч», «лін»
 * matches «гарячу лінію», «гаряча лінія», «гарячої лінії»). Stems are lower case; apostrophes in
 * them are written as ASCII '.
 */
export const COMPETENCE_KEYWORDS: ReadonlyArray<{ competence: Competence; phrases: readonly string[] }> = [
  // «гаряча лінія» 1545 works through the regional contact center (DOMAIN: government hotline).
  { competence: 'hotline_appeals', phrases: ['гаряч лін', '1545', 'контактн центр'] },
  { competence: 'written_appeals', phrases: ['письмов звернен'] },
  { competence: 'email_appeals', phrases: ['електронн пошт', 'e-mail', 'email'] },
  { competence: 'e_petitions', phrases: ['електронн петиці', 'е-петиці'] },
  { competence: 'personal_reception', phrases: ['особист прийом'] },
  {
    competence: 'information_requests',
    phrases: ['запит на інформац', 'запит на публічн інформац', 'публічн інформац', 'доступ до публічн'],
  },
  // The regulation puts strategies next to campaigns; a strategy is planned and reported the same way.
  { competence: 'campaigns', phrases: ['комунікаційн кампані', 'інформаційн кампані', 'комунікаційн стратегі'] },
  { competence: 'events', phrases: ['комунікаційн заход'] },
  { competence: 'opinion_monitoring', phrases: ['громадськ думк', 'суспільн думк'] },
  { competence: 'information_materials', phrases: ['інформаційн матеріал', "роз'яснювальн матеріал"] },
  // «дизінформація» is how the seed regulation spells it: both spellings occur in real documents.
  { competence: 'refutations', phrases: ['фейк', 'дезінформ', 'дизінформ', 'спростув', 'спростов'] },
  { competence: 'social_media', phrases: ['соціальн мереж', 'соцмереж'] },
  // «звітн» (звітність, звітний) starts with «звіт» as well.
  { competence: 'reports', phrases: ['звіт'] },
  // The authorised person for the prevention of corruption receives reports of corruption (also anonymous ones).
  { competence: 'corruption_reports', phrases: ['повідомлен про корупці', 'запобіган корупці', 'викривач'] },
];

export function suggestCompetences(text: string): Competence[] {
  const words = wordsOf(text);
  const found: Competence[] = [];
  for (const { competence, phrases } of COMPILED_KEYWORDS) {
    if (phrases.some((stems) => containsPhrase(words, stems))) found.push(competence);
  }
  return inCanonicalOrder(found);
}

// ’ (U+2019), ʼ (U+02BC, the Ukrainian apostrophe), ‘, ′, backtick and acute all stand for one apostrophe.
const APOSTROPHES = /[\u2019\u02bc\u2018\u2032`\u00b4]/gu;

// A law cited by its title («Про доступ до публічної інформації», «Про звернення громадян») says which
// statute the position follows, not what work it does: every instruction cites the same laws.
const LAW_TITLES = [/«\s*про\s[^»]*»/gu, /“\s*про\s[^”]*”/gu, /„\s*про\s[^“”]*[“”]/gu, /"\s*про\s[^"]*"/gu];

const WORD = /[\p{L}\p{M}\p{N}'-]+/gu;

function normalized(text: string): string {
  let result = text.normalize('NFC').toLocaleLowerCase('uk').replace(APOSTROPHES, "'");
  for (const title of LAW_TITLES) result = result.replace(title, ' ');
  return result;
}

function wordsOf(text: string): string[] {
  return normalized(text).match(WORD) ?? [];
}

const COMPILED_KEYWORDS = COMPETENCE_KEYWORDS.map(({ competence, phrases }) => ({
  competence,
  phrases: phrases.map((phrase) => normalized(phrase).split(/\s+/u)),
}));

function containsPhrase(words: readonly string[], stems: readonly string[]): boolean {
  for (let start = 0; start + stems.length <= words.length; start += 1) {
    if (stems.every((stem, offset) => words[start + offset].startsWith(stem))) return true;
  }
  return false;
}
