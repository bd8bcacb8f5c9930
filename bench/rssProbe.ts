// Opens a library as the main process does at start, lists the first page, prints the RSS in bytes.
import { listArticles } from '../electron/main/db/articleRepo';
import { openDatabase } from '../electron/main/db/openDatabase';

const file = process.argv[2];
if (!file) throw new Error('usage: rssProbe.ts LIBRARY_FILE');
const db = openDatabase(file);
listArticles(db, { offset: 0, limit: 100, sort: 'date', direction: 'desc' });
console.log(process.memoryUsage().rss);
db.close();
