/**
 * Open → save through the serializer's vscode-free core is byte-identical: file bytes → strict
 * UTF-8 → parse → the editor's model (plain objects shaped like NotebookData; metadata cloned
 * through JSON as VS Code's extension-host messages do) → file → bytes. Named nasty cases, then a
 * property over generated notebooks (notebook-arbitrary.ts).
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { decodeNotebookBytes } from '../../../src/kernel/notebook-file/notebook-bytes';
import { parseNotebookFile, serializeNotebookFile } from '../../../src/kernel/notebook-file/notebook-file';
import { fileToModel, modelToFile, type ModelNotebook } from '../../../src/extension/notebook/serializer-core';
import { notebook } from './notebook-arbitrary';

/** What crosses from the extension host to the workbench and back: JSON metadata, copied bytes, one item per MIME type in an output (VS Code keeps the first). */
function throughEditor(model: ModelNotebook): ModelNotebook {
  const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
  return {
    metadata: clone(model.metadata),
    cells: model.cells.map((c) => ({
      kind: c.kind,
      value: c.value,
      languageId: c.languageId,
      metadata: clone(c.metadata),
      executionSummary: clone(c.executionSummary),
      outputs: (c.outputs ?? []).map((o) => ({
        metadata: clone(o.metadata),
        items: o.items.filter((i, k) => o.items.findIndex((j) => j.mime === i.mime) === k).map((i) => ({ mime: i.mime, data: new Uint8Array(i.data) })),
      })),
    })),
  };
}

function openAndSave(bytes: Uint8Array): Uint8Array {
  const decoded = decodeNotebookBytes(bytes);
  if (!decoded.ok) assert.fail(decoded.error.message);
  const parsed = parseNotebookFile(decoded.text);
  if (!parsed.ok) assert.fail(`${parsed.error.message} at ${parsed.error.line}:${parsed.error.column}`);
  return new TextEncoder().encode(serializeNotebookFile(modelToFile(throughEditor(fileToModel(parsed.notebook)))));
}

function assertKept(text: string): void {
  const bytes = new TextEncoder().encode(text);
  const back = new TextDecoder().decode(openAndSave(bytes));
  assert.strictEqual(back, text);
}

/** A canonical file with one code cell holding the given output items / metadata. */
function file(parts: { metadata?: string; cellMetadata?: string; items?: string[]; outputMetadata?: string; execution?: string; extra?: string }): string {
  const items = (parts.items ?? []).map((i) => `            ${i}`).join(',\n');
  const output = parts.items ? `\n        {\n          "items": ${items ? `[\n${items}\n          ]` : '[]'}${parts.outputMetadata ? `,\n          "metadata": ${parts.outputMetadata}` : ''}\n        }\n      ` : '';
  return `{
  "format": "activation-lab-notebook",
  "version": 1,
  "metadata": ${parts.metadata ?? '{}'},
  "cells": [
    {
      "kind": "code",
      "language": "activation",
      "source": [
        "relu(-2)"
      ],
      "metadata": ${parts.cellMetadata ?? '{}'},
      "outputs": [${output}]${parts.execution ? `,\n      "execution": ${parts.execution}` : ''}
    }
  ]${parts.extra ?? ''}
}
`;
}

describe('extension/notebook round trip (serializer-core): open → save keeps every byte', () => {
  const cases: Array<[string, string]> = [
    ['a notebook metadata key named like the kept-fields slot', file({ metadata: '{\n    "activationLab.keptFields": {\n      "mine": true\n    }\n  }', extra: ',\n  "future": 1' })],
    ['a cell metadata key named like every slot', file({ cellMetadata: '{\n        "activationLab.keptExecutionFields": 1,\n        "activationLab.keptFields": 2,\n        "activationLab.keptTimingFields": 3\n      }', execution: '{\n        "executionOrder": 1,\n        "x": 1\n      }' })],
    ['an output metadata key named like the item slots', file({ items: ['{\n              "mime": "text/plain",\n              "data": "0"\n            }'], outputMetadata: '{\n            "activationLab.keptItemFields": [null],\n            "activationLab.keptItemForms": "text"\n          }' })],
    ['an escaped-looking user key', file({ metadata: '{\n    "activationLab.kept~activationLab.keptFields": 1\n  }' })],
    ['text/plain "5" stays a string', file({ items: ['{\n              "mime": "text/plain",\n              "data": "5"\n            }'] })],
    ['SVG as text', file({ items: ['{\n              "mime": "image/svg+xml",\n              "data": "<svg xmlns=\\"http://www.w3.org/2000/svg\\"/>"\n            }'] })],
    ['SVG as base64 (as older versions saved it)', file({ items: ['{\n              "mime": "image/svg+xml",\n              "data": "PHN2Zy8+",\n              "encoding": "base64"\n            }'] })],
    ['text as base64', file({ items: ['{\n              "mime": "text/plain",\n              "data": "aGk=",\n              "encoding": "base64"\n            }'] })],
    ['JSON as base64', file({ items: ['{\n              "mime": "application/json",\n              "data": "WzFd",\n              "encoding": "base64"\n            }'] })],
    ['bytes that are not UTF-8 as base64', file({ items: ['{\n              "mime": "text/plain",\n              "data": "/w==",\n              "encoding": "base64"\n            }'] })],
    ['text/plain starting with a byte-order mark', file({ items: ['{\n              "mime": "text/plain",\n              "data": "\ufeffx"\n            }'] })],
    ['a string as an unknown binary type', file({ items: ['{\n              "mime": "image/png",\n              "data": "not base64"\n            }'] })],
    ['a JSON value as an unknown binary type', file({ items: ['{\n              "mime": "application/x-thing",\n              "data": {\n                "a": 1\n              }\n            }'] })],
    ['empty output metadata', file({ items: [], outputMetadata: '{}' })],
    ['an empty execution', file({ execution: '{}' })],
    ['an execution with only unknown fields', file({ execution: '{\n        "host": "h"\n      }' })],
    ['big integers, tiny and huge floats', file({ metadata: '{\n    "big": 9007199254740992,\n    "huge": 1.7976931348623157e+308,\n    "tiny": 5e-324,\n    "x": 123456789012345680000\n  }' })],
    ['unicode: RTL marks, NUL, CR, unpaired surrogates (escaped)', file({ metadata: '{\n    "\\u0000": "\\r",\n    "‮": "😀",\n    "\\ud800": "\\udfff"\n  }' })],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const parsed = parseNotebookFile(text);
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.error));
      assert.strictEqual(serializeNotebookFile(parsed.notebook), text, 'the case is in the canonical layout');
      assertKept(text);
    });
  }

  it('every generated notebook: its canonical file survives open → save byte for byte', () => {
    fc.assert(
      fc.property(notebook, (nb) => {
        const text = serializeNotebookFile(nb);
        const bytes = new TextEncoder().encode(text);
        const back = openAndSave(bytes);
        assert.strictEqual(new TextDecoder().decode(back), text);
        assert.ok(Buffer.from(back).equals(Buffer.from(bytes)));
      }),
      { numRuns: 400 },
    );
  });
});
