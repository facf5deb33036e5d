import {
  PublicationDraft,
  checkPublicationBeforePublish,
  prefillAppealAnswer,
  sourcesOf,
} from '../../../../src/domain/communications/rules';

const APPLICANT = {
  fullName: 'Шевченко Тарас Григорович',
  address: 'м. Дрогобич, вул. Садова, 3, кв. 5',
  email: 'taras@ukr.net',
  phone: '+380671234567',
};

function ruleOf(p: PublicationDraft, applicant = APPLICANT): string | null {
  return checkPublicationBeforePublish(p, applicant)?.rule ?? null;
}

describe('any publication', () => {
  it('news with a title is publishable', () => {
    expect(checkPublicationBeforePublish({ kind: 'news', title: 'Відкрито новий пункт незламності' }, null)).toBeNull();
  });

  it('needs a title', () => {
    expect(checkPublicationBeforePublish({ kind: 'news', title: '  ' }, null)).toEqual({
      field: 'title',
      rule: 'publication.title_required',
      message: 'Вкажіть заголовок публікації: під ним вона з’явиться на сайті міської ради.',
    });
  });

  it('needs a known kind', () => {
    expect(ruleOf({ kind: 'blog', title: 'Т' })).toBe('publication.kind_unknown');
  });

  it('does not scan other kinds for personal data: a public hotline number in an announcement is fine', () => {
    expect(
      checkPublicationBeforePublish(
        { kind: 'announcement', title: 'Гаряча лінія', body: 'Телефонуйте 067 123 45 67' },
        null,
      ),
    ).toBeNull();
  });
});

describe('refutation', () => {
  const complete: PublicationDraft = {
    kind: 'refutation',
    title: 'Фейк: у місті відключать воду на місяць',
    claim: 'З 1 березня в місті на місяць відключать воду',
    claimSources: ['https://t.me/some_channel/123'],
    verdict: 'false_claim',
    body: 'Водоканал планових відключень не оголошував.',
  };

  it('complete is publishable', () => {
    expect(ruleOf(complete)).toBeNull();
  });

  it('needs the claim', () => {
    expect(checkPublicationBeforePublish({ ...complete, claim: ' ' }, null)).toEqual({
      field: 'claim',
      rule: 'refutation.claim_required',
      message:
        'Перед публікацією (спростування) наведіть твердження, яке спростовується, — дослівно або близько до тексту.',
    });
  });

  it('needs at least one source, as a list or one link per line', () => {
    expect(ruleOf({ ...complete, claimSources: [] })).toBe('refutation.source_required');
    expect(ruleOf({ ...complete, claimSources: ['', '  '] })).toBe('refutation.source_required');
    expect(ruleOf({ ...complete, claimSources: '\n  \n' })).toBe('refutation.source_required');
    expect(ruleOf({ ...complete, claimSources: null })).toBe('refutation.source_required');
    expect(ruleOf({ ...complete, claimSources: undefined })).toBe('refutation.source_required');
    expect(ruleOf({ ...complete, claimSources: '\nhttps://facebook.com/post/1\n' })).toBeNull();
    expect(sourcesOf(' a \r\n\r\n b ')).toEqual(['a', 'b']);
  });

  it('needs a verdict from the list', () => {
    expect(ruleOf({ ...complete, verdict: null })).toBe('refutation.verdict_required');
    expect(ruleOf({ ...complete, verdict: 'fake' })).toBe('refutation.verdict_required');
    for (const verdict of ['false_claim', 'manipulation', 'misleading', 'unproven'])
      expect(ruleOf({ ...complete, verdict })).toBeNull();
  });
});

describe('appeal answer', () => {
  const clean: PublicationDraft = {
    kind: 'appeal_answer',
    title: 'Про ремонт покрівлі',
    summary: 'Ремонт заплановано на квітень',
    question: 'Коли відремонтують покрівлю будинку на вулиці Садовій?',
    body: 'Ремонт покрівлі включено до плану робіт на квітень 2026 року.',
  };

  it('anonymised question and answer are publishable', () => {
    expect(ruleOf(clean)).toBeNull();
  });

  it('needs the question and the answer', () => {
    expect(ruleOf({ ...clean, question: null })).toBe('appeal_answer.question_required');
    expect(ruleOf({ ...clean, body: '' })).toBe('appeal_answer.answer_required');
  });

  it('refuses a phone number in the answer, naming the kind but not the number', () => {
    const v = checkPublicationBeforePublish({ ...clean, body: 'Дзвоніть 067 123 45 67.' }, null);
    expect(v).toEqual({
      field: 'body',
      rule: 'appeal_answer.personal_data',
      message:
        'Відповідь на звернення не можна опублікувати: у полі «Відповідь» є персональні дані — номер телефону. ' +
        'Персональні дані заявника не оприлюднюються (Закон України «Про захист персональних даних»). Замініть їх ' +
        'позначками («[ПІБ приховано]», «[адресу приховано]», «[телефон приховано]», «[e-mail приховано]») і перевірте текст ще раз.',
    });
  });

  it('lists every field and kind found, and never the values', () => {
    const v = checkPublicationBeforePublish(
      {
        ...clean,
        title: 'Відповідь Тарасу Шевченку',
        question: 'Шевченко Т. Г. (вул. Садова, 3, taras@ukr.net) питає про покрівлю',
      },
      APPLICANT,
    );
    expect(v?.field).toBe('title');
    expect(v?.rule).toBe('appeal_answer.personal_data');
    expect(v?.message).toBe(
      'Відповідь на звернення не можна опублікувати: у полях «Заголовок», «Питання» є персональні дані — ' +
        'ім’я заявника, адреса заявника, адреса електронної пошти. Персональні дані заявника не оприлюднюються ' +
        '(Закон України «Про захист персональних даних»). Замініть їх позначками («[ПІБ приховано]», «[адресу приховано]», ' +
        '«[телефон приховано]», «[e-mail приховано]») і перевірте текст ще раз.',
    );
    for (const value of ['Шевченк', 'Тарас', 'Садова, 3', 'taras@ukr.net']) expect(v?.message).not.toContain(value);
  });

  it('checks the summary too', () => {
    expect(checkPublicationBeforePublish({ ...clean, summary: 'Пану Шевченку відповіли' }, APPLICANT)?.field).toBe(
      'summary',
    );
  });

  it('without a linked applicant, only e-mails and phones can be recognised', () => {
    expect(checkPublicationBeforePublish({ ...clean, title: 'Відповідь Тарасу Шевченку' }, null)).toBeNull();
    expect(checkPublicationBeforePublish({ ...clean, question: 'Пише taras@ukr.net' }, null)?.field).toBe('question');
  });

  it('a masked answer passes', () => {
    expect(ruleOf({ ...clean, question: '[ПІБ приховано] ([адресу приховано]) питає про покрівлю' })).toBeNull();
  });
});

describe('prefillAppealAnswer', () => {
  it('copies subject, text and answer with the personal data masked', () => {
    const appeal = {
      subject: 'Ремонт покрівлі, Шевченко Т.Г.',
      text:
        'Я, Шевченко Тарас Григорович, мешкаю за адресою м. Дрогобич, вул. Садова, 3, кв. 5. Протікає покрівля. ' +
        'Прошу відповісти на taras@ukr.net або за тел. 067-123-45-67.',
      answerText:
        'Шановний Тарасе Григоровичу! Ремонт покрівлі будинку на вулиці Садовій, 3 включено до плану на квітень.',
      applicant: APPLICANT,
    };
    const frozen = JSON.parse(JSON.stringify(appeal));
    expect(prefillAppealAnswer(appeal)).toEqual({
      title: 'Ремонт покрівлі, [ПІБ приховано]',
      question:
        'Я, [ПІБ приховано], мешкаю за адресою [адресу приховано]. Протікає покрівля. ' +
        'Прошу відповісти на [e-mail приховано] або за тел. [телефон приховано].',
      body: 'Шановний [ПІБ приховано]! Ремонт покрівлі будинку на [адресу приховано] включено до плану на квітень.',
    });
    expect(appeal).toEqual(frozen);
    const prefilled = prefillAppealAnswer(appeal);
    expect(checkPublicationBeforePublish({ kind: 'appeal_answer', ...prefilled }, APPLICANT)).toBeNull();
  });

  it('gives a default title and empty texts when the appeal has none', () => {
    expect(prefillAppealAnswer({ subject: null, text: null, answerText: null, applicant: null })).toEqual({
      title: 'Відповідь на звернення',
      question: '',
      body: '',
    });
  });
});
