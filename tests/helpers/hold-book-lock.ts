// Run as a child process by the lock tests: takes a book folder's lock, says so, and holds it
// until the process is killed.
import { lockBookFolder } from '../../electron/db/book-lock';

const dir = process.argv[2];
if (dir === undefined) throw new Error('say which folder');
lockBookFolder(dir, 'browser mode');
console.log('held');
setInterval(() => undefined, 1000);
