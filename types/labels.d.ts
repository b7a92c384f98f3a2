declare module '@salesforce/label/c.*' {
    const label: string;
    export default label;
}
