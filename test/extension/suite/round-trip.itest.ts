// A .actnb file with unknown fields at every level and saved outputs survives being opened and saved
// by VS Code byte for byte: toNotebookData/fromNotebookData, the fields parked in metadata, the
// execution summary with its timing, per-item fields, base64 items.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, workspaceUri } from './notebook-helpers';

/** Written by hand in the canonical layout (known keys in order, unknown ones after them, sorted). */
const FIXTURE = `{
  "format": "activation-lab-notebook",
  "version": 1,
  "metadata": {
    "author": "round trip",
    "nested": {
      "list": [1, 2.5, null, true]
    }
  },
  "cells": [
    {
      "kind": "markdown",
      "language": "markdown",
      "source": [
        "# Round trip",
        "",
        "Every field survives."
      ],
      "metadata": {},
      "futureCellField": "markdown"
    },
    {
      "kind": "code",
      "language": "activation",
      "source": [
        "relu([-1, 0, 2])",
        "gelu(1)"
      ],
      "metadata": {
        "tags": [
          "a",
          "b"
        ]
      },
      "outputs": [
        {
          "items": [
            {
              "mime": "text/plain",
              "data": "[0, 0, 2]"
            },
            {
              "mime": "application/vnd.activation-lab.value+json",
              "data": [0, 0, 2],
              "itemNote": {
                "why": "per-item field"
              }
            }
          ],
          "metadata": {
            "outputMeta": 1
          },
          "outputExtra": [1, 2]
        },
        {
          "items": [
            {
              "mime": "text/plain",
              "data": "0.8413447460685429\\nsecond line"
            },
            {
              "mime": "image/png",
              "data": "iVBORw0KGgo=",
              "encoding": "base64"
            }
          ]
        }
      ],
      "execution": {
        "executionOrder": 3,
        "success": true,
        "timing": {
          "startTime": 1700000000000,
          "endTime": 1700000000042,
          "zone": "utc"
        },
        "host": "laptop"
      },
      "cellExtra": {
        "deep": {
          "keep": "me"
        }
      }
    },
    {
      "kind": "code",
      "language": "activation",
      "source": [],
      "metadata": {},
      "outputs": [],
      "execution": {
        "onlyUnknown": 7
      }
    }
  ],
  "topExtra": "kept",
  "zTopExtra": {
    "a": [1, 2, 3]
  }
}
`;

/** What used to change on open → save (issue 11): slot-named metadata keys, text/plain "5", SVG text and base64, big numbers, empty execution and output metadata. */
const NASTY = `{
  "format": "activation-lab-notebook",
  "version": 1,
  "metadata": {
    "activationLab.keptFields": {
      "mine": true
    },
    "big": 9007199254740992,
    "bigger": 123456789012345680000
  },
  "cells": [
    {
      "kind": "code",
      "language": "activation",
      "source": [
        "relu(-2)"
      ],
      "metadata": {
        "activationLab.keptExecutionFields": "user",
        "activationLab.kept~x": 1
      },
      "outputs": [
        {
          "items": [
            {
              "mime": "text/plain",
              "data": "5"
            },
            {
              "mime": "image/svg+xml",
              "data": "<svg xmlns=\\"http://www.w3.org/2000/svg\\"/>"
            },
            {
              "mime": "text/html",
              "data": "PGI+aGk8L2I+",
              "encoding": "base64"
            }
          ],
          "metadata": {
            "activationLab.keptItemFields": [null],
            "activationLab.keptItemForms": "mine"
          }
        },
        {
          "items": [
            {
              "mime": "image/svg+xml",
              "data": "PHN2Zy8+",
              "encoding": "base64"
            }
          ],
          "metadata": {}
        },
        {
          "items": [],
          "metadata": {}
        }
      ],
      "execution": {}
    }
  ],
  "activationLab.keptFields": "top-level unknown field"
}
`;

/** Opens `text` as a notebook, makes it dirty without changing it, saves, and returns the bytes written. */
async function openDirtySave(text: string): Promise<string> {
  const uri = workspaceUri(`round-trip-${Date.now()}-${Math.random().toString(36).slice(2)}.actnb`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const notebook = await vscode.workspace.openNotebookDocument(uri);
  try {
    await new Promise((r) => setTimeout(r, 50));
    for (const edit of [vscode.NotebookEdit.insertCells(notebook.cellCount, [new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'scratch', 'activation')]), vscode.NotebookEdit.deleteCells(new vscode.NotebookRange(notebook.cellCount, notebook.cellCount + 1))]) {
      const workspaceEdit = new vscode.WorkspaceEdit();
      workspaceEdit.set(uri, [edit]);
      assert.ok(await vscode.workspace.applyEdit(workspaceEdit));
    }
    assert.ok(await notebook.save(), 'the notebook did not save');
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } finally {
    await vscode.workspace.fs.delete(uri);
  }
}

describe('the .actnb round trip through VS Code', () => {
  before(async () => {
    await activateExtension();
  });

  it('opens and saves a file with unknown fields at every level and saved outputs, byte for byte', async () => {
    const uri = workspaceUri(`round-trip-${Date.now()}.actnb`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(FIXTURE));
    const written = await vscode.workspace.fs.stat(uri);
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    try {
      assert.strictEqual(notebook.cellCount, 3);
      const code = notebook.cellAt(1);
      assert.strictEqual(code.outputs.length, 2);
      assert.strictEqual(code.executionSummary?.executionOrder, 3);
      assert.deepStrictEqual(code.executionSummary?.timing, { startTime: 1700000000000, endTime: 1700000000042 });

      // Make the document dirty without changing it (add a cell, remove it), so that saving writes the file.
      await new Promise((r) => setTimeout(r, 50));
      for (const edit of [vscode.NotebookEdit.insertCells(3, [new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'scratch', 'activation')]), vscode.NotebookEdit.deleteCells(new vscode.NotebookRange(3, 4))]) {
        const workspaceEdit = new vscode.WorkspaceEdit();
        workspaceEdit.set(uri, [edit]);
        assert.ok(await vscode.workspace.applyEdit(workspaceEdit));
      }
      assert.strictEqual(notebook.isDirty, true);
      assert.ok(await notebook.save(), 'the notebook did not save');

      const saved = await vscode.workspace.fs.stat(uri);
      assert.ok(saved.mtime > written.mtime, 'the file was not written again');
      const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.strictEqual(after, FIXTURE);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('keeps what used to change: slot-named keys, text/plain "5", SVG text and base64, big numbers, empty execution and metadata', async () => {
    assert.strictEqual(await openDirtySave(NASTY), NASTY);
  });

  it('refuses a file with a duplicate key or a number it cannot keep, and leaves it unchanged', async () => {
    for (const [text, where] of [['{\n  "cells": [],\n  "cells": []\n}\n', /line 3, column 3: duplicate key "cells"/], ['{"metadata": {"id": 12345678901234567890}}\n', /line 1, column 21: the number 12345678901234567890/]] as const) {
      const uri = workspaceUri(`refused-${Date.now()}.actnb`);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      try {
        await assert.rejects(Promise.resolve(vscode.workspace.openNotebookDocument(uri)), (e: Error) => where.test(e.message) || assert.fail(e.message));
        assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), text);
      } finally {
        await vscode.workspace.fs.delete(uri);
      }
    }
  });
});
