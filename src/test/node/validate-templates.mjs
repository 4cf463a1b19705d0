// The element templates the Modeler loads from processes/.camunda/element-templates must match the Modeler's own
// JSON schema, or the Modeler silently leaves them out of the menu.
import Ajv from 'ajv';
import fs from 'node:fs';
import path from 'node:path';

const schemaFile = 'node_modules/@camunda/element-templates-json-schema/resources/schema.json';
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
const dir = '../../../processes/.camunda/element-templates';
let failed = false;
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const templates = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  if (validate(templates)) {
    console.log(`${file}: ${templates.length} templates valid`);
  } else {
    failed = true;
    console.error(`${file}: ${JSON.stringify(validate.errors, null, 1)}`);
  }
}
process.exit(failed ? 1 : 0);
