import { COMPETENCES } from '../../../../src/domain/duties/competences';
import { COMPETENCE_KEYWORDS, suggestCompetences } from '../../../../src/domain/duties/suggest';

describe('suggestCompetences', () => {
  it.each([
    [
      'Здійснює координацію реагування на звернення, що надходять на урядову телефонну «гарячу лінію».',
      ['hotline_appeals'],
    ],
    ['Гаряча лінія голови облдержадміністрації', ['hotline_appeals']],
    ["оперативний зв'язок з обласним контактним центром", ['hotline_appeals']],
    ['Відповідальна у відділі за запити на інформацію.', ['information_requests']],
    ['Забезпечує доступ до публічної інформації у відділі.', ['information_requests']],
    ['Реєструє запити на публічну інформацію', ['information_requests']],
    ['Веде облік письмових звернень громадян', ['written_appeals']],
    ['Опрацьовує звернення, що надійшли електронною поштою', ['email_appeals']],
    ['Оприлюднює електронні петиції', ['e_petitions']],
    ['Організовує особистий прийом громадян', ['personal_reception']],
    ['формує та провадить комунікаційні кампанії', ['campaigns']],
    ['Розробляє комунікаційні стратегії.', ['campaigns']],
    ['Забезпечує організацію та проведення комунікаційних заходів.', ['events']],
    ['Здійснює моніторинг громадської думки', ['opinion_monitoring']],
    ['формує інформаційні матеріали для розповсюдження серед громади', ['information_materials']],
    ['Забезпечує протидію (спростування) фейкам чи дизінформації.', ['refutations']],
    ['Спростовує дезінформацію', ['refutations']],
    ['Провадить комунікаційну політику у соціальних мережах.', ['social_media']],
    ['Подає звітність керівництву', ['reports']],
    ['Формує звіти на основі моніторингу суспільної думки', ['opinion_monitoring', 'reports']],
  ])('%s → %p', (text, expected) => {
    expect(suggestCompetences(text)).toEqual(expected);
  });

  it('ignores case', () => {
    expect(suggestCompetences('ГАРЯЧА ЛІНІЯ, СОЦІАЛЬНІ МЕРЕЖІ')).toEqual(['hotline_appeals', 'social_media']);
  });

  it.each([["роз'яснювальні матеріали"], ['роз’яснювальні матеріали'], ['розʼяснювальні матеріали']])(
    'treats every apostrophe alike: %s',
    (text) => {
      expect(suggestCompetences(text)).toEqual(['information_materials']);
    },
  );

  it('finds a hotline quoted word by word («гарячу» лінію)', () => {
    expect(suggestCompetences('надходять на «гарячу» лінію голови облдержадміністрації')).toEqual(['hotline_appeals']);
  });

  it('returns competences in list order, each once', () => {
    expect(suggestCompetences('звіти; соціальні мережі; гаряча лінія; звітність; гарячої лінії')).toEqual([
      'hotline_appeals',
      'social_media',
      'reports',
    ]);
  });

  it('does not take the title of a law for work the position does', () => {
    expect(
      suggestCompetences('керується законами України «Про доступ до публічної інформації», «Про звернення громадян»'),
    ).toEqual([]);
    expect(
      suggestCompetences('керується Законом "Про доступ до публічної інформації" і надає публічну інформацію'),
    ).toEqual(['information_requests']);
  });

  it('matches words by their start, not inside other words', () => {
    expect(suggestCompetences('Готує проекти запитів на отримання статистичної інформації')).toEqual([]);
    expect(suggestCompetences('відзвітувався перед комісією')).toEqual([]);
    expect(suggestCompetences('лінію гарячу')).toEqual([]);
  });

  it('returns nothing for text with no keyword, or no text', () => {
    expect(suggestCompetences('Розробляє плани роботи відділу')).toEqual([]);
    expect(suggestCompetences('')).toEqual([]);
  });

  it('keeps the keyword table to known competences, each listed once', () => {
    const listed = COMPETENCE_KEYWORDS.map((row) => row.competence);
    expect([...listed].sort()).toEqual([...COMPETENCES].sort());
  });
});
