import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from './test-host-paths';

/** Copies samples/ into a fresh folder, so that running cells (or autosave) never touches the fixtures. */
export function copySamplesWorkspace(stateDir: string): string {
  const workspace = path.join(stateDir, 'workspace');
  fs.cpSync(path.join(repoRoot, 'samples'), workspace, { recursive: true });
  return workspace;
}

/** Where test runs keep (ACTIVATION_LAB_ARTIFACTS overrides the folder, so that parallel runs do not collide) what a person may want to look at afterwards (screenshots, result files, logs). */
export function artifactsDir(...parts: string[]): string {
  const base = process.env.ACTIVATION_LAB_ARTIFACTS ?? path.join(repoRoot, '.test-artifacts');
  const dir = path.join(base, ...parts);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
