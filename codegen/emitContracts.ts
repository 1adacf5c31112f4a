import { basename } from 'node:path';
import { codecOf } from './codecOf';
import { docComment } from './docComment';
import type { EmitOptions } from './EmitOptions';
import type { GeneratedFile } from './GeneratedFile';
import { importLines } from './importLines';
import type { Field, HubMethod, TypeRef, VendorContract } from './VendorContract';

/**
 * One `defineContract` per hub class, in `contracts/<Hub>Contract.ts`: its events (the validator of an event's one
 * argument, or `{ args }`), its invoked methods (arguments and result) and its streams (arguments and item), by their
 * names on the wire, with the codecs of `codecs/`. Topics are not in the vendor's file (which event a `SubscribeTo…`
 * feeds is not written there): a hub's facade adds them.
 */
export function emitContracts(contract: VendorContract, options: EmitOptions): GeneratedFile[] {
  return contract.hubs.map((hub) => {
    const path = `contracts/${hub.name}Contract.ts`;
    const name = `${hub.name}Contract`;
    const runtime = new Set(['defineContract']);
    const codecs = new Set<string>();
    const codec = (type: TypeRef): string => codecOf(type, runtime, codecs);
    const args = (params: readonly Field[]): string => `args: [${params.map((param) => codec(param.type)).join(', ')}]`;
    /** A method or stream: its arguments' validators and its result's or item's. */
    const call = (method: HubMethod, out: 'result' | 'item'): string => {
      const fields = method.params.length > 0 ? [args(method.params)] : [];
      if (method.result) fields.push(`${out}: ${codec(method.result)}`);
      return `${method.name}: { ${fields.join(', ')} }`;
    };

    const parts: [string, string[]][] = [
      [
        'events',
        hub.events.map(
          (e) => `${e.name}: ${e.params.length === 1 ? codec(e.params[0].type) : `{ ${args(e.params)} }`}`,
        ),
      ],
      ['methods', hub.methods.filter((m) => m.kind === 'invoke').map((m) => call(m, 'result'))],
      ['streams', hub.methods.filter((m) => m.kind === 'stream').map((m) => call(m, 'item'))],
    ];
    const body = parts
      .filter(([, entries]) => entries.length > 0)
      .map(([part, entries]) => `${part}: { ${entries.join(', ')} }`)
      .join(', ');

    const modules = [...codecs].map((codecName): [string, string] => [codecName, `../codecs/${codecName}`]);
    const code = [
      docComment(
        `The contract of the vendor's \`${hub.name}\` (${basename(contract.file)}): its events, methods and streams.`,
        120,
      ),
      `export const ${name} = defineContract({ ${body} });\n`,
      `export type ${name} = typeof ${name};\n`,
    ].join('');
    const text = `${options.header}${importLines(code, options.runtimeFrom(path), runtime, modules)}\n${code}`;
    return { path, text };
  });
}
