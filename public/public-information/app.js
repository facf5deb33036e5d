/* Довідкова сторінка публічної інформації: читає GraphQL API міської ради, без збирання і залежностей. */
(function () {
  'use strict';
  var root = document.getElementById('app');
  var endpoint = root.getAttribute('data-endpoint') || '/graphql';
  var PAGE_SIZE = 10;
  var KIND_LABELS = {
    news: 'Новини', announcement: 'Оголошення', information_material: 'Інформаційний матеріал',
    refutation: 'Спростування', appeal_answer: 'Відповідь на звернення', report: 'Звіт'
  };
  var state = { page: 1, q: '', kind: '' };

  function gql(query, variables) {
    return fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: query, variables: variables || {} })
    }).then(function (res) { return res.json(); }).then(function (body) {
      if (body.errors && body.errors.length) throw new Error(body.errors[0].message);
      return body.data;
    });
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  function kyivToday() {
    var parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    return parts; // YYYY-MM-DD
  }

  function currentQuarter() {
    var today = kyivToday();
    var year = Number(today.slice(0, 4));
    var q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
    var startMonth = q * 3 + 1;
    var endMonth = startMonth + 2;
    var lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
    var pad = function (n) { return String(n).padStart(2, '0'); };
    return { from: year + '-' + pad(startMonth) + '-01', to: year + '-' + pad(endMonth) + '-' + pad(lastDay), label: (q + 1) + ' квартал ' + year + ' року' };
  }

  function renderStats() {
    var period = currentQuarter();
    document.getElementById('stats-period').textContent = '— ' + period.label;
    var box = document.getElementById('stats');
    gql('query ($from: Date!, $to: Date!) { appealStatistics(from: $from, to: $to) { appeals { received answered answeredOnTime overdue onTimeShare byChannel { label count } } informationRequests { received answered } } }', period)
      .then(function (data) {
        var s = data.appealStatistics.appeals;
        var r = data.appealStatistics.informationRequests;
        box.textContent = '';
        [
          ['Надійшло звернень', s.received], ['Надано відповідей', s.answered],
          ['Вчасно', s.onTimeShare === null ? '—' : s.onTimeShare + '%'], ['Прострочено зараз', s.overdue, 'warn'],
          ['Запитів на інформацію', r.received]
        ].forEach(function (item) {
          box.appendChild(el('div', { class: 'stat' + (item[2] ? ' ' + item[2] : ''), 'data-stat': item[0] }, [item[0], el('b', {}, [String(item[1])])]));
        });
        var channels = el('ul', { class: 'channels' }, s.byChannel.map(function (b) { return el('li', {}, [b.label + ': ' + b.count]); }));
        box.appendChild(channels);
      })
      .catch(function (e) { box.textContent = ''; box.appendChild(el('p', { class: 'error' }, ['Статистика недоступна: ' + e.message])); });
  }

  function filters() {
    var and = [];
    if (state.kind) and.push({ kind: { eq: state.kind } });
    if (state.q) and.push({ or: [{ title: { containsi: state.q } }, { summary: { containsi: state.q } }] });
    return and.length ? { and: and } : {};
  }

  function renderList() {
    var list = document.getElementById('publications');
    var summary = document.getElementById('summary');
    summary.textContent = 'Завантаження…';
    var query = 'query ($filters: PublicationFiltersInput, $page: Int, $pageSize: Int) {' +
      ' publications_connection(filters: $filters, sort: ["publishedAt:desc"], pagination: { page: $page, pageSize: $pageSize }) {' +
      ' nodes { documentId title slug kind summary body question publishedAt } pageInfo { total page pageCount } } }';
    gql(query, { filters: filters(), page: state.page, pageSize: PAGE_SIZE })
      .then(function (data) {
        var result = data.publications_connection;
        list.textContent = '';
        result.nodes.forEach(function (p) {
          var item = el('li', { 'data-kind': p.kind }, [
            el('span', { class: 'kind' }, [KIND_LABELS[p.kind] || p.kind]),
            el('h3', {}, [p.title]),
            el('time', { datetime: p.publishedAt }, [new Date(p.publishedAt).toLocaleDateString('uk-UA', { timeZone: 'Europe/Kyiv', day: 'numeric', month: 'long', year: 'numeric' })])
          ]);
          if (p.kind === 'appeal_answer' && p.question) item.appendChild(el('p', { class: 'question' }, ['Питання: ' + p.question]));
          if (p.summary) item.appendChild(el('p', {}, [p.summary]));
          if (p.kind === 'appeal_answer' && p.body) item.appendChild(el('p', {}, ['Відповідь: ' + p.body]));
          list.appendChild(item);
        });
        var info = result.pageInfo;
        summary.textContent = info.total ? 'Знайдено матеріалів: ' + info.total : 'Нічого не знайдено.';
        document.getElementById('page').textContent = info.pageCount ? 'Сторінка ' + info.page + ' з ' + info.pageCount : '';
        document.getElementById('prev').disabled = info.page <= 1;
        document.getElementById('next').disabled = info.page >= info.pageCount;
      })
      .catch(function (e) { summary.textContent = ''; list.textContent = ''; list.appendChild(el('li', { class: 'error' }, ['Матеріали недоступні: ' + e.message])); });
  }

  document.getElementById('filters').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    state.q = form.q.value.trim();
    state.kind = form.kind.value;
    state.page = 1;
    renderList();
  });
  document.getElementById('prev').addEventListener('click', function () { state.page -= 1; renderList(); });
  document.getElementById('next').addEventListener('click', function () { state.page += 1; renderList(); });

  renderStats();
  renderList();
})();
