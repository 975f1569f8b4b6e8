// Test-runner plugin with commands the browser tests run in Node (executeServerCommand).
//   validate-json-schema { schema, data }  Ajv, an independent JSON Schema validator
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

export function serverCommands() {
  return {
    name: 'cop-widgets-server-commands',
    executeCommand({ command, payload }) {
      if (command !== 'validate-json-schema') return undefined;
      const ajv = new Ajv({ allErrors: true, strict: true });
      addFormats(ajv);
      const validate = ajv.compile(payload.schema);
      const valid = validate(payload.data);
      return { valid, errors: validate.errors ?? [] };
    },
  };
}
