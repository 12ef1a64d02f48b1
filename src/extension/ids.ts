/** Identifiers shared with package.json (keep in sync with docs/architecture.md). */
export { RENDERER_ID } from '../shared/renderer-messages';

export const EXTENSION_ID = 'activation-lab.activation-lab';
export const NOTEBOOK_TYPE = 'activation-lab-notebook';
export const CONTROLLER_ID = 'activation-lab-kernel';
export const CONTROLLER_LABEL = 'Activation Lab';
export const LANGUAGE_ID = 'activation';
/** Prefix of every setting (`activationLab.plot.defaultRange`). */
export const CONFIG_SECTION = 'activationLab';
/** Name of the error outputs the controller writes (shown by VS Code's error renderer). */
export const CELL_ERROR_NAME = 'ActivationLabError';
