import * as assert from 'assert';
import { KEPT_EXECUTION_FIELDS_KEY, KEPT_FIELDS_KEY, KEPT_ITEM_FIELDS_KEY, KEPT_ITEM_FORMS_KEY, KEPT_METADATA_PRESENT_KEY, KEPT_TIMING_FIELDS_KEY, stashKept, unstashKept } from '../../../src/extension/notebook/kept-fields';

describe('extension kept-fields', () => {
  it('parks unknown fields in metadata and takes them out again', () => {
    const metadata = { tags: ['a'], collapsed: true };
    const stashed = stashKept(metadata, {
      [KEPT_FIELDS_KEY]: { futureField: { x: 1 } },
      [KEPT_EXECUTION_FIELDS_KEY]: { host: 'h' },
      [KEPT_ITEM_FIELDS_KEY]: [null, { note: 'n' }],
    });
    assert.deepStrictEqual(metadata, { tags: ['a'], collapsed: true }, 'the input is not modified');
    const back = unstashKept(stashed);
    assert.deepStrictEqual(back.metadata, metadata);
    assert.deepStrictEqual(back.fields, { futureField: { x: 1 } });
    assert.deepStrictEqual(back.executionFields, { host: 'h' });
    assert.deepStrictEqual(back.itemFields, [null, { note: 'n' }]);
  });

  it('adds nothing when there is nothing to keep', () => {
    assert.deepStrictEqual(stashKept({ a: 1 }, { [KEPT_FIELDS_KEY]: undefined }), { a: 1 });
    const back = unstashKept({ a: 1 });
    assert.deepStrictEqual(back, { metadata: { a: 1 }, fields: undefined, executionFields: undefined, timingFields: undefined, itemFields: undefined, itemForms: undefined, metadataPresent: undefined });
    assert.deepStrictEqual(unstashKept(undefined).metadata, {});
  });

  it('keeps a "__proto__" metadata key as data', () => {
    const metadata = JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>;
    const back = unstashKept(stashKept(metadata, {}));
    assert.ok(Object.prototype.hasOwnProperty.call(back.metadata, '__proto__'));
    assert.strictEqual(Object.getPrototypeOf(back.metadata), Object.prototype);
  });

  describe("a user's metadata key named like a slot is kept, and never lands in one", () => {
    const slots = [KEPT_FIELDS_KEY, KEPT_EXECUTION_FIELDS_KEY, KEPT_TIMING_FIELDS_KEY, KEPT_ITEM_FIELDS_KEY, KEPT_ITEM_FORMS_KEY, KEPT_METADATA_PRESENT_KEY];
    const names = [...slots, 'activationLab.kept', 'activationLab.kept~', `activationLab.kept~${KEPT_FIELDS_KEY}`, 'activationLab.keptX', 'activationLab.other'];
    for (const name of names) {
      it(name, () => {
        const metadata = { [name]: { mine: true }, plain: 1 };
        for (const kept of [{}, { [KEPT_FIELDS_KEY]: { future: 1 } }, { [KEPT_ITEM_FORMS_KEY]: ['text'], [KEPT_METADATA_PRESENT_KEY]: true }]) {
          const back = unstashKept(JSON.parse(JSON.stringify(stashKept(metadata, kept))));
          assert.deepStrictEqual(back.metadata, metadata);
          assert.deepStrictEqual(back.fields, (kept as Record<string, unknown>)[KEPT_FIELDS_KEY]);
        }
      });
    }
  });
});
