import { basename } from 'node:path';
import { codecOf } from './codecOf';
import { docComment } from './docComment';
import type { EmitOptions } from './EmitOptions';
import type { GeneratedFile } from './GeneratedFile';
import { importLines } from './importLines';
import type { HubMethod, VendorContract } from './VendorContract';

/**
 * One `defineContract` per hub class, in `contracts/<Hub>Contract.ts`: its events (each with the validator of its
 * argument), its invoked methods (arguments and result) and its streams (arguments and item), by their names on the
 * wire, with the codecs of `codecs/`. An event of one argument is declared by its validator, any other by
 * `{ args }`. Topics are not in the vendor's file (which event a `SubscribeTo…` feeds is not written there): a
 * hub's facade adds them.
 */
export function emitContracts(contract: VendorContract, options: EmitOptions): GeneratedFile[] {
  return contract.hubs.map((hub) => {
    const path = `contracts/${hub.name}Contract.ts`;
    const name = `${hub.name}Contract`;
    const runtime = new Set(['defineContract']);
    const codecs = new Set<string>();
    const codec = (type: Parameters<typeof codecOf>[0]): string => codecOf(type, runtime, codecs);

    const events = hub.events.map(
      ({ name: event, params }) =>
        `${event}: ${params.length === 1 ? codec(params[0].type) : `{ args: [${params.map((param) => codec(param.type)).join(', ')}] }`}`,
    );
    const methods = hub.methods
      .filter((method) => method.kind === 'invoke')
      .map((method) => member(method, 'result', codec));
    const streams = hub.methods
      .filter((method) => method.kind === 'stream')
      .map((method) => member(method, 'item', codec));
    const parts = [
      ['events', events],
      ['methods', methods],
      ['streams', streams],
    ]
      .filter(([, entries]) => entries.length > 0)
      .map(([part, entries]) => `${part}: { ${(entries as string[]).join(', ')} }`);

    const modules = [...codecs].map((codecName): [string, string] => [codecName, `../codecs/${codecName}`]);
    const code = [
      docComment(
        `The contract of the vendor's \`${hub.name}\` (${basename(contract.file)}): its events, methods and streams.`,
        120,
      ),
      `export const ${name} = defineContract({ ${parts.join(', ')} });\n`,
      `export type ${name} = typeof ${name};\n`,
    ].join('');
    const text = `${options.header}${importLines(code, options.runtimeFrom(path), runtime, modules)}\n${code}`;
    return { path, text };
  });
}

/** A method or stream entry: its arguments' validators and its result's or item's. */
function member(
  method: HubMethod,
  out: 'result' | 'item',
  codec: (type: NonNullable<HubMethod['result']>) => string,
): string {
  const fields = [];
  if (method.params.length > 0) fields.push(`args: [${method.params.map((param) => codec(param.type)).join(', ')}]`);
  if (method.result) fields.push(`${out}: ${codec(method.result)}`);
  return `${method.name}: { ${fields.join(', ')} }`;
}
