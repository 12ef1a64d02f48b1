import * as assert from 'assert';
import * as vscode from 'vscode';
import { workspaceUri } from './notebook-helpers';

describe('the .actnb serializer in a real VS Code', () => {
  it('refuses a file that does not parse, naming line and column, and leaves it untouched', async () => {
    const uri = workspaceUri('broken-for-test.actnb');
    const content = '{\n  "format": "activation-lab-notebook",\n  "cells": [\n    {"kind": "code", "source": "relu(1)"},,\n  ]\n}\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
    await assert.rejects(Promise.resolve(vscode.workspace.openNotebookDocument(uri)), (error: Error) => {
      assert.match(String(error.message ?? error), /line 4/);
      return true;
    });
    const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.strictEqual(after, content);
  });
});
