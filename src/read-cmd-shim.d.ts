// read-cmd-shim ships no types: it reads the target path out of an npm/pnpm .bin shim.
declare module 'read-cmd-shim' {
  interface ReadCmdShim {
    (path: string): Promise<string>
    sync(path: string): string
  }
  const readCmdShim: ReadCmdShim
  export = readCmdShim
}
