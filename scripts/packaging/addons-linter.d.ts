/** The part of addons-linter's library API that scripts/lint-firefox.ts uses (it ships no types). */
declare module 'addons-linter' {
  export interface LinterMessage {
    _type: 'error' | 'warning' | 'notice';
    code: string;
    message: string;
    description?: string | string[];
    file?: string;
    line?: number;
    column?: number;
  }

  export interface LinterResult {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }

  export interface LinterConfig {
    _: string[];
    logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
    stack: boolean;
    pretty: boolean;
    warningsAsErrors: boolean;
    metadata: boolean;
    output: 'none' | 'json' | 'text';
    boring: boolean;
    selfHosted: boolean;
  }

  const linter: {
    createInstance(options: { config: LinterConfig; runAsBinary: boolean }): {
      run(): Promise<LinterResult>;
    };
  };
  export default linter;
}
