declare module '@salesforce/sfdx-lwc-jest' {
    export { createApexTestWireAdapter } from '@salesforce/wire-service-jest-util';
}
