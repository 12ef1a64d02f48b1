/** Identifiers shared with package.json (keep in sync with docs/architecture.md). */
export { RENDERER_ID } from '../shared/renderer-messages';

export const EXTENSION_ID = 'activation-lab.activation-lab';
export const NOTEBOOK_TYPE = 'activation-lab-notebook';
export const CONTROLLER_ID = 'activation-lab-kernel';
export const CONTROLLER_LABEL = 'Activation Lab';
/** Jupyter notebooks (.ipynb, VS Code's built-in ipynb serializer): our kernel runs their `activation` cells. */
export const JUPYTER_NOTEBOOK_TYPE = 'jupyter-notebook';
/** The same kernel offered for Jupyter notebooks (a controller serves one notebook type). */
export const JUPYTER_CONTROLLER_ID = 'activation-lab-kernel-jupyter';
/** The notebook types whose `activation` cells the kernel runs and the editor features analyse together. */
export const KERNEL_NOTEBOOK_TYPES: readonly string[] = [NOTEBOOK_TYPE, JUPYTER_NOTEBOOK_TYPE];
export const LANGUAGE_ID = 'activation';
/** Prefix of every setting (`activationLab.plot.defaultRange`). */
export const CONFIG_SECTION = 'activationLab';
/** Name of the error outputs the controller writes (shown by VS Code's error renderer). */
export const CELL_ERROR_NAME = 'ActivationLabError';
