/** Every shortcut of the keys page, as the help dialog lists them. `single`: one key, turned off with the switch. */
export const SHORTCUTS: readonly { keys: readonly string[]; action: string; single: boolean }[] = [
  { keys: ['Ctrl', 'K'], action: 'Command palette (⌘K on a Mac)', single: false },
  { keys: ['/'], action: 'Search keys', single: true },
  { keys: ['c'], action: 'Create key', single: true },
  { keys: ['j'], action: 'Focus the next row', single: true },
  { keys: ['k'], action: 'Focus the previous row', single: true },
  { keys: ['Enter'], action: 'Open the focused key', single: false },
  { keys: ['x'], action: 'Select or unselect the focused row', single: true },
  { keys: ['Shift', 'x'], action: 'Select the rows from the last one selected to the focused one', single: true },
  { keys: ['Shift', 'click'], action: 'Select a range of rows with their checkboxes', single: false },
  { keys: ['z'], action: 'Undo the last change (the newest notification’s Undo)', single: true },
  { keys: ['F8'], action: 'Go to the newest notification (its Undo or View key)', single: false },
  { keys: ['?'], action: 'Show these shortcuts', single: true },
]
