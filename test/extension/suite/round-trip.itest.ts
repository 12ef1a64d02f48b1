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
});
