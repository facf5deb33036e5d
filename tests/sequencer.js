/**
 * Test files run in a fixed order (by path), so a failure reproduces; the canary walk goes last because it seeds
 * the demo data into the run's database and plants canaries in it for its duration.
 */
const Sequencer = require('@jest/test-sequencer').default;

class StableSequencer extends Sequencer {
  sort(tests) {
    const last = (test) => (test.path.includes('public-canary') ? 1 : 0);
    return [...tests].sort((a, b) => last(a) - last(b) || a.path.localeCompare(b.path));
  }
}

module.exports = StableSequencer;
