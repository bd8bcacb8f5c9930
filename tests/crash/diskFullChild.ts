/**
 * Runs the disk-full scenario on DIR, a small tmpfs the parent mounted for this process alone
 * (`unshare -rm sh -c 'mount -t tmpfs -o size=8m tmpfs DIR && node --import tsx diskFullChild.ts DIR'`),
 * and prints its report as JSON on the last line.
 */
import { fillerDisk, runDiskFullScenario } from './diskFullScenario';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: diskFullChild.ts DIR');
const report = await runDiskFullScenario(dir, fillerDisk(dir));
process.stdout.write(`${JSON.stringify(report)}\n`);
