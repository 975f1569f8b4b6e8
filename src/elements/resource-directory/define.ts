import { CopResourceDirectory } from './resource-directory.js';

CopResourceDirectory.define('cop-resource-directory');

declare global {
  interface HTMLElementTagNameMap {
    'cop-resource-directory': CopResourceDirectory;
  }
}

export { CopResourceDirectory };
