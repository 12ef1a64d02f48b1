// Writes the training reference cases (test/core/training/reference-cases.ts, compiled) as JSON for
// training_reference.py. Usage:
//   node scripts/reference/training_cases.js [compiled-root (default out)] > /tmp/training-cases.json
// then /usr/bin/python3 scripts/reference/training_reference.py /tmp/training-cases.json
'use strict';
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const compiled = path.resolve(root, process.argv[2] || 'out');
const cases = require(path.join(compiled, 'test', 'core', 'training', 'reference-cases.js'));
process.stdout.write(JSON.stringify(cases.referenceCases().map(cases.caseJson)));
