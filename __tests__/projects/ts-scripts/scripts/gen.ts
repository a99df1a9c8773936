var unused   =  1;
export const generated = "yes";
