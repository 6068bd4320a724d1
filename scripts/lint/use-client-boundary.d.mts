import type { Rule } from 'eslint'

export declare const useClientBoundary: Rule.RuleModule
