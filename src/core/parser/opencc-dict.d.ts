// opencc-js ships its dictionaries as untyped ES modules: each default-exports "from to|from to|…".
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}
