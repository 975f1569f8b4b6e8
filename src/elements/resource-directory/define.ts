import { CopResourceDirectory } from './resource-directory.js';
import { warmUpDirectory } from './warm-up.js';

CopResourceDirectory.define('cop-resource-directory');
warmUpDirectory();

declare global {
  interface HTMLElementTagNameMap {
    'cop-resource-directory': CopResourceDirectory;
  }
}

export { CopResourceDirectory };
