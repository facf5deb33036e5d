#!/usr/bin/env node
/**
 * npm run import:instruction -- <file.txt|file.docx> [--dry-run] [--position "<назва посади або documentId>"]
 *   [--department <код, назва або documentId>] [--effective-from РРРР-ММ-ДД] [--version N]
 *   [--approved-by "<хто затвердив>"] [--approved-on РРРР-ММ-ДД] [--title "<назва>"]
 *
 * Creates a job instruction (or unit regulation) with its numbered clauses as duties, in one transaction: a malformed
 * or empty file creates nothing. --dry-run prints what would be created and writes nothing. Defaults: effective from
 * today (Kyiv), the next edition number of the same position/department/title. Prints a JSON summary on its last line.
 */
'use strict';
const path = require('path');
const { compileApp, withStrapi } = require('./lib/boot');

const VALUE_OPTIONS = {
  '--position': 'position',
  '--department': 'department',
  '--effective-from': 'effectiveFrom',
  '--version': 'version',
  '--approved-by': 'approvedBy',
  '--approved-on': 'approvedOn',
  '--title': 'title',
};

function parseArgs(argv) {
  const options = { dryRun: false };
  const files = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--dry-run') options.dryRun = true;
    else if (VALUE_OPTIONS[arg]) {
      if (i + 1 >= argv.length) fail(`Після ${arg} потрібне значення.`);
      options[VALUE_OPTIONS[arg]] = argv[++i];
    } else if (arg.startsWith('--')) fail(`Невідомий параметр ${arg}. Допустимі: --dry-run, ${Object.keys(VALUE_OPTIONS).join(', ')}.`);
    else files.push(arg);
  }
  if (files.length !== 1) fail('Вкажіть один файл: npm run import:instruction -- <файл.txt|файл.docx> [--dry-run]');
  if (options.version !== undefined) {
    if (!/^\d+$/.test(options.version)) fail(`Номер редакції має бути цілим числом від 1, а не «${options.version}».`);
    options.version = Number(options.version);
  }
  return { file: path.resolve(process.env.INIT_CWD || process.cwd(), files[0]), options };
}

function fail(message) {
  console.error(`Помилка імпорту: ${message}`);
  process.exit(1);
}

function printPlan(plan, dryRun) {
  console.log(`${dryRun ? 'Буде створено (пробний запуск, нічого не записано)' : 'Створюється'}: ${plan.kind === 'job_instruction' ? 'посадова інструкція' : 'положення'} «${plan.title}»`);
  console.log(`  посада: ${plan.positionTitle ?? '—'}; підрозділ: ${plan.departmentId ?? '—'}; діє з ${plan.effectiveFrom}; редакція ${plan.version}`);
  for (const duty of plan.duties) {
    const firstLine = duty.text.split('\n')[0];
    console.log(`  п. ${duty.clause} [${duty.section}]${duty.competences.length ? ` {${duty.competences.join(', ')}}` : ''} ${firstLine.length > 90 ? `${firstLine.slice(0, 90)}…` : firstLine}`);
  }
  for (const warning of plan.warnings) console.log(`  Увага: ${warning}`);
}

async function main() {
  const { file, options } = parseArgs(process.argv.slice(2));
  process.env.SEED_DEMO_DATA = 'false';
  process.env.CRON_ENABLED = 'false';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
  const app = await compileApp();
  const { readInstructionFile } = app.require('src/bootstrap/instruction-import/read-document');
  const { importInstruction } = app.require('src/bootstrap/instruction-import/import-instruction');
  console.log(`Читаю ${file}`);
  const text = await readInstructionFile(file);
  // Before booting Strapi: a missing, empty or malformed file fails fast and nothing is opened for writing.
  app.require('src/domain/duties/parse').parseInstruction(text);
  await withStrapi({ app, beforeDestroy: () => (shuttingDown = true) }, async (strapi) => {
    const result = await importInstruction(strapi, text, { ...options, progress: (line) => console.log(line) });
    printPlan(result.plan, result.dryRun);
    console.log(result.dryRun ? `Пробний запуск: нічого не створено (було б пунктів: ${result.plan.duties.length}).` : `Готово: створено документ ${result.instructionId} і пунктів: ${result.dutiesCreated}.`);
    console.log(JSON.stringify({ dryRun: result.dryRun, instructionId: result.instructionId, title: result.plan.title, version: result.plan.version, effectiveFrom: result.plan.effectiveFrom, clauses: result.plan.duties.map((d) => d.clause), dutiesCreated: result.dutiesCreated, warnings: result.plan.warnings }));
  });
}

// The import has committed (or rolled back) before shutdown starts; a background task of Strapi still waiting for a
// database connection when the pool closes rejects with «aborted». That is shutdown noise, not a failed import.
let shuttingDown = false;
for (const event of ['unhandledRejection', 'uncaughtException']) {
  process.on(event, (reason) => {
    if (shuttingDown) return;
    console.error('Помилка імпорту:', reason);
    process.exit(1);
  });
}

main().then(
  () => process.exit(0),
  (error) => {
    // Rule errors (empty file, no clauses, unknown position) are meant for the person running the import.
    const message = error && error.violation ? error.violation.message : error && error.details && error.message ? error.message : null;
    if (message) console.error(`Помилка імпорту: ${message}`);
    else {
      console.error(`Помилка імпорту: ${error && error.message}`);
      console.error(error);
    }
    process.exit(1);
  },
);
