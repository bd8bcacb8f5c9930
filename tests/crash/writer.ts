/**
 * The crash test's child: opens the library the way the app does and writes annotations through the
 * real repository functions until it is killed. Each write is announced before it starts and
 * acknowledged only after its transaction committed:
 *
 *   ready <articleId>
 *   begin create - <note>      then   ack create <id> <note>
 *   begin update <id> <note>   then   ack update <id> <note>
 *   backup <name>              (with `--backups`: an online backup finished meanwhile)
 *
 * Usage: node --import tsx tests/crash/writer.ts DATA_DIR TAG [--backups], then a line on stdin to start.
 */
import { writeSync } from 'node:fs';
import { createAnnotation, updateAnnotation } from '../../electron/main/annotations/annotationRepo';
import { articleText } from '../../electron/main/annotations/articleText';
import { listArticles } from '../../electron/main/db/articleRepo';
import { openLibrary } from '../../electron/main/library';
import { codePointLength } from '../../shared/text/canonical';
import { COLOR_IDS } from '../../shared/model/annotation';
import { SEED_DIR } from './seedDir';

const [dataDir, tag, flag] = process.argv.slice(2);
if (dataDir === undefined || tag === undefined) throw new Error('usage: writer.ts DATA_DIR TAG [--backups]');

/** Straight to the pipe, unbuffered: once written, the parent has it even if we die on the next line. */
const say = (line: string): void => {
  writeSync(1, `${line}\n`);
};

// Loading takes most of a second, so the parent starts us ahead of time and says when to open the library.
await new Promise((resolve) => process.stdin.once('data', resolve));
const library = openLibrary({ dataDir, seedDir: SEED_DIR, autoBackup: false });
const { db } = library;
// Checkpoint often, so that kills also land in the middle of checkpoints.
db.pragma('wal_autocheckpoint = 16');

const articleId = listArticles(db, { offset: 0, limit: 1, sort: 'title', direction: 'asc' }).items[0]?.id;
if (articleId === undefined) throw new Error('the seeds gave no article');
const text = articleText(db, articleId);
const words = [...text.matchAll(/\p{L}{3,}/gu)].map((m) => {
  const start = codePointLength(text.slice(0, m.index));
  return { start, end: start + codePointLength(m[0]) };
});
say(`ready ${articleId}`);

const pick = <T>(items: readonly T[]): T => {
  const item = items[Math.floor(Math.random() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
};

const created: string[] = [];
let backingUp = false;
for (let seq = 0; ; seq++) {
  const note = `${tag}-${seq}`;
  if (created.length > 0 && Math.random() < 0.25) {
    const id = pick(created);
    say(`begin update ${id} ${note}`);
    updateAnnotation(db, { id, note, color: pick(COLOR_IDS) });
    say(`ack update ${id} ${note}`);
  } else {
    const word = pick(words);
    say(`begin create - ${note}`);
    const annotation = createAnnotation(db, {
      articleId,
      ...word,
      color: pick(COLOR_IDS),
      note,
      tags: [`t${seq % 7}`],
    });
    created.push(annotation.id);
    say(`ack create ${annotation.id} ${note}`);
  }
  if (flag === '--backups' && !backingUp && seq % 25 === 0) {
    backingUp = true;
    void library.backup().then((b) => {
      backingUp = false;
      say(`backup ${b.name}`);
    });
  }
  // Let the online backup take its steps between writes, as the app's event loop would.
  await new Promise((resolve) => setImmediate(resolve));
}
