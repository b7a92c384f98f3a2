import { BuiltinRegistry } from '../interpreter/builtins';
import { installAssert } from './assert';
import { installCollections } from './collections';
import { installExecutionContext } from './context-and-ids';
import { installDescribe } from './describe';
import { installCrypto } from './crypto';
import { installDatabaseDml, installDmlResults } from './database-dml';
import { installDatabaseQueries } from './database-query';
import { installEnumsAndTypes } from './enums-and-types';
import { installDmlExceptionMethods, installExceptionMethods } from './exceptions';
import { installLabels } from './labels';
import { installJson } from './json';
import { installLimits } from './limits';
import { installMessaging } from './messaging';
import { installNumbers } from './numbers';
import { installSavepoints } from './savepoints';
import { installSObjectMethods } from './sobjects';
import { installStrings } from './strings';
import { installSystem } from './system';
import { installTestContext } from './test-context';
import { installUserInfo } from './user-info';

/** The standard library subset the runtime implements; every other method is UNSUPPORTED by name. */
export function standardLibrary(): BuiltinRegistry {
    const registry = new BuiltinRegistry();
    installSystem(registry);
    installAssert(registry);
    installExceptionMethods(registry);
    installDmlExceptionMethods(registry);
    installStrings(registry);
    installNumbers(registry);
    installCollections(registry);
    installEnumsAndTypes(registry);
    installTestContext(registry);
    installSObjectMethods(registry);
    installLimits(registry);
    installDatabaseQueries(registry);
    installDatabaseDml(registry);
    installDmlResults(registry);
    installSavepoints(registry);
    installUserInfo(registry);
    installCrypto(registry);
    installExecutionContext(registry);
    installDescribe(registry);
    installLabels(registry);
    installJson(registry);
    installMessaging(registry);
    return registry;
}
