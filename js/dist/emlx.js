var Cq=Object.create;var Wf=Object.defineProperty;var Sq=Object.getOwnPropertyDescriptor;var kq=Object.getOwnPropertyNames;var _q=Object.getPrototypeOf,Tq=Object.prototype.hasOwnProperty;var Nq=(r,e,t)=>e in r?Wf(r,e,{enumerable:!0,configurable:!0,writable:!0,value:t}):r[e]=t;var I=(r,e,t)=>()=>{if(t)throw t[0];try{return r&&(e=r(r=0)),e}catch(n){throw t=[n],n}};var Kt=(r,e)=>()=>{try{return e||r((e={exports:{}}).exports,e),e.exports}catch(t){throw e=0,t}},sr=(r,e)=>{for(var t in e)Wf(r,t,{get:e[t],enumerable:!0})},Eq=(r,e,t,n)=>{if(e&&typeof e=="object"||typeof e=="function")for(let o of kq(e))!Tq.call(r,o)&&o!==t&&Wf(r,o,{get:()=>e[o],enumerable:!(n=Sq(e,o))||n.enumerable});return r};var Vc=(r,e,t)=>(t=r!=null?Cq(_q(r)):{},Eq(e||!r||!r.__esModule?Wf(t,"default",{value:r,enumerable:!0}):t,r));var mo=(r,e,t)=>Nq(r,typeof e!="symbol"?e+"":e,t);function qr(r){throw new Error(`'${r}' not yet implemented or not found in the registry. This kernel may not be supported by the tfjs backend you have chosen`)}var fo,yn,Lw=I(()=>{fo=class{constructor(e,t){this.backend=e,this.dataMover=t,this.data=new WeakMap,this.dataIdsCount=0}get(e){return this.data.has(e)||this.dataMover.moveData(this.backend,e),this.data.get(e)}set(e,t){this.dataIdsCount++,this.data.set(e,t)}has(e){return this.data.has(e)}delete(e){return this.dataIdsCount--,this.data.delete(e)}numDataIds(){return this.dataIdsCount}},yn=class{refCount(e){return qr("refCount")}incRef(e){return qr("incRef")}timerAvailable(){return!0}time(e){return qr("time")}read(e){return qr("read")}readSync(e){return qr("readSync")}readToGPU(e,t){return qr("readToGPU")}numDataIds(){return qr("numDataIds")}disposeData(e,t){return qr("disposeData")}write(e,t,n){return qr("write")}move(e,t,n,o,s){return qr("move")}createTensorFromGPUData(e,t,n){return qr("createTensorFromGPUData")}memory(){return qr("memory")}floatPrecision(){return qr("floatPrecision")}epsilon(){return this.floatPrecision()===32?1e-7:1e-4}dispose(){return qr("dispose")}}});function mk(r){let e=r.length,t=0;for(;e>0;)t=Math.random()*e|0,e--,Uf(r,e,t)}function $q(r,e){if(r.length!==e.length)throw new Error(`Array sizes must match to be shuffled together First array length was ${r.length}Second array length was ${e.length}`);let t=r.length,n=0;for(;t>0;)n=Math.random()*t|0,t--,Uf(r,t,n),Uf(e,t,n)}function wl(r,e,t){return Math.max(r,Math.min(e,t))}function Aq(r){return r%2===0?r:r+1}function Uf(r,e,t){let n=r[e];r[e]=r[t],r[t]=n}function Rq(r){let e=0;for(let t=0;t<r.length;t++)e+=r[t];return e}function Dq(r,e){let t=Math.random();return e*t+(1-t)*r}function Fq(r,e){let t=0;for(let n=0;n<r.length;n++){let o=Number(r[n])-Number(e[n]);t+=o*o}return t}function E(r,e){if(!r)throw new Error(typeof e=="string"?e:e())}function ht(r,e,t=""){E($r(r,e),()=>t+` Shapes ${r} and ${e} must match`)}function ln(r){E(r!=null,()=>"The input to the tensor constructor must be a non-null value.")}function We(r){if(r.length===0)return 1;let e=r[0];for(let t=1;t<r.length;t++)e*=r[t];return e}function Mq(r){return r.length===0}function Vw(r,e){if(r===e)return!0;if(r==null||e==null||r.length!==e.length)return!1;for(let t=0;t<r.length;t++)if(r[t]!==null&&e[t]!==null&&r[t]!==e[t])return!1;return!0}function $r(r,e){if(r===e)return!0;if(r==null||e==null||r.length!==e.length)return!1;for(let t=0;t<r.length;t++)if(r[t]!==e[t])return!1;return!0}function ka(r){return r%1===0}function Pq(r){if(Math.tanh!=null)return Math.tanh(r);if(r===1/0)return 1;if(r===-1/0)return-1;{let e=Math.exp(2*r);return(e-1)/(e+1)}}function Oq(r){let e=Math.ceil(Math.sqrt(r));return[e,Math.ceil(r/e)]}function Bq(r){let e=new Uint32Array(r);for(let t=0;t<r;++t)e[t]=t;return mk(e),e}function Uc(r,e){return e<=r.length?r:r+" ".repeat(e-r.length)}function Lq(r,e=o=>0,t,n){return new Promise((o,s)=>{let a=0,c=()=>{if(r()){o();return}a++;let u=e(a);if(t!=null&&a>=t){s();return}n!=null?n(c,u):setTimeout(c,u)};c()})}function Vq(r,e){let t=1,n=-1;for(let s=0;s<r.length;++s)if(r[s]>=0)t*=r[s];else if(r[s]===-1){if(n!==-1)throw Error(`Shapes can only have 1 implicit size. Found -1 at dim ${n} and dim ${s}`);n=s}else if(r[s]<0)throw Error(`Shapes can not be < 0. Found ${r[s]} at dim ${s}`);if(n===-1){if(e>0&&e!==t)throw Error(`Size(${e}) must match the product of shape ${r}`);return r}if(t===0)throw Error(`Cannot infer the missing size in [${r}] when there are 0 elements`);if(e%t!==0)throw Error(`The implicit shape can't be a fractional number. Got ${e} / ${t}`);let o=r.slice();return o[n]=e/t,o}function Xi(r,e){let t=e.length;return r=r==null?e.map((n,o)=>o):[].concat(r),E(r.every(n=>n>=-t&&n<t),()=>`All values in axis param must be in range [-${t}, ${t}) but got axis ${r}`),E(r.every(n=>ka(n)),()=>`All values in axis param must be integers but got axis ${r}`),r.map(n=>n<0?t+n:n)}function Ww(r,e){let t=[],n=[],o=e!=null&&Array.isArray(e)&&e.length===0,s=e==null||o?null:Xi(e,r).sort(),a=0;for(let c=0;c<r.length;++c){if(s!=null){if(s[a]===c&&r[c]!==1)throw new Error(`Can't squeeze axis ${c} since its dim '${r[c]}' is not 1`);(s[a]==null||s[a]>c)&&r[c]===1&&(t.push(r[c]),n.push(c)),s[a]<=c&&a++}r[c]!==1&&(t.push(r[c]),n.push(c))}return{newShape:t,keptDims:n}}function Uw(r,e){return Gf(r,e)}function Gf(r,e){let t=null;if(r==null||r==="float32")t=new Float32Array(e);else if(r==="int32")t=new Int32Array(e);else if(r==="bool")t=new Uint8Array(e);else if(r==="string")t=new Array(e);else throw new Error(`Unknown data type ${r}`);return t}function Gw(r,e){for(let t=0;t<r.length;t++){let n=r[t];if(isNaN(n)||!isFinite(n))throw Error(`A tensor of type ${e} being uploaded contains ${n}.`)}}function zw(r){return r==="bool"||r==="complex64"||r==="float32"||r==="int32"||r==="string"}function Wq(r,e){return!(e==="complex64"||e==="float32"&&r!=="complex64"||e==="int32"&&r!=="float32"&&r!=="complex64"||e==="bool"&&r==="bool")}function vl(r){if(r==="float32"||r==="int32")return 4;if(r==="complex64")return 8;if(r==="bool")return 1;throw new Error(`Unknown dtype ${r}`)}function Hw(r){if(r==null)return 0;let e=0;return r.forEach(t=>e+=t.length),e}function Ln(r){return typeof r=="string"||r instanceof String}function fk(r){return typeof r=="boolean"}function dk(r){return typeof r=="number"}function Yi(r){return Array.isArray(r)?Yi(r[0]):r instanceof Float32Array?"float32":r instanceof Int32Array||r instanceof Uint8Array||r instanceof Uint8ClampedArray?"int32":dk(r)?"float32":Ln(r)?"string":fk(r)?"bool":"float32"}function ho(r){return!!(r&&r.constructor&&r.call&&r.apply)}function Il(r,e){for(let t=e;t<r;++t)if(r%t===0)return t;return r}function go(r){let e=r.length;if(e<2)return[];let t=new Array(e-1);t[e-2]=r[e-1];for(let n=e-3;n>=0;--n)t[n]=t[n+1]*r[n+1];return t}function hk(r,e,t,n=!1){let o=new Array;if(e.length===1){let s=e[0]*(n?2:1);for(let a=0;a<s;a++)o[a]=t[r+a]}else{let s=e[0],a=e.slice(1),c=a.reduce((u,i)=>u*i)*(n?2:1);for(let u=0;u<s;u++)o[u]=hk(r+u*c,a,t,n)}return o}function Wc(r,e,t=!1){if(r.length===0)return e[0];let n=r.reduce((o,s)=>o*s)*(t?2:1);if(n===0)return[];if(n!==e.length)throw new Error(`[${r}] does not match the input size ${e.length}${t?" for a complex tensor":""}.`);return hk(0,r,e,t)}function Uq(r,e){if(Array.isArray(r))return r;if(e==="float32")return r instanceof Float32Array?r:new Float32Array(r);if(e==="int32")return r instanceof Int32Array?r:new Int32Array(r);if(e==="bool"||e==="string")return Uint8Array.from(new Int32Array(r));throw new Error(`Unknown dtype ${e}`)}function Lp(r,e){let t=Cl(r,e);for(let n=0;n<t.length;n++)t[n]=1;return t}function Cl(r,e){if(e==null||e==="float32"||e==="complex64")return new Float32Array(r);if(e==="int32")return new Int32Array(r);if(e==="bool")return new Uint8Array(r);throw new Error(`Unknown data type ${e}`)}function Gq(r,e){let t=r.reduce((n,o)=>n*o,1);if(e==null||e==="float32")return Wc(r,new Float32Array(t));if(e==="int32")return Wc(r,new Int32Array(t));if(e==="bool")return Wc(r,new Uint8Array(t));throw new Error(`Unknown data type ${e}`)}function bt(r){r.forEach(e=>{E(Number.isInteger(e)&&e>=0,()=>`Tensor must have a shape comprised of positive integers but got shape [${r}].`)})}function zq(r,e,t){if(e===0)return 0;if(e===1)return r[0];let n=r[r.length-1];for(let o=0;o<r.length-1;++o)n+=t[o]*r[o];return n}function Hq(r,e,t){if(e===0)return[];if(e===1)return[r];let n=new Array(e);for(let o=0;o<n.length-1;++o)n[o]=Math.floor(r/t[o]),r-=n[o]*t[o];return n[n.length-1]=r,n}function Gc(r){return r&&r.then&&typeof r.then=="function"}var Zt=I(()=>{});function qq(r){let e={};return r.replace(/[?&]([^=?&]+)(?:=([^&]*))?/g,(t,...n)=>(jq(e,n[0],n[1]),n.join("="))),e}function jq(r,e,t){r[decodeURIComponent(e)]=decodeURIComponent(t||"")}function Xq(r,e){let t=e.toLowerCase();return t==="true"||t==="false"?t==="true":`${+t}`===t?+t:e}function P(){return zf}function xk(r){zf=r}var gk,Sl,zf,ar=I(()=>{Zt();gk="tfjsflags",Sl=class{constructor(e){this.global=e,this.flags={},this.flagRegistry={},this.urlFlags={},this.getQueryParams=qq,this.populateURLFlags()}setPlatform(e,t){this.platform!=null&&(P().getBool("IS_TEST")||P().getBool("PROD")||console.warn(`Platform ${this.platformName} has already been set. Overwriting the platform with ${e}.`)),this.platformName=e,this.platform=t}registerFlag(e,t,n){if(this.flagRegistry[e]={evaluationFn:t,setHook:n},this.urlFlags[e]!=null){let o=this.urlFlags[e];P().getBool("IS_TEST")||P().getBool("PROD")||console.warn(`Setting feature override from URL ${e}: ${o}.`),this.set(e,o)}}async getAsync(e){return e in this.flags?this.flags[e]:(this.flags[e]=await this.evaluateFlag(e),this.flags[e])}get(e){if(e in this.flags)return this.flags[e];let t=this.evaluateFlag(e);if(Gc(t))throw new Error(`Flag ${e} cannot be synchronously evaluated. Please use getAsync() instead.`);return this.flags[e]=t,this.flags[e]}getNumber(e){return this.get(e)}getBool(e){return this.get(e)}getString(e){return this.get(e)}getFlags(){return this.flags}get features(){return this.flags}set(e,t){if(this.flagRegistry[e]==null)throw new Error(`Cannot set flag ${e} as it has not been registered.`);this.flags[e]=t,this.flagRegistry[e].setHook!=null&&this.flagRegistry[e].setHook(t)}evaluateFlag(e){if(this.flagRegistry[e]==null)throw new Error(`Cannot evaluate flag '${e}': no evaluation function found.`);return this.flagRegistry[e].evaluationFn()}setFlags(e){this.flags=Object.assign({},e)}reset(){this.flags={},this.urlFlags={},this.populateURLFlags()}populateURLFlags(){if(typeof this.global>"u"||typeof this.global.location>"u"||typeof this.global.location.search>"u")return;let e=this.getQueryParams(this.global.location.search);gk in e&&e[gk].split(",").forEach(n=>{let[o,s]=n.split(":");this.urlFlags[o]=Xq(o,s)})}};zf=null});function qw(){if(Kw==null){let r;if(typeof window<"u")r=window;else if(typeof global<"u")r=global;else if(typeof process<"u")r=process;else if(typeof self<"u")r=self;else throw new Error("Could not find a global object");Kw=r}return Kw}function Yq(){let r=qw();return r._tfGlobals==null&&(r._tfGlobals=new Map),r._tfGlobals}function Vp(r,e){let t=Yq();if(t.has(r))return t.get(r);{let n=e();return t.set(r,n),t.get(r)}}var Kw,Hf=I(()=>{});var _a,xo,bo,Vn,yo,Ta,Na,Ea,$a,wo,vo,Io,Co,So,ko,zc,Aa,Hc,_o,Ra,To,No,Jq,Da,Wn,Eo,Un,Kc,qc,Fa,$o,jc,Ao,Ro,Ji,Do,Ma,Fo,Mo,Po,Oo,Pa,Bo,Lo,Xc,Yc,Oa,Vo,Jc,Zc,kl,Wo,Qc,Ba,Zi,La,Uo,Va,Wa,Go,_l,Ua,zo,Ho,Ko,qo,Ga,jo,Xo,Yo,Gn,eu,tu,Jo,Zo,Qo,es,ts,rs,ns,za,os,ss,as,is,jw,Zq,Qq,Ha,Qi,e6,Ka,cs,us,ru,qa,nu,ja,ls,Xa,ps,ms,Ya,fs,ds,ec,hs,gs,xs,bs,Ja,ys,Za,ws,t6,Qa,vs,Is,ou,su,au,ei,iu,Cs,Ss,ti,ks,tc,_s,rc,Ts,Ns,Es,$s,As,Rs,Ds,ri,Fs,ni,oi,Ms,Ps,Os,Bs,Ls,si,ai,ii,Vs,ci,Ws,ui,li,Us,Gs,cu,nc,zs,pi,mi,fi,di,hi,Hs,wn,Ks,qs,vn,gi,xi,uu,r6,bi,zn,Tl,js,Hn,Kn,qn,J=I(()=>{_a="Abs",xo="Acos",bo="Acosh",Vn="Add",yo="AddN",Ta="All",Na="Any",Ea="ArgMax",$a="ArgMin",wo="Asin",vo="Asinh",Io="Atan",Co="Atanh",So="Atan2",ko="AvgPool",zc="AvgPoolGrad",Aa="AvgPool3D",Hc="AvgPool3DGrad",_o="BatchMatMul",Ra="BatchToSpaceND",To="Bincount",No="BitwiseAnd",Jq="BroadcastTo",Da="BroadcastArgs",Wn="Cast",Eo="Ceil",Un="ClipByValue",Kc="Complex",qc="ComplexAbs",Fa="Concat",$o="Conv2D",jc="Conv2DBackpropFilter",Ao="Conv2DBackpropInput",Ro="Conv3D",Ji="Conv3DBackpropFilterV2",Do="Conv3DBackpropInputV2",Ma="Cos",Fo="Cosh",Mo="Cumprod",Po="Cumsum",Oo="CropAndResize",Pa="DenseBincount",Bo="DepthToSpace",Lo="DepthwiseConv2dNative",Xc="DepthwiseConv2dNativeBackpropFilter",Yc="DepthwiseConv2dNativeBackpropInput",Oa="Diag",Vo="Dilation2D",Jc="Dilation2DBackpropInput",Zc="Dilation2DBackpropFilter",kl="Draw",Wo="RealDiv",Qc="Einsum",Ba="Elu",Zi="EluGrad",La="Erf",Uo="Equal",Va="Exp",Wa="ExpandDims",Go="Expm1",_l="FFT",Ua="Fill",zo="FlipLeftRight",Ho="Floor",Ko="FloorDiv",qo="FusedBatchNorm",Ga="GatherV2",jo="GatherNd",Xo="Greater",Yo="GreaterEqual",Gn="Identity",eu="IFFT",tu="Imag",Jo="IsFinite",Zo="IsInf",Qo="IsNan",es="LeakyRelu",ts="Less",rs="LessEqual",ns="LinSpace",za="Log",os="Log1p",ss="LogicalAnd",as="LogicalNot",is="LogicalOr",jw="LogicalXor",Zq="LogSoftmax",Qq="LowerBound",Ha="LRN",Qi="LRNGrad",e6="MatrixBandPart",Ka="Max",cs="Maximum",us="MaxPool",ru="MaxPoolGrad",qa="MaxPool3D",nu="MaxPool3DGrad",ja="MaxPoolWithArgmax",ls="Mean",Xa="Min",ps="Minimum",ms="MirrorPad",Ya="Mod",fs="Multinomial",ds="Multiply",ec="Neg",hs="NotEqual",gs="NonMaxSuppressionV3",xs="NonMaxSuppressionV4",bs="NonMaxSuppressionV5",Ja="OnesLike",ys="OneHot",Za="Pack",ws="PadV2",t6="Pool",Qa="Pow",vs="Prelu",Is="Prod",ou="RaggedGather",su="RaggedRange",au="RaggedTensorToTensor",ei="Range",iu="Real",Cs="Reciprocal",Ss="Relu",ti="Reshape",ks="ResizeNearestNeighbor",tc="ResizeNearestNeighborGrad",_s="ResizeBilinear",rc="ResizeBilinearGrad",Ts="Relu6",Ns="Reverse",Es="Round",$s="Rsqrt",As="ScatterNd",Rs="TensorScatterUpdate",Ds="SearchSorted",ri="Select",Fs="Selu",ni="Slice",oi="Sin",Ms="Sinh",Ps="Sign",Os="Sigmoid",Bs="Softplus",Ls="Sqrt",si="Sum",ai="SpaceToBatchND",ii="SplitV",Vs="Softmax",ci="SparseFillEmptyRows",Ws="SparseReshape",ui="SparseSegmentMean",li="SparseSegmentSum",Us="SparseToDense",Gs="SquaredDifference",cu="Square",nc="StaticRegexReplace",zs="StridedSlice",pi="StringNGrams",mi="StringSplit",fi="StringToHashBucketFast",di="Sub",hi="Tan",Hs="Tanh",wn="Tile",Ks="TopK",qs="Transform",vn="Transpose",gi="Unique",xi="Unpack",uu="UnsortedSegmentSum",r6="UpperBound",bi="ZerosLike",zn="Step",Tl="FromPixels",js="RotateWithOffset",Hn="_FusedMatMul",Kn="FusedConv2D",qn="FusedDepthwiseConv2D"});function Xs(...r){P().getBool("IS_TEST")||P().getBool("PROD")||console.warn(...r)}function n6(...r){P().getBool("IS_TEST")||P().getBool("PROD")||console.log(...r)}var Kf=I(()=>{ar();});function Ys(r,e){let t=Xw(r,e);return Nl.get(t)}function qf(r){return Wp.get(r)}function Up(r){let e=Nl.entries(),t=[];for(;;){let{done:n,value:o}=e.next();if(n)break;let[s,a]=o,[c]=s.split("_");c===r&&t.push(a)}return t}function jn(r){let{kernelName:e,backendName:t}=r,n=Xw(e,t);Nl.has(n)&&Xs(`The kernel '${e}' for backend '${t}' is already registered`),Nl.set(n,r)}function o6(r){let{kernelName:e}=r;Wp.has(e)&&P().getBool("DEBUG")&&Xs(`Overriding the gradient for '${e}'`),Wp.set(e,r)}function s6(r,e){let t=Xw(r,e);if(!Nl.has(t))throw new Error(`The kernel '${r}' for backend '${e}' is not registered`);Nl.delete(t)}function a6(r){if(!Wp.has(r))throw new Error(`The gradient '${r}' for backend is not registered`);Wp.delete(r)}function i6(r,e){Up(r).forEach(n=>{let o=Object.assign({},n,{backendName:e});jn(o)})}function Xw(r,e){return`${e}_${r}`}var Nl,Wp,jf=I(()=>{ar();Hf();Kf();Nl=Vp("kernelRegistry",()=>new Map),Wp=Vp("gradRegistry",()=>new Map)});function Xf(r){return r instanceof Float32Array||r instanceof Int32Array||r instanceof Uint8Array||r instanceof Uint8ClampedArray}var Yw=I(()=>{});var Ek=Kt((_le,Nk)=>{Nk.exports=St;var In=null;try{In=new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array([0,97,115,109,1,0,0,0,1,13,2,96,0,1,127,96,4,127,127,127,127,1,127,3,7,6,0,1,1,1,1,1,6,6,1,127,1,65,0,11,7,50,6,3,109,117,108,0,1,5,100,105,118,95,115,0,2,5,100,105,118,95,117,0,3,5,114,101,109,95,115,0,4,5,114,101,109,95,117,0,5,8,103,101,116,95,104,105,103,104,0,0,10,191,1,6,4,0,35,0,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,126,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,127,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,128,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,129,34,4,66,32,135,167,36,0,32,4,167,11,36,1,1,126,32,0,173,32,1,173,66,32,134,132,32,2,173,32,3,173,66,32,134,132,130,34,4,66,32,135,167,36,0,32,4,167,11])),{}).exports}catch{}function St(r,e,t){this.low=r|0,this.high=e|0,this.unsigned=!!t}St.prototype.__isLong__;Object.defineProperty(St.prototype,"__isLong__",{value:!0});function Xr(r){return(r&&r.__isLong__)===!0}St.isLong=Xr;var yk={},wk={};function pu(r,e){var t,n,o;return e?(r>>>=0,(o=0<=r&&r<256)&&(n=wk[r],n)?n:(t=kt(r,(r|0)<0?-1:0,!0),o&&(wk[r]=t),t)):(r|=0,(o=-128<=r&&r<128)&&(n=yk[r],n)?n:(t=kt(r,r<0?-1:0,!1),o&&(yk[r]=t),t))}St.fromInt=pu;function Cn(r,e){if(isNaN(r))return e?lu:Sn;if(e){if(r<0)return lu;if(r>=Sk)return Tk}else{if(r<=-Ik)return jr;if(r+1>=Ik)return _k}return r<0?Cn(-r,e).neg():kt(r%$l|0,r/$l|0,e)}St.fromNumber=Cn;function kt(r,e,t){return new St(r,e,t)}St.fromBits=kt;var Yf=Math.pow;function Zw(r,e,t){if(r.length===0)throw Error("empty string");if(r==="NaN"||r==="Infinity"||r==="+Infinity"||r==="-Infinity")return Sn;if(typeof e=="number"?(t=e,e=!1):e=!!e,t=t||10,t<2||36<t)throw RangeError("radix");var n;if((n=r.indexOf("-"))>0)throw Error("interior hyphen");if(n===0)return Zw(r.substring(1),e,t).neg();for(var o=Cn(Yf(t,8)),s=Sn,a=0;a<r.length;a+=8){var c=Math.min(8,r.length-a),u=parseInt(r.substring(a,a+c),t);if(c<8){var i=Cn(Yf(t,c));s=s.mul(i).add(Cn(u))}else s=s.mul(o),s=s.add(Cn(u))}return s.unsigned=e,s}St.fromString=Zw;function Xn(r,e){return typeof r=="number"?Cn(r,e):typeof r=="string"?Zw(r,e):kt(r.low,r.high,typeof e=="boolean"?e:r.unsigned)}St.fromValue=Xn;var vk=65536,c6=1<<24,$l=vk*vk,Sk=$l*$l,Ik=Sk/2,Ck=pu(c6),Sn=pu(0);St.ZERO=Sn;var lu=pu(0,!0);St.UZERO=lu;var El=pu(1);St.ONE=El;var kk=pu(1,!0);St.UONE=kk;var Jw=pu(-1);St.NEG_ONE=Jw;var _k=kt(-1,2147483647,!1);St.MAX_VALUE=_k;var Tk=kt(-1,-1,!0);St.MAX_UNSIGNED_VALUE=Tk;var jr=kt(0,-2147483648,!1);St.MIN_VALUE=jr;var me=St.prototype;me.toInt=function(){return this.unsigned?this.low>>>0:this.low};me.toNumber=function(){return this.unsigned?(this.high>>>0)*$l+(this.low>>>0):this.high*$l+(this.low>>>0)};me.toString=function(e){if(e=e||10,e<2||36<e)throw RangeError("radix");if(this.isZero())return"0";if(this.isNegative())if(this.eq(jr)){var t=Cn(e),n=this.div(t),o=n.mul(t).sub(this);return n.toString(e)+o.toInt().toString(e)}else return"-"+this.neg().toString(e);for(var s=Cn(Yf(e,6),this.unsigned),a=this,c="";;){var u=a.div(s),i=a.sub(u.mul(s)).toInt()>>>0,l=i.toString(e);if(a=u,a.isZero())return l+c;for(;l.length<6;)l="0"+l;c=""+l+c}};me.getHighBits=function(){return this.high};me.getHighBitsUnsigned=function(){return this.high>>>0};me.getLowBits=function(){return this.low};me.getLowBitsUnsigned=function(){return this.low>>>0};me.getNumBitsAbs=function(){if(this.isNegative())return this.eq(jr)?64:this.neg().getNumBitsAbs();for(var e=this.high!=0?this.high:this.low,t=31;t>0&&(e&1<<t)==0;t--);return this.high!=0?t+33:t+1};me.isZero=function(){return this.high===0&&this.low===0};me.eqz=me.isZero;me.isNegative=function(){return!this.unsigned&&this.high<0};me.isPositive=function(){return this.unsigned||this.high>=0};me.isOdd=function(){return(this.low&1)===1};me.isEven=function(){return(this.low&1)===0};me.equals=function(e){return Xr(e)||(e=Xn(e)),this.unsigned!==e.unsigned&&this.high>>>31===1&&e.high>>>31===1?!1:this.high===e.high&&this.low===e.low};me.eq=me.equals;me.notEquals=function(e){return!this.eq(e)};me.neq=me.notEquals;me.ne=me.notEquals;me.lessThan=function(e){return this.comp(e)<0};me.lt=me.lessThan;me.lessThanOrEqual=function(e){return this.comp(e)<=0};me.lte=me.lessThanOrEqual;me.le=me.lessThanOrEqual;me.greaterThan=function(e){return this.comp(e)>0};me.gt=me.greaterThan;me.greaterThanOrEqual=function(e){return this.comp(e)>=0};me.gte=me.greaterThanOrEqual;me.ge=me.greaterThanOrEqual;me.compare=function(e){if(Xr(e)||(e=Xn(e)),this.eq(e))return 0;var t=this.isNegative(),n=e.isNegative();return t&&!n?-1:!t&&n?1:this.unsigned?e.high>>>0>this.high>>>0||e.high===this.high&&e.low>>>0>this.low>>>0?-1:1:this.sub(e).isNegative()?-1:1};me.comp=me.compare;me.negate=function(){return!this.unsigned&&this.eq(jr)?jr:this.not().add(El)};me.neg=me.negate;me.add=function(e){Xr(e)||(e=Xn(e));var t=this.high>>>16,n=this.high&65535,o=this.low>>>16,s=this.low&65535,a=e.high>>>16,c=e.high&65535,u=e.low>>>16,i=e.low&65535,l=0,p=0,m=0,f=0;return f+=s+i,m+=f>>>16,f&=65535,m+=o+u,p+=m>>>16,m&=65535,p+=n+c,l+=p>>>16,p&=65535,l+=t+a,l&=65535,kt(m<<16|f,l<<16|p,this.unsigned)};me.subtract=function(e){return Xr(e)||(e=Xn(e)),this.add(e.neg())};me.sub=me.subtract;me.multiply=function(e){if(this.isZero())return Sn;if(Xr(e)||(e=Xn(e)),In){var t=In.mul(this.low,this.high,e.low,e.high);return kt(t,In.get_high(),this.unsigned)}if(e.isZero())return Sn;if(this.eq(jr))return e.isOdd()?jr:Sn;if(e.eq(jr))return this.isOdd()?jr:Sn;if(this.isNegative())return e.isNegative()?this.neg().mul(e.neg()):this.neg().mul(e).neg();if(e.isNegative())return this.mul(e.neg()).neg();if(this.lt(Ck)&&e.lt(Ck))return Cn(this.toNumber()*e.toNumber(),this.unsigned);var n=this.high>>>16,o=this.high&65535,s=this.low>>>16,a=this.low&65535,c=e.high>>>16,u=e.high&65535,i=e.low>>>16,l=e.low&65535,p=0,m=0,f=0,d=0;return d+=a*l,f+=d>>>16,d&=65535,f+=s*l,m+=f>>>16,f&=65535,f+=a*i,m+=f>>>16,f&=65535,m+=o*l,p+=m>>>16,m&=65535,m+=s*i,p+=m>>>16,m&=65535,m+=a*u,p+=m>>>16,m&=65535,p+=n*l+o*i+s*u+a*c,p&=65535,kt(f<<16|d,p<<16|m,this.unsigned)};me.mul=me.multiply;me.divide=function(e){if(Xr(e)||(e=Xn(e)),e.isZero())throw Error("division by zero");if(In){if(!this.unsigned&&this.high===-2147483648&&e.low===-1&&e.high===-1)return this;var t=(this.unsigned?In.div_u:In.div_s)(this.low,this.high,e.low,e.high);return kt(t,In.get_high(),this.unsigned)}if(this.isZero())return this.unsigned?lu:Sn;var n,o,s;if(this.unsigned){if(e.unsigned||(e=e.toUnsigned()),e.gt(this))return lu;if(e.gt(this.shru(1)))return kk;s=lu}else{if(this.eq(jr)){if(e.eq(El)||e.eq(Jw))return jr;if(e.eq(jr))return El;var a=this.shr(1);return n=a.div(e).shl(1),n.eq(Sn)?e.isNegative()?El:Jw:(o=this.sub(e.mul(n)),s=n.add(o.div(e)),s)}else if(e.eq(jr))return this.unsigned?lu:Sn;if(this.isNegative())return e.isNegative()?this.neg().div(e.neg()):this.neg().div(e).neg();if(e.isNegative())return this.div(e.neg()).neg();s=Sn}for(o=this;o.gte(e);){n=Math.max(1,Math.floor(o.toNumber()/e.toNumber()));for(var c=Math.ceil(Math.log(n)/Math.LN2),u=c<=48?1:Yf(2,c-48),i=Cn(n),l=i.mul(e);l.isNegative()||l.gt(o);)n-=u,i=Cn(n,this.unsigned),l=i.mul(e);i.isZero()&&(i=El),s=s.add(i),o=o.sub(l)}return s};me.div=me.divide;me.modulo=function(e){if(Xr(e)||(e=Xn(e)),In){var t=(this.unsigned?In.rem_u:In.rem_s)(this.low,this.high,e.low,e.high);return kt(t,In.get_high(),this.unsigned)}return this.sub(this.div(e).mul(e))};me.mod=me.modulo;me.rem=me.modulo;me.not=function(){return kt(~this.low,~this.high,this.unsigned)};me.and=function(e){return Xr(e)||(e=Xn(e)),kt(this.low&e.low,this.high&e.high,this.unsigned)};me.or=function(e){return Xr(e)||(e=Xn(e)),kt(this.low|e.low,this.high|e.high,this.unsigned)};me.xor=function(e){return Xr(e)||(e=Xn(e)),kt(this.low^e.low,this.high^e.high,this.unsigned)};me.shiftLeft=function(e){return Xr(e)&&(e=e.toInt()),(e&=63)===0?this:e<32?kt(this.low<<e,this.high<<e|this.low>>>32-e,this.unsigned):kt(0,this.low<<e-32,this.unsigned)};me.shl=me.shiftLeft;me.shiftRight=function(e){return Xr(e)&&(e=e.toInt()),(e&=63)===0?this:e<32?kt(this.low>>>e|this.high<<32-e,this.high>>e,this.unsigned):kt(this.high>>e-32,this.high>=0?0:-1,this.unsigned)};me.shr=me.shiftRight;me.shiftRightUnsigned=function(e){if(Xr(e)&&(e=e.toInt()),e&=63,e===0)return this;var t=this.high;if(e<32){var n=this.low;return kt(n>>>e|t<<32-e,t>>>e,this.unsigned)}else return e===32?kt(t,0,this.unsigned):kt(t>>>e-32,0,this.unsigned)};me.shru=me.shiftRightUnsigned;me.shr_u=me.shiftRightUnsigned;me.toSigned=function(){return this.unsigned?kt(this.low,this.high,!1):this};me.toUnsigned=function(){return this.unsigned?this:kt(this.low,this.high,!0)};me.toBytes=function(e){return e?this.toBytesLE():this.toBytesBE()};me.toBytesLE=function(){var e=this.high,t=this.low;return[t&255,t>>>8&255,t>>>16&255,t>>>24,e&255,e>>>8&255,e>>>16&255,e>>>24]};me.toBytesBE=function(){var e=this.high,t=this.low;return[e>>>24,e>>>16&255,e>>>8&255,e&255,t>>>24,t>>>16&255,t>>>8&255,t&255]};St.fromBytes=function(e,t,n){return n?St.fromBytesLE(e,t):St.fromBytesBE(e,t)};St.fromBytesLE=function(e,t){return new St(e[0]|e[1]<<8|e[2]<<16|e[3]<<24,e[4]|e[5]<<8|e[6]<<16|e[7]<<24,t)};St.fromBytesBE=function(e,t){return new St(e[4]<<24|e[5]<<16|e[6]<<8|e[7],e[0]<<24|e[1]<<16|e[2]<<8|e[3],t)}});function Gp(r){return fu.fromString(r,!0,16)}function Qw(r){return r.xor(r.shru(47))}function Rk(r,e,t){let n=r.slice(e,e+t);return fu.fromBytes(Array.from(n),!0,!0)}function yt(r,e){return Rk(r,e,8)}function $k(r,e){return Rk(r,e,4)}function ir(r,e){return e===0?r:r.shru(e).or(r.shl(64-e))}function oc(r,e,t=Gp("9ddfea08eb382d69")){let n=r.xor(e).mul(t);n=n.xor(n.shru(47));let o=e.xor(n).mul(t);return o=o.xor(o.shru(47)),o=o.mul(t),o}function u6(r,e,t,n,o,s){o=o.add(r),s=ir(s.add(o).add(n),21);let a=o;return o=o.add(e),o=o.add(t),s=s.add(ir(o,44)),[o.add(n),s.add(a)]}function Jf(r,e,t,n){return u6(yt(r,e),yt(r,e+8),yt(r,e+16),yt(r,e+24),t,n)}function l6(r,e=r.length){if(e>=8){let t=Ar.add(e*2),n=yt(r,0).add(Ar),o=yt(r,e-8),s=ir(o,37).mul(t).add(n),a=ir(n,25).add(o).mul(t);return oc(s,a,t)}if(e>=4){let t=Ar.add(e*2),n=$k(r,0);return oc(n.shl(3).add(e),$k(r,e-4),t)}if(e>0){let t=r[0],n=r[e>>1],o=r[e-1],s=t+(n<<8),a=e+(o<<2);return Qw(Ar.mul(s).xor(Ak.mul(a))).mul(Ar)}return Ar}function p6(r,e=r.length){let t=Ar.add(e*2),n=yt(r,0).mul(mu),o=yt(r,8),s=yt(r,e-8).mul(t),a=yt(r,e-16).mul(Ar);return oc(ir(n.add(o),43).add(ir(s,30)).add(a),n.add(ir(o.add(Ar),18)).add(s),t)}function m6(r,e=r.length){let t=Ar.add(e*2),n=yt(r,0).mul(Ar),o=yt(r,8),s=yt(r,e-8).mul(t),a=yt(r,e-16).mul(Ar),c=ir(n.add(o),43).add(ir(s,30)).add(a),u=oc(c,n.add(ir(o.add(Ar),18)).add(s),t),i=yt(r,16).mul(t),l=yt(r,24),p=c.add(yt(r,e-32)).mul(t),m=u.add(yt(r,e-24)).mul(t);return oc(ir(i.add(l),43).add(ir(p,30)).add(m),i.add(ir(l.add(n),18)).add(p),t)}function f6(r,e=r.length){let t=fu.fromNumber(81,!0);if(e<=32)return e<=16?l6(r,e):p6(r,e);if(e<=64)return m6(r,e);let n=t,o=t.mul(mu).add(113),s=Qw(o.mul(Ar).add(113)).mul(Ar),a=[fu.UZERO,fu.UZERO],c=[fu.UZERO,fu.UZERO];n=n.mul(Ar).add(yt(r,0));let u=0,i=(e-1>>6)*64,l=i+(e-1&63)-63;do n=ir(n.add(o).add(a[0]).add(yt(r,u+8)),37).mul(mu),o=ir(o.add(a[1]).add(yt(r,u+48)),42).mul(mu),n=n.xor(c[1]),o=o.add(a[0]).add(yt(r,u+40)),s=ir(s.add(c[0]),33).mul(mu),a=Jf(r,u,a[1].mul(mu),n.add(c[0])),c=Jf(r,u+32,s.add(c[1]),o.add(yt(r,u+16))),[s,n]=[n,s],u+=64;while(u!==i);let p=mu.add(s.and(255).shl(1));return u=l,c[0]=c[0].add(e-1&63),a[0]=a[0].add(c[0]),c[0]=c[0].add(a[0]),n=ir(n.add(o).add(a[0]).add(yt(r,u+8)),37).mul(p),o=ir(o.add(a[1]).add(yt(r,u+48)),42).mul(p),n=n.xor(c[1].mul(9)),o=o.add(a[0].mul(9).add(yt(r,u+40))),s=ir(s.add(c[0]),33).mul(p),a=Jf(r,u,a[1].mul(p),n.add(c[0])),c=Jf(r,u+32,s.add(c[1]),o.add(yt(r,u+16))),[s,n]=[n,s],oc(oc(a[0],c[0],p).add(Qw(o).mul(Ak)).add(s),oc(a[1],c[1],p).add(n),p)}var e0,fu,Ak,mu,Ar,Dk=I(()=>{e0=Vc(Ek());fu=e0.default||e0;Ak=Gp("c3a5c85c97cb3127"),mu=Gp("b492b66fbe98f273"),Ar=Gp("9ae16a3b2f90404f")});var b={};sr(b,{arraysEqual:()=>$r,arraysEqualWithNull:()=>Vw,assert:()=>E,assertNonNegativeIntegerDimensions:()=>bt,assertNonNull:()=>ln,assertShapesMatch:()=>ht,bytesFromStringArray:()=>Hw,bytesPerElement:()=>vl,checkConversionForErrors:()=>Gw,clamp:()=>wl,computeStrides:()=>go,convertBackendValuesAndArrayBuffer:()=>Uq,createScalarValue:()=>d6,createShuffledIndices:()=>Bq,decodeString:()=>Rl,distSquared:()=>Fq,encodeString:()=>sc,fetch:()=>g6,fingerPrint64:()=>f6,flatten:()=>Yn,getArrayFromDType:()=>Gf,getTypedArrayFromDType:()=>Uw,hasEncodingLoss:()=>Wq,hexToLong:()=>Gp,indexToLoc:()=>Hq,inferDtype:()=>Yi,inferFromImplicitShape:()=>Vq,isBoolean:()=>fk,isFunction:()=>ho,isInt:()=>ka,isNumber:()=>dk,isPromise:()=>Gc,isScalarShape:()=>Mq,isString:()=>Ln,isTypedArray:()=>Dt,isValidDtype:()=>zw,locToIndex:()=>zq,makeOnesTypedArray:()=>Lp,makeZerosNestedTypedArray:()=>Gq,makeZerosTypedArray:()=>Cl,nearestDivisor:()=>Il,nearestLargerEven:()=>Aq,now:()=>du,parseAxisParam:()=>Xi,randUniform:()=>Dq,repeatedTry:()=>Lq,rightPad:()=>Uc,shuffle:()=>mk,shuffleCombo:()=>$q,sizeFromShape:()=>We,sizeToSquarishShape:()=>Oq,squeezeShape:()=>Ww,sum:()=>Rq,swap:()=>Uf,tanh:()=>Pq,toNestedArray:()=>Wc,toTypedArray:()=>Al});function d6(r,e){return e==="string"?sc(r):Al([r],e)}function h6(r,e){return r instanceof Float32Array&&e==="float32"||r instanceof Int32Array&&e==="int32"||r instanceof Uint8Array&&e==="bool"}function Al(r,e){if(e==="string")throw new Error("Cannot convert a string[] to a TypedArray");if(Array.isArray(r)&&(r=Yn(r)),P().getBool("DEBUG")&&Gw(r,e),h6(r,e))return r;if(e==null||e==="float32"||e==="complex64")return new Float32Array(r);if(e==="int32")return new Int32Array(r);if(e==="bool"){let t=new Uint8Array(r.length);for(let n=0;n<t.length;++n)Math.round(r[n])!==0&&(t[n]=1);return t}else throw new Error(`Unknown data type ${e}`)}function du(){return P().platform.now()}function g6(r,e){return P().platform.fetch(r,e)}function sc(r,e="utf-8"){return e=e||"utf-8",P().platform.encode(r,e)}function Rl(r,e="utf-8"){return e=e||"utf-8",P().platform.decode(r,e)}function Dt(r){return P().platform.isTypedArray!=null?P().platform.isTypedArray(r):Xf(r)}function Yn(r,e=[],t=!1){if(e==null&&(e=[]),typeof r=="boolean"||typeof r=="number"||typeof r=="string"||Gc(r)||r==null||Dt(r)&&t)e.push(r);else if(Array.isArray(r)||Dt(r))for(let n=0;n<r.length;++n)Yn(r[n],e,t);else{let n=-1;for(let o of Object.keys(r))/^([1-9]+[0-9]*|0)$/.test(o)&&(n=Math.max(n,Number(o)));for(let o=0;o<=n;o++)Yn(r[o],e,t)}return e}var Z=I(()=>{ar();Yw();Zt();Zt();Dk();});function x6(r,e,t){if(e!=="float32")return!1;for(let n=0;n<r.length;n++){let o=r[n];if(isNaN(o)||!isFinite(o))return console.warn(`Found ${o} in the result of '${t}'`),!0}return!1}var Zf,t0,Fk=I(()=>{ar();Z();Zf=class{constructor(e,t){this.backendTimer=e,this.logger=t,t==null&&(this.logger=new t0)}profileKernel(e,t,n){let o,s=()=>{o=n()},a,c=du();if(this.backendTimer.timerAvailable())a=this.backendTimer.time(s);else{s();for(let i of o)i.dataSync();a=Promise.resolve({kernelMs:du()-c})}if(P().getBool("CHECK_COMPUTATION_FOR_ERRORS"))for(let i=0;i<o.length;i++){let l=o[i];l.data().then(p=>{x6(p,l.dtype,e)})}return{kernelName:e,outputs:o,inputs:t,timeMs:a.then(i=>i.kernelMs),extraInfo:a.then(i=>i.getExtraProfileInfo!=null?i.getExtraProfileInfo():"")}}logKernelProfile(e){let{kernelName:t,outputs:n,timeMs:o,inputs:s,extraInfo:a}=e;n.forEach(c=>{Promise.all([c.data(),o,a]).then(u=>{this.logger.logKernelProfile(t,c,u[0],u[1],s,u[2])})})}};t0=class{logKernelProfile(e,t,n,o,s,a){let c=typeof o=="number"?Uc(`${o}ms`,9):o.error,u=Uc(e,25),i=t.rank,l=t.size,p=Uc(t.shape.toString(),14),m="";for(let f in s){let d=s[f];if(d!=null){let h=d.shape||t.shape,g=h.length;m+=`${f}: ${g}D ${g>0?h:""} `}}console.log(`%c${u}	%c${c}	%c${i}D ${p}	%c${l}	%c${m}	%c${a}`,"font-weight:bold","color:red","color:blue","color: orange","color: green","color: steelblue")}}});function Mk(r,e,t){let n={},o={};for(let u=0;u<e.length;u++)n[e[u].id]=!0;for(let u=0;u<r.length;u++){let i=r[u],l=i.inputs;for(let p in l){let m=l[p],f=!1;for(let d=0;d<e.length;d++)if(n[m.id]){i.outputs.forEach(h=>n[h.id]=!0),f=!0,o[i.id]=!0;break}if(f)break}}let s={};s[t.id]=!0;let a={};for(let u=r.length-1;u>=0;u--){let i=r[u],l=i.inputs;for(let p=0;p<i.outputs.length;p++)if(s[i.outputs[p].id]){for(let m in l)s[l[m].id]=!0,a[i.id]=!0;break}}let c=[];for(let u=0;u<r.length;u++){let i=r[u];if(o[i.id]&&a[i.id]){let l={};for(let m in i.inputs){let f=i.inputs[m];n[f.id]&&(l[m]=f)}let p=Object.assign({},i);p.inputs=l,p.outputs=i.outputs,c.push(p)}}return c}function Pk(r,e,t,n){for(let o=e.length-1;o>=0;o--){let s=e[o],a=[];if(s.outputs.forEach(u=>{let i=r[u.id];i!=null?a.push(i):a.push(null)}),s.gradient==null)throw new Error(`Cannot compute gradient: gradient function not found for ${s.kernelName}.`);let c=s.gradient(a);for(let u in s.inputs){if(!(u in c))throw new Error(`Cannot backprop through input ${u}. Available gradients found: ${Object.keys(c)}.`);let i=t(()=>c[u]());if(i.dtype!=="float32")throw new Error(`Error in gradient for op ${s.kernelName}. The gradient of input ${u} must have 'float32' dtype, but has '${i.dtype}'`);let l=s.inputs[u];if(!$r(i.shape,l.shape))throw new Error(`Error in gradient for op ${s.kernelName}. The gradient of input '${u}' has shape '${i.shape}', which does not match the shape of the input '${l.shape}'`);if(r[l.id]==null)r[l.id]=i;else{let p=r[l.id];r[l.id]=n(p,i),p.dispose()}}}}var Ok=I(()=>{Z();});function Lk(r,e,t,n){let o=go(e),s=b6(r,e,t,o),a=e.length,c=Qf(r,e,t,o,s),u=["Tensor"];return n&&(u.push(`  dtype: ${t}`),u.push(`  rank: ${a}`),u.push(`  shape: [${e}]`),u.push("  values:")),u.push(c.map(i=>"    "+i).join(`
`)),u.join(`
`)}function b6(r,e,t,n){let o=We(e),s=n[n.length-1],a=new Array(s).fill(0),c=e.length,u=t==="complex64"?Kp(r):r;if(c>1)for(let i=0;i<o/s;i++){let l=i*s;for(let p=0;p<s;p++)a[p]=Math.max(a[p],Hp(u[l+p],0,t).length)}return a}function Hp(r,e,t){let n;return Array.isArray(r)?n=`${parseFloat(r[0].toFixed(r0))} + ${parseFloat(r[1].toFixed(r0))}j`:Ln(r)?n=`'${r}'`:t==="bool"?n=Vk(r):n=parseFloat(r.toFixed(r0)).toString(),Uc(n,e)}function Vk(r){return r===0?"false":"true"}function Qf(r,e,t,n,o,s=!0){let a=t==="complex64"?2:1,c=e[0],u=e.length;if(u===0){if(t==="complex64"){let h=Kp(r);return[Hp(h[0],0,t)]}return t==="bool"?[Vk(r[0])]:[r[0].toString()]}if(u===1){if(c>Bk){let g=zp*a,x=Array.from(r.slice(0,g)),y=Array.from(r.slice((c-zp)*a,c*a));return t==="complex64"&&(x=Kp(x),y=Kp(y)),["["+x.map((w,C)=>Hp(w,o[C],t)).join(", ")+", ..., "+y.map((w,C)=>Hp(w,o[c-zp+C],t)).join(", ")+"]"]}return["["+(t==="complex64"?Kp(r):Array.from(r)).map((g,x)=>Hp(g,o[x],t)).join(", ")+"]"]}let i=e.slice(1),l=n.slice(1),p=n[0]*a,m=[];if(c>Bk){for(let h=0;h<zp;h++){let g=h*p,x=g+p;m.push(...Qf(r.slice(g,x),i,t,l,o,!1))}m.push("...");for(let h=c-zp;h<c;h++){let g=h*p,x=g+p;m.push(...Qf(r.slice(g,x),i,t,l,o,h===c-1))}}else for(let h=0;h<c;h++){let g=h*p,x=g+p;m.push(...Qf(r.slice(g,x),i,t,l,o,h===c-1))}let f=u===2?",":"";m[0]="["+(c>0?m[0]+f:"");for(let h=1;h<m.length-1;h++)m[h]=" "+m[h]+f;let d=`,
`;for(let h=2;h<u;h++)d+=`
`;return m[m.length-1]=" "+m[m.length-1]+"]"+(s?"":d),m}function Kp(r){let e=[];for(let t=0;t<r.length;t+=2)e.push([r[t],r[t+1]]);return e}var Bk,zp,r0,Wk=I(()=>{Z();Bk=20,zp=3,r0=7});function Uk(r){Jn=r}function Gk(r){Dl=r}function zk(r){y6=r}function n0(){return Vp("Tensor",()=>pt)}var Je,Jn,Dl,y6,pt,Js,pn=I(()=>{Hf();Wk();Z();Z();Je=class{constructor(e,t,n){if(this.dtype=t,this.shape=e.slice(),this.size=We(e),n!=null){let o=n.length;E(o===this.size,()=>`Length of values '${o}' does not match the size inferred by the shape '${this.size}'.`)}if(t==="complex64")throw new Error("complex64 dtype TensorBuffers are not supported. Please create a TensorBuffer for the real and imaginary parts separately and call tf.complex(real, imag).");this.values=n||Gf(t,this.size),this.strides=go(e)}set(e,...t){t.length===0&&(t=[0]),E(t.length===this.rank,()=>`The number of provided coordinates (${t.length}) must match the rank (${this.rank})`);let n=this.locToIndex(t);this.values[n]=e}get(...e){e.length===0&&(e=[0]);let t=0;for(let o of e){if(o<0||o>=this.shape[t]){let s=`Requested out of range element at ${e}.   Buffer shape=${this.shape}`;throw new Error(s)}t++}let n=e[e.length-1];for(let o=0;o<e.length-1;++o)n+=this.strides[o]*e[o];return this.values[n]}locToIndex(e){if(this.rank===0)return 0;if(this.rank===1)return e[0];let t=e[e.length-1];for(let n=0;n<e.length-1;++n)t+=this.strides[n]*e[n];return t}indexToLoc(e){if(this.rank===0)return[];if(this.rank===1)return[e];let t=new Array(this.shape.length);for(let n=0;n<t.length-1;++n)t[n]=Math.floor(e/this.strides[n]),e-=t[n]*this.strides[n];return t[t.length-1]=e,t}get rank(){return this.shape.length}toTensor(){return Jn().makeTensor(this.values,this.shape,this.dtype)}},Jn=null,Dl=null,y6=null;pt=class{constructor(e,t,n,o){this.kept=!1,this.isDisposedInternal=!1,this.shape=e.slice(),this.dtype=t||"float32",this.size=We(e),this.strides=go(e),this.dataId=n,this.id=o,this.rankType=this.rank<5?this.rank.toString():"higher"}get rank(){return this.shape.length}async buffer(){let e=await this.data();return Dl.buffer(this.shape,this.dtype,e)}bufferSync(){return Dl.buffer(this.shape,this.dtype,this.dataSync())}async array(){let e=await this.data();return Wc(this.shape,e,this.dtype==="complex64")}arraySync(){return Wc(this.shape,this.dataSync(),this.dtype==="complex64")}async data(){this.throwIfDisposed();let e=Jn().read(this.dataId);if(this.dtype==="string"){let t=await e;try{return t.map(n=>Rl(n))}catch{throw new Error("Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().")}}return e}dataToGPU(e){return this.throwIfDisposed(),Jn().readToGPU(this.dataId,e)}dataSync(){this.throwIfDisposed();let e=Jn().readSync(this.dataId);if(this.dtype==="string")try{return e.map(t=>Rl(t))}catch{throw new Error("Failed to decode the string bytes into utf-8. To get the original bytes, call tensor.bytes().")}return e}async bytes(){this.throwIfDisposed();let e=await Jn().read(this.dataId);return this.dtype==="string"?e:new Uint8Array(e.buffer)}dispose(){this.isDisposed||(this.kerasMask&&this.kerasMask.dispose(),Jn().disposeTensor(this),this.isDisposedInternal=!0)}get isDisposed(){return this.isDisposedInternal}throwIfDisposed(){if(this.isDisposed)throw new Error("Tensor is disposed.")}print(e=!1){return Dl.print(this,e)}clone(){return this.throwIfDisposed(),Dl.clone(this)}toString(e=!1){let t=this.dataSync();return Lk(t,this.shape,this.dtype,e)}cast(e){return this.throwIfDisposed(),Dl.cast(this,e)}variable(e=!0,t,n){return this.throwIfDisposed(),Jn().makeVariable(this,e,t,n)}};Object.defineProperty(pt,Symbol.hasInstance,{value:r=>!!r&&r.data!=null&&r.dataSync!=null&&r.throwIfDisposed!=null});n0();Js=class extends pt{constructor(e,t,n,o){super(e.shape,e.dtype,e.dataId,o),this.trainable=t,this.name=n}assign(e){if(e.dtype!==this.dtype)throw new Error(`dtype of the new value (${e.dtype}) and previous value (${this.dtype}) must match`);if(!$r(e.shape,this.shape))throw new Error(`shape of the new value (${e.shape}) and previous value (${this.shape}) must match`);Jn().disposeTensor(this),this.dataId=e.dataId,Jn().incRef(this,null)}dispose(){Jn().disposeVariable(this),this.isDisposedInternal=!0}};Object.defineProperty(Js,Symbol.hasInstance,{value:r=>r instanceof pt&&r.assign!=null&&r.assign instanceof Function})});function Ft(r,e){if(r==="string"||e==="string"){if(r==="string"&&e==="string")return"string";throw new Error(`Can not upcast ${r} with ${e}`)}return w6[r][e]}function ac(r){return Ft(r,"int32")}function td(r){return r!=null&&typeof r=="object"&&"texture"in r&&r.texture instanceof WebGLTexture}function rd(r){return typeof GPUBuffer<"u"&&r!=null&&typeof r=="object"&&"buffer"in r&&r.buffer instanceof GPUBuffer}var ed,o0,s0,a0,i0,w6,Fl=I(()=>{(function(r){r.R0="R0",r.R1="R1",r.R2="R2",r.R3="R3",r.R4="R4",r.R5="R5",r.R6="R6"})(ed||(ed={}));(function(r){r.float32="float32",r.int32="int32",r.bool="int32",r.complex64="complex64"})(o0||(o0={}));(function(r){r.float32="float32",r.int32="int32",r.bool="bool",r.complex64="complex64"})(s0||(s0={}));(function(r){r.float32="float32",r.int32="float32",r.bool="float32",r.complex64="complex64"})(a0||(a0={}));(function(r){r.float32="complex64",r.int32="complex64",r.bool="complex64",r.complex64="complex64"})(i0||(i0={}));w6={float32:a0,int32:o0,bool:s0,complex64:i0}});var u0={};sr(u0,{assertTypesMatch:()=>c0,getTensorsInContainer:()=>qp,isTensorInList:()=>v6,makeTypesMatch:()=>Me});function Me(r,e){if(r.dtype===e.dtype)return[r,e];let t=Ft(r.dtype,e.dtype);return[r.cast(t),e.cast(t)]}function c0(r,e){E(r.dtype===e.dtype,()=>`The dtypes of the first(${r.dtype}) and second(${e.dtype}) input must match`)}function v6(r,e){return e.some(t=>t.id===r.id)}function qp(r){let e=[];return Hk(r,e,new Set),e}function Hk(r,e,t){if(r==null)return;if(r instanceof pt){e.push(r);return}if(!I6(r))return;let n=r;for(let o in n){let s=n[o];t.has(s)||(t.add(s),Hk(s,e,t))}}function I6(r){return Array.isArray(r)||typeof r=="object"}var wt=I(()=>{pn();Fl();Z();});function l0(r){return r.kernelName!=null}function C6(r){let e=Lp(We(r),"float32");return N.makeTensor(e,r,"float32")}function p0(){let r=qw();if(r._tfengine==null){let e=new Sl(r);r._tfengine=new jp(e)}return xk(r._tfengine.ENV),Uk(()=>r._tfengine),r._tfengine}function S6(r,e){let t={a:r,b:e};return N.runKernel("Add",t)}var nd,jp,N,G=I(()=>{Lw();ar();Hf();J();jf();Kf();Fk();Ok();pn();wt();Z();Z();nd=class{constructor(){this.registeredVariables={},this.nextTapeNodeId=0,this.numBytes=0,this.numTensors=0,this.numStringTensors=0,this.numDataBuffers=0,this.gradientDepth=0,this.kernelDepth=0,this.scopeStack=[],this.numDataMovesStack=[],this.nextScopeId=0,this.tensorInfo=new WeakMap,this.profiling=!1,this.activeProfile={newBytes:0,newTensors:0,peakBytes:0,kernels:[],result:null,get kernelNames(){return Array.from(new Set(this.kernels.map(e=>e.name)))}}}dispose(){for(let e in this.registeredVariables)this.registeredVariables[e].dispose()}},jp=class r{constructor(e){this.ENV=e,this.registry={},this.registryFactory={},this.pendingBackendInitId=0,this.state=new nd}async ready(){if(this.pendingBackendInit!=null)return this.pendingBackendInit.then(()=>{});if(this.backendInstance!=null)return;let e=this.getSortedBackends();for(let t=0;t<e.length;t++){let n=e[t];if(await this.initializeBackend(n).success){await this.setBackend(n);return}}throw new Error("Could not initialize any backends, all backend initializations failed.")}get backend(){if(this.pendingBackendInit!=null)throw new Error(`Backend '${this.backendName}' has not yet been initialized. Make sure to await tf.ready() or await tf.setBackend() before calling other methods`);if(this.backendInstance==null){let{name:e,asyncInit:t}=this.initializeBackendsAndReturnBest();if(t)throw new Error(`The highest priority backend '${e}' has not yet been initialized. Make sure to await tf.ready() or await tf.setBackend() before calling other methods`);this.setBackend(e)}return this.backendInstance}backendNames(){return Object.keys(this.registryFactory)}findBackend(e){if(!(e in this.registry))if(e in this.registryFactory){let{asyncInit:t}=this.initializeBackend(e);if(t)return null}else return null;return this.registry[e]}findBackendFactory(e){return e in this.registryFactory?this.registryFactory[e].factory:null}registerBackend(e,t,n=1){return e in this.registryFactory?(Xs(`${e} backend was already registered. Reusing existing backend factory.`),!1):(this.registryFactory[e]={factory:t,priority:n},!0)}async setBackend(e){if(this.registryFactory[e]==null)throw new Error(`Backend name '${e}' not found in registry`);if(this.backendName=e,this.registry[e]==null){this.backendInstance=null;let{success:t,asyncInit:n}=this.initializeBackend(e);if(!(n?await t:t))return!1}return this.backendInstance=this.registry[e],this.setupRegisteredKernels(),this.profiler=new Zf(this.backendInstance),!0}setupRegisteredKernels(){Up(this.backendName).forEach(t=>{t.setupFunc!=null&&t.setupFunc(this.backendInstance)})}disposeRegisteredKernels(e){Up(e).forEach(n=>{n.disposeFunc!=null&&n.disposeFunc(this.registry[e])})}initializeBackend(e){let t=this.registryFactory[e];if(t==null)throw new Error(`Cannot initialize backend ${e}, no registration found.`);try{let n=t.factory();if(n&&!(n instanceof yn)&&typeof n.then=="function"){let o=++this.pendingBackendInitId,s=n.then(a=>o<this.pendingBackendInitId?!1:(this.registry[e]=a,this.pendingBackendInit=null,!0)).catch(a=>(o<this.pendingBackendInitId||(this.pendingBackendInit=null,Xs(`Initialization of backend ${e} failed`),Xs(a.stack||a.message)),!1));return this.pendingBackendInit=s,{success:s,asyncInit:!0}}else return this.registry[e]=n,{success:!0,asyncInit:!1}}catch(n){return Xs(`Initialization of backend ${e} failed`),Xs(n.stack||n.message),{success:!1,asyncInit:!1}}}removeBackend(e){if(!(e in this.registryFactory))throw new Error(`${e} backend not found in registry`);this.backendName===e&&this.pendingBackendInit!=null&&this.pendingBackendInitId++,e in this.registry&&(this.disposeRegisteredKernels(e),this.registry[e].dispose(),delete this.registry[e]),delete this.registryFactory[e],this.backendName===e&&(this.pendingBackendInit=null,this.backendName=null,this.backendInstance=null)}getSortedBackends(){if(Object.keys(this.registryFactory).length===0)throw new Error("No backend found in registry.");return Object.keys(this.registryFactory).sort((e,t)=>this.registryFactory[t].priority-this.registryFactory[e].priority)}initializeBackendsAndReturnBest(){let e=this.getSortedBackends();for(let t=0;t<e.length;t++){let n=e[t],{success:o,asyncInit:s}=this.initializeBackend(n);if(s||o)return{name:n,asyncInit:s}}throw new Error("Could not initialize any backends, all backend initializations failed.")}moveData(e,t){let n=this.state.tensorInfo.get(t),o=n.backend,s=this.readSync(t),a=o.refCount(t);o.disposeData(t,!0),n.backend=e,e.move(t,s,n.shape,n.dtype,a),this.shouldCheckForMemLeaks()&&this.state.numDataMovesStack[this.state.numDataMovesStack.length-1]++}tidy(e,t){let n=null;if(t==null){if(typeof e!="function")throw new Error("Please provide a function to tidy()");t=e}else{if(typeof e!="string"&&!(e instanceof String))throw new Error("When calling with two arguments, the first argument to tidy() must be a string");if(typeof t!="function")throw new Error("When calling with two arguments, the 2nd argument to tidy() must be a function");n=e}let o;return this.scopedRun(()=>this.startScope(n),()=>this.endScope(o),()=>(o=t(),o instanceof Promise&&console.error("Cannot return a Promise inside of tidy."),o))}scopedRun(e,t,n){e();try{let o=n();return t(),o}catch(o){throw t(),o}}nextTensorId(){return r.nextTensorId++}nextVariableId(){return r.nextVariableId++}clone(e){let t=N.runKernel(Gn,{x:e}),n={x:e},o=a=>({x:()=>{let c="float32",u={x:a},i={dtype:c};return N.runKernel(Wn,u,i)}}),s=[];return this.addTapeNode(this.state.activeScope.name,n,[t],o,s,{}),t}runKernel(e,t,n){if(this.backendName==null&&this.backend,!(Ys(e,this.backendName)!=null))throw new Error(`Kernel '${e}' not registered for backend '${this.backendName}'`);return this.runKernelFunc({kernelName:e,inputs:t,attrs:n})}shouldCheckForMemLeaks(){return this.ENV.getBool("IS_TEST")}checkKernelForMemLeak(e,t,n){let o=this.backend.numDataIds(),s=0;n.forEach(u=>{s+=u.dtype==="complex64"?3:1});let a=this.state.numDataMovesStack[this.state.numDataMovesStack.length-1],c=o-t-s-a;if(c>0)throw new Error(`Backend '${this.backendName}' has an internal memory leak (${c} data ids) after running '${e}'`)}runKernelFunc(e){let t,n=[],o=this.isTapeOn(),s=this.state.numBytes,a=this.state.numTensors;this.shouldCheckForMemLeaks()&&this.state.numDataMovesStack.push(0);let c;this.backendName==null&&this.backend;let u,i=l0(e)?e.kernelName:this.state.activeScope!=null?this.state.activeScope.name:"";if(l0(e)){let{kernelName:d,inputs:h,attrs:g}=e;this.backendName==null&&this.backend;let x=Ys(d,this.backendName);E(x!=null,()=>`Cannot find registered kernel '${d}' for backend '${this.backendName}'`),c=()=>{let y=this.backend.numDataIds();u=x.kernelFunc({inputs:h,attrs:g,backend:this.backend});let w=Array.isArray(u)?u:[u];this.shouldCheckForMemLeaks()&&this.checkKernelForMemLeak(d,y,w);let C=w.map(T=>T.rank!=null?T:this.makeTensorFromTensorInfo(T));if(o){let T=this.getTensorsForGradient(d,h,C);n=this.saveTensorsForBackwardMode(T)}return C}}else{let{forwardFunc:d}=e,h=g=>{o&&(n=g.map(x=>this.keep(this.clone(x))))};c=()=>{let g=this.backend.numDataIds();u=this.tidy(()=>d(this.backend,h));let x=Array.isArray(u)?u:[u];return this.shouldCheckForMemLeaks()&&this.checkKernelForMemLeak(i,g,x),x}}let{inputs:l,attrs:p}=e,m=l0(e)?null:e.backwardsFunc,f;return this.scopedRun(()=>this.state.kernelDepth++,()=>this.state.kernelDepth--,()=>{!this.ENV.getBool("DEBUG")&&!this.state.profiling?t=c():(f=this.profiler.profileKernel(i,l,()=>c()),this.ENV.getBool("DEBUG")&&this.profiler.logKernelProfile(f),t=f.outputs)}),o&&this.addTapeNode(i,l,t,m,n,p),this.state.profiling&&this.state.activeProfile.kernels.push({name:i,bytesAdded:this.state.numBytes-s,totalBytesSnapshot:this.state.numBytes,tensorsAdded:this.state.numTensors-a,totalTensorsSnapshot:this.state.numTensors,inputShapes:Object.keys(l).map(d=>l[d]!=null?l[d].shape:null),outputShapes:t.map(d=>d.shape),kernelTimeMs:f.timeMs,extraInfo:f.extraInfo}),Array.isArray(u)?t:t[0]}saveTensorsForBackwardMode(e){return e.map(n=>this.keep(this.clone(n)))}getTensorsForGradient(e,t,n){let o=qf(e);if(o!=null){let s=o.inputsToSave||[],a=o.outputsToSave||[],c;o.saveAllInputs?(E(Array.isArray(t),()=>"saveAllInputs is true, expected inputs to be an array."),c=Object.keys(t).map(i=>t[i])):c=s.map(i=>t[i]);let u=n.filter((i,l)=>a[l]);return c.concat(u)}return[]}makeTensor(e,t,n,o){if(e==null)throw new Error("Values passed to engine.makeTensor() are null");n=n||"float32",o=o||this.backend;let s=e;n==="string"&&Ln(e[0])&&(s=e.map(u=>sc(u)));let a=o.write(s,t,n),c=new pt(t,n,a,this.nextTensorId());if(this.trackTensor(c,o),n==="string"){let u=this.state.tensorInfo.get(a),i=Hw(s);this.state.numBytes+=i-u.bytes,u.bytes=i}return c}makeTensorFromDataId(e,t,n,o){n=n||"float32";let s={dataId:e,shape:t,dtype:n};return this.makeTensorFromTensorInfo(s,o)}makeTensorFromTensorInfo(e,t){let{dataId:n,shape:o,dtype:s}=e,a=new pt(o,s,n,this.nextTensorId());return this.trackTensor(a,t),a}makeVariable(e,t=!0,n,o){n=n||this.nextVariableId().toString(),o!=null&&o!==e.dtype&&(e=e.cast(o));let s=new Js(e,t,n,this.nextTensorId());if(this.state.registeredVariables[s.name]!=null)throw new Error(`Variable with name ${s.name} was already registered`);return this.state.registeredVariables[s.name]=s,this.incRef(s,this.backend),s}trackTensor(e,t){this.state.numTensors++,e.dtype==="string"&&this.state.numStringTensors++;let n=0;e.dtype!=="complex64"&&e.dtype!=="string"&&(n=e.size*vl(e.dtype)),this.state.numBytes+=n,this.state.tensorInfo.has(e.dataId)||(this.state.numDataBuffers++,this.state.tensorInfo.set(e.dataId,{backend:t||this.backend,dtype:e.dtype,shape:e.shape,bytes:n})),e instanceof Js||this.track(e)}incRef(e,t){this.trackTensor(e,t),this.backend.incRef(e.dataId)}removeDataId(e,t){this.state.tensorInfo.has(e)&&this.state.tensorInfo.get(e).backend===t&&(this.state.tensorInfo.delete(e),this.state.numDataBuffers--)}disposeTensor(e){if(!this.state.tensorInfo.has(e.dataId))return;let t=this.state.tensorInfo.get(e.dataId);if(this.state.numTensors--,e.dtype==="string"&&(this.state.numStringTensors--,this.state.numBytes-=t.bytes),e.dtype!=="complex64"&&e.dtype!=="string"){let n=e.size*vl(e.dtype);this.state.numBytes-=n}t.backend.disposeData(e.dataId)&&this.removeDataId(e.dataId,t.backend)}disposeVariables(){for(let e in this.state.registeredVariables){let t=this.state.registeredVariables[e];this.disposeVariable(t)}}disposeVariable(e){this.disposeTensor(e),this.state.registeredVariables[e.name]!=null&&delete this.state.registeredVariables[e.name]}memory(){let e=this.backend.memory();return e.numTensors=this.state.numTensors,e.numDataBuffers=this.state.numDataBuffers,e.numBytes=this.state.numBytes,this.state.numStringTensors>0&&(e.unreliable=!0,e.reasons==null&&(e.reasons=[]),e.reasons.push("Memory usage by string tensors is approximate (2 bytes per character)")),e}async profile(e){this.state.profiling=!0;let t=this.state.numBytes,n=this.state.numTensors;this.state.activeProfile.kernels=[],this.state.activeProfile.result=await e(),this.state.profiling=!1,this.state.activeProfile.peakBytes=Math.max(...this.state.activeProfile.kernels.map(o=>o.totalBytesSnapshot)),this.state.activeProfile.newBytes=this.state.numBytes-t,this.state.activeProfile.newTensors=this.state.numTensors-n;for(let o of this.state.activeProfile.kernels)o.kernelTimeMs=await o.kernelTimeMs,o.extraInfo=await o.extraInfo;return this.state.activeProfile}isTapeOn(){return this.state.gradientDepth>0&&this.state.kernelDepth===0}addTapeNode(e,t,n,o,s,a){let c={id:this.state.nextTapeNodeId++,kernelName:e,inputs:t,outputs:n,saved:s},u=qf(e);u!=null&&(o=u.gradFunc),o!=null&&(c.gradient=i=>(i=i.map((l,p)=>{if(l==null){let m=n[p],f=Cl(m.size,m.dtype);return this.makeTensor(f,m.shape,m.dtype)}return l}),o(i.length>1?i:i[0],s,a))),this.state.activeTape.push(c)}keep(e){return e.kept=!0,e}startTape(){this.state.gradientDepth===0&&(this.state.activeTape=[]),this.state.gradientDepth++}endTape(){this.state.gradientDepth--}startScope(e){let t={track:[],name:"unnamed scope",id:this.state.nextScopeId++};e&&(t.name=e),this.state.scopeStack.push(t),this.state.activeScope=t}endScope(e){let t=qp(e),n=new Set(t.map(s=>s.id));for(let s=0;s<this.state.activeScope.track.length;s++){let a=this.state.activeScope.track[s];!a.kept&&!n.has(a.id)&&a.dispose()}let o=this.state.scopeStack.pop();this.state.activeScope=this.state.scopeStack.length===0?null:this.state.scopeStack[this.state.scopeStack.length-1],t.forEach(s=>{!s.kept&&s.scopeId===o.id&&this.track(s)})}gradients(e,t,n,o=!1){if(E(t.length>0,()=>"gradients() received an empty list of xs."),n!=null&&n.dtype!=="float32")throw new Error(`dy must have 'float32' dtype, but has '${n.dtype}'`);let s=this.scopedRun(()=>this.startTape(),()=>this.endTape(),()=>this.tidy("forward",e));E(s instanceof pt,()=>"The result y returned by f() must be a tensor.");let a=Mk(this.state.activeTape,t,s);if(!o&&a.length===0&&t.length>0)throw new Error("Cannot compute gradient of y=f(x) with respect to x. Make sure that the f you passed encloses all operations that lead from x to y.");return this.tidy("backward",()=>{let c={};c[s.id]=n??C6(s.shape),Pk(c,a,i=>this.tidy(i),S6);let u=t.map(i=>c[i.id]);return this.state.gradientDepth===0&&(this.state.activeTape.forEach(i=>{for(let l of i.saved)l.dispose()}),this.state.activeTape=null),{value:s,grads:u}})}customGrad(e){return E(ho(e),()=>"The f passed in customGrad(f) must be a function."),(...t)=>{E(t.every(c=>c instanceof pt),()=>"The args passed in customGrad(f)(x1, x2,...) must all be tensors");let n,o={};t.forEach((c,u)=>{o[u]=c});let s=(c,u)=>(n=e(...t,u),E(n.value instanceof pt,()=>"The function f passed in customGrad(f) must return an object where `obj.value` is a tensor"),E(ho(n.gradFunc),()=>"The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function."),n.value),a=(c,u)=>{let i=n.gradFunc(c,u),l=Array.isArray(i)?i:[i];E(l.length===t.length,()=>"The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns the same number of tensors as inputs passed to f(...)."),E(l.every(m=>m instanceof pt),()=>"The function f passed in customGrad(f) must return an object where `obj.gradFunc` is a function that returns a list of only tensors.");let p={};return l.forEach((m,f)=>{p[f]=()=>m}),p};return this.runKernelFunc({forwardFunc:s,backwardsFunc:a,inputs:o})}}readSync(e){return this.state.tensorInfo.get(e).backend.readSync(e)}read(e){return this.state.tensorInfo.get(e).backend.read(e)}readToGPU(e,t){return this.state.tensorInfo.get(e).backend.readToGPU(e,t)}async time(e){let t=du(),n=await this.backend.time(e);return n.wallMs=du()-t,n}track(e){return this.state.activeScope!=null&&(e.scopeId=this.state.activeScope.id,this.state.activeScope.track.push(e)),e}get registeredVariables(){return this.state.registeredVariables}reset(){this.pendingBackendInitId++,this.state.dispose(),this.ENV.reset(),this.state=new nd;for(let e in this.registry)this.disposeRegisteredKernels(e),this.registry[e].dispose(),delete this.registry[e];this.backendName=null,this.backendInstance=null,this.pendingBackendInit=null}};jp.nextTensorId=0;jp.nextVariableId=0;N=p0()});var yi={};sr(yi,{isBrowser:()=>f0,isMobile:()=>T6,mockIsMobile:()=>_6});function k6(){return typeof navigator<"u"&&navigator!=null}function _6(r){m0=r}function T6(r){if(m0!==void 0)return m0;if(r||k6()){if(r||(r=navigator),r.product==="ReactNative")return!0;let e=r.userAgent||r.vendor||(typeof window<"u"?window.opera:"");if(!e){let t=r;return t.userAgentData&&t.userAgentData.mobile}return/(android|bb\d+|meego).+mobile|avantgo|bada\/|blackberry|blazer|compal|elaine|fennec|hiptop|iemobile|ip(hone|od)|iris|kindle|lge |maemo|midp|mmp|mobile.+firefox|netfront|opera m(ob|in)i|palm( os)?|phone|p(ixi|re)\/|plucker|pocket|psp|series(4|6)0|symbian|treo|up\.(browser|link)|vodafone|wap|windows ce|xda|xiino/i.test(e)||/1207|6310|6590|3gso|4thp|50[1-6]i|770s|802s|a wa|abac|ac(er|oo|s\-)|ai(ko|rn)|al(av|ca|co)|amoi|an(ex|ny|yw)|aptu|ar(ch|go)|as(te|us)|attw|au(di|\-m|r |s )|avan|be(ck|ll|nq)|bi(lb|rd)|bl(ac|az)|br(e|v)w|bumb|bw\-(n|u)|c55\/|capi|ccwa|cdm\-|cell|chtm|cldc|cmd\-|co(mp|nd)|craw|da(it|ll|ng)|dbte|dc\-s|devi|dica|dmob|do(c|p)o|ds(12|\-d)|el(49|ai)|em(l2|ul)|er(ic|k0)|esl8|ez([4-7]0|os|wa|ze)|fetc|fly(\-|_)|g1 u|g560|gene|gf\-5|g\-mo|go(\.w|od)|gr(ad|un)|haie|hcit|hd\-(m|p|t)|hei\-|hi(pt|ta)|hp( i|ip)|hs\-c|ht(c(\-| |_|a|g|p|s|t)|tp)|hu(aw|tc)|i\-(20|go|ma)|i230|iac( |\-|\/)|ibro|idea|ig01|ikom|im1k|inno|ipaq|iris|ja(t|v)a|jbro|jemu|jigs|kddi|keji|kgt( |\/)|klon|kpt |kwc\-|kyo(c|k)|le(no|xi)|lg( g|\/(k|l|u)|50|54|\-[a-w])|libw|lynx|m1\-w|m3ga|m50\/|ma(te|ui|xo)|mc(01|21|ca)|m\-cr|me(rc|ri)|mi(o8|oa|ts)|mmef|mo(01|02|bi|de|do|t(\-| |o|v)|zz)|mt(50|p1|v )|mwbp|mywa|n10[0-2]|n20[2-3]|n30(0|2)|n50(0|2|5)|n7(0(0|1)|10)|ne((c|m)\-|on|tf|wf|wg|wt)|nok(6|i)|nzph|o2im|op(ti|wv)|oran|owg1|p800|pan(a|d|t)|pdxg|pg(13|\-([1-8]|c))|phil|pire|pl(ay|uc)|pn\-2|po(ck|rt|se)|prox|psio|pt\-g|qa\-a|qc(07|12|21|32|60|\-[2-7]|i\-)|qtek|r380|r600|raks|rim9|ro(ve|zo)|s55\/|sa(ge|ma|mm|ms|ny|va)|sc(01|h\-|oo|p\-)|sdk\/|se(c(\-|0|1)|47|mc|nd|ri)|sgh\-|shar|sie(\-|m)|sk\-0|sl(45|id)|sm(al|ar|b3|it|t5)|so(ft|ny)|sp(01|h\-|v\-|v )|sy(01|mb)|t2(18|50)|t6(00|10|18)|ta(gt|lk)|tcl\-|tdg\-|tel(i|m)|tim\-|t\-mo|to(pl|sh)|ts(70|m\-|m3|m5)|tx\-9|up(\.b|g1|si)|utst|v400|v750|veri|vi(rg|te)|vk(40|5[0-3]|\-v)|vm40|voda|vulc|vx(52|53|60|61|70|80|81|83|85|98)|w3c(\-| )|webc|whit|wi(g |nc|nw)|wmlb|wonu|x700|yas\-|your|zeto|zte\-/i.test(e.substr(0,4))}return!1}function f0(){return typeof window<"u"&&window.document!=null||typeof WorkerGlobalScope<"u"}var m0,d0=I(()=>{});var Fr,Ml=I(()=>{G();d0();ar();Fr=P();Fr.registerFlag("DEBUG",()=>!1,r=>{r&&console.warn("Debugging mode is ON. The output of every math call will be downloaded to CPU and checked for NaNs. This significantly impacts performance.")});Fr.registerFlag("IS_BROWSER",()=>f0());Fr.registerFlag("IS_NODE",()=>typeof process<"u"&&typeof process.versions<"u"&&typeof process.versions.node<"u");Fr.registerFlag("IS_CHROME",()=>typeof navigator<"u"&&navigator!=null&&navigator.userAgent!=null&&/Chrome/.test(navigator.userAgent)&&/Google Inc/.test(navigator.vendor));Fr.registerFlag("IS_SAFARI",()=>typeof navigator<"u"&&navigator!=null&&navigator.userAgent!=null&&/Safari/.test(navigator.userAgent)&&/Apple/.test(navigator.vendor));Fr.registerFlag("PROD",()=>!1);Fr.registerFlag("TENSORLIKE_CHECK_SHAPE_CONSISTENCY",()=>Fr.getBool("DEBUG"));Fr.registerFlag("DEPRECATION_WARNINGS_ENABLED",()=>!0);Fr.registerFlag("IS_TEST",()=>!1);Fr.registerFlag("CHECK_COMPUTATION_FOR_ERRORS",()=>Fr.getBool("DEBUG"));Fr.registerFlag("WRAP_TO_IMAGEBITMAP",()=>!1);Fr.registerFlag("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU",()=>!1);Fr.registerFlag("USE_SETTIMEOUTCUSTOM",()=>!1)});function hr(r,e){let t=r;if(Dt(r))return e==="string"?[]:[r.length];if(td(r)){let o=r.channels||"RGBA";return[r.height,r.width*o.length]}else if(rd(r))return[r.buffer.size/(e==null?4:vl(e))];if(!Array.isArray(r))return[];let n=[];for(;Array.isArray(t)||Dt(t)&&e!=="string";)n.push(t.length),t=t[0];return Array.isArray(r)&&P().getBool("TENSORLIKE_CHECK_SHAPE_CONSISTENCY")&&qk(r,n,[]),n}function qk(r,e,t){if(t=t||[],!Array.isArray(r)&&!Dt(r)){E(e.length===0,()=>`Element arr[${t.join("][")}] is a primitive, but should be an array/TypedArray of ${e[0]} elements`);return}E(e.length>0,()=>`Element arr[${t.join("][")}] should be a primitive, but is an array of ${r.length} elements`),E(r.length===e[0],()=>`Element arr[${t.join("][")}] should have ${e[0]} elements, but has ${r.length} elements`);let n=e.slice(1);for(let o=0;o<r.length;++o)qk(r[o],n,t.concat(o))}function Kk(r,e,t,n){if(r!=="string_or_numeric"){if(r==null)throw new Error("Expected dtype cannot be null.");if(r!=="numeric"&&r!==e||r==="numeric"&&e==="string")throw new Error(`Argument '${t}' passed to '${n}' must be ${r} tensor, but got ${e} tensor`)}}function k(r,e,t,n="numeric"){if(r instanceof n0())return Kk(n,r.dtype,e,t),r;let o=Yi(r);if(o!=="string"&&["bool","int32","float32"].indexOf(n)>=0&&(o=n),Kk(n,o,e,t),r==null||!Dt(r)&&!Array.isArray(r)&&typeof r!="number"&&typeof r!="boolean"&&typeof r!="string"){let u=r==null?"null":r.constructor.name;throw new Error(`Argument '${e}' passed to '${t}' must be a Tensor or TensorLike, but got '${u}'`)}let s=hr(r,o);!Dt(r)&&!Array.isArray(r)&&(r=[r]);let c=o!=="string"?Al(r,o):Yn(r,[],!0);return N.makeTensor(c,s,o)}function wi(r,e,t,n="numeric"){if(!Array.isArray(r))throw new Error(`Argument ${e} passed to ${t} must be a \`Tensor[]\` or \`TensorLike[]\``);return r.map((s,a)=>k(s,`${e}[${a}]`,t,n))}var L=I(()=>{G();ar();pn();Fl();Z();Zt();});function _(r){let e=Object.keys(r);if(e.length!==1)throw new Error(`Please provide an object with a single key (operation name) mapping to a function. Got an object with ${e.length} keys.`);let t=e[0],n=r[t];t.endsWith("_")&&(t=t.substring(0,t.length-1)),t=t+h0;let o=(...s)=>{N.startScope(t);try{let a=n(...s);return Gc(a)&&console.error("Cannot return a Promise inside of tidy."),N.endScope(a),a}catch(a){throw N.endScope(null),a}};return Object.defineProperty(o,"name",{value:t,configurable:!0}),o}var h0,O=I(()=>{G();Z();h0="__op"});function N6(r,e){let t=k(r,"real","complex"),n=k(e,"imag","complex");ht(t.shape,n.shape,`real and imag shapes, ${t.shape} and ${n.shape}, must match in call to tf.complex().`);let o={real:t,imag:n};return N.runKernel(Kc,o)}var Mr,ic=I(()=>{G();J();L();Z();O();Mr=_({complex_:N6})});function Rr(r,e,t,n){if(n==null)n=Yi(r);else if(n==="complex64")throw new Error("Cannot construct a complex64 tensor directly. Please use tf.complex(real, imag).");if(rd(r)||td(r)){if(n!=="float32"&&n!=="int32")throw new Error(`Creating tensor from GPU data only supports 'float32'|'int32' dtype, while the dtype is ${n}.`);return N.backend.createTensorFromGPUData(r,e||t,n)}if(!Dt(r)&&!Array.isArray(r)&&typeof r!="number"&&typeof r!="boolean"&&typeof r!="string")throw new Error("values passed to tensor(values) must be a number/boolean/string or an array of numbers/booleans/strings, or a TypedArray");if(e!=null){bt(e);let o=We(e),s=We(t);E(o===s,()=>`Based on the provided shape, [${e}], the tensor should have ${o} values but has ${s}`);for(let a=0;a<t.length;++a){let c=t[a],u=a===t.length-1?c!==We(e.slice(a)):!0;E(t[a]===e[a]||!u,()=>`Error creating a new Tensor. Inferred shape (${t}) does not match the provided shape (${e}). `)}}return!Dt(r)&&!Array.isArray(r)&&(r=[r]),e=e||t,r=n!=="string"?Al(r,n):Yn(r,[],!0),N.makeTensor(r,e,n)}var vi=I(()=>{G();Fl();Z();});function kn(r,e,t){let n=hr(r,t);return Rr(r,e,n,t)}var Xp=I(()=>{L();vi();});var Ii,g0=I(()=>{Ii={float32:4,float16:2,int32:4,uint16:2,uint8:1,bool:1,complex64:8}});function E6(r,e){let t=0,n=r.length;for(;t<=n;){let o=Math.floor((n-t)/2)+t,s=e(r[o]);if(s===0)return o;s<0?n=o:t=o+1}return-1}var gr,cc=I(()=>{Z();gr=class r{static join(e){return new r(e).slice()}constructor(e){if(this.shards=[],this.previousShardIndex=0,e==null||(e instanceof Array||(e=[e]),e=e.map(n=>Dt(n)?n.buffer:n),e.length===0))return;this.bufferUniformSize=e[0].byteLength;let t=0;for(let n=0;n<e.length;n++){let o=e[n];n!==e.length-1&&o.byteLength!==this.bufferUniformSize&&(this.bufferUniformSize=void 0);let s=t+o.byteLength;this.shards.push({buffer:o,start:t,end:s}),t=s}this.shards.length===0&&(this.byteLength=0),this.byteLength=this.shards[this.shards.length-1].end}slice(e=0,t=this.byteLength){if(this.shards.length===0)return new ArrayBuffer(0);if(e=isNaN(Number(e))?0:e,t=isNaN(Number(t))?0:t,e=Math.max(0,e),t=Math.min(this.byteLength,t),t<=e)return new ArrayBuffer(0);let n=this.findShardForByte(e);if(n===-1)throw new Error(`Could not find start shard for byte ${e}`);let o=t-e,s=new ArrayBuffer(o),a=new Uint8Array(s),c=0;for(let u=n;u<this.shards.length;u++){let i=this.shards[u],p=e+c-i.start,m=c,d=Math.min(t,i.end)-i.start,h=new Uint8Array(i.buffer,p,d-p);if(a.set(h,m),c+=h.length,t<i.end)break}return s}findShardForByte(e){if(this.shards.length===0||e<0||e>=this.byteLength)return-1;if(this.bufferUniformSize!=null)return this.previousShardIndex=Math.floor(e/this.bufferUniformSize),this.previousShardIndex;function t(o){return e<o.start?-1:e>=o.end?1:0}if(t(this.shards[this.previousShardIndex])===0)return this.previousShardIndex;let n=E6(this.shards,t);return n===-1?-1:(this.previousShardIndex=n,this.previousShardIndex)}}});function $6(){P().set("PROD",!0)}function A6(){P().set("DEBUG",!0)}function R6(){P().set("DEPRECATION_WARNINGS_ENABLED",!1),console.warn("TensorFlow.js deprecation warnings have been disabled.")}function od(r){P().getBool("DEPRECATION_WARNINGS_ENABLED")&&console.warn(r+" You can disable deprecation warnings with tf.disableDeprecationWarnings().")}function D6(){N.disposeVariables()}function Mt(){return N}function F6(){return N.memory()}function M6(r){return N.profile(r)}function Qe(r,e){return N.tidy(r,e)}function Ot(r){qp(r).forEach(t=>t.dispose())}function Yp(r){return N.keep(r)}function P6(r){return N.time(r)}function x0(r){return N.setBackend(r)}function b0(){return N.ready()}function mn(){return N.backendName}function O6(r){N.removeBackend(r)}function y0(r){return N.findBackend(r)}function B6(r){return N.findBackendFactory(r)}function hu(r,e,t=1){return N.registerBackend(r,e,t)}function Jp(){return N.backend}function L6(r,e){P().setPlatform(r,e)}var Yr=I(()=>{G();ar();pn();wt();zk(od)});async function Yk(r,e){let t=[],n=[],o=Array.isArray(r)?r.map(a=>a.name):Object.keys(r);for(let a=0;a<o.length;++a){let c=o[a],u=Array.isArray(r)?r[a].tensor:r[c];if(u.dtype!=="float32"&&u.dtype!=="int32"&&u.dtype!=="bool"&&u.dtype!=="string"&&u.dtype!=="complex64")throw new Error(`Unsupported dtype in weight '${c}': ${u.dtype}`);let i={name:c,shape:u.shape,dtype:u.dtype};if(u.dtype==="string"){let l=new Promise(async p=>{let m=await u.bytes(),f=m.reduce((g,x)=>g+x.length,0)+uc*m.length,d=new Uint8Array(f),h=0;for(let g=0;g<m.length;g++){let x=m[g],y=new Uint8Array(new Uint32Array([x.length]).buffer);d.set(y,h),h+=uc,d.set(x,h),h+=x.length}p(d)});n.push(l)}else n.push(u.data());e!=null&&(i.group=e),t.push(i)}let s=await Promise.all(n);return{data:U6(s),specs:t}}function sd(r,e){let t=new gr(r),n={},o=0;for(let s of e){let a=V6(s,(c,u)=>t.slice(o+c,o+u));n[s.name]=Jk(s,t.slice(o,o+a)),o+=a}return n}function V6(r,e){let t=We(r.shape),n;if("quantization"in r){let o=r.quantization;n=Ii[o.dtype]}else if(r.dtype==="string"){let o=0;for(let s=0;s<t;s++)o+=uc+new Uint32Array(e(o,o+uc))[0];return o}else n=Ii[r.dtype];return t*n}async function W6(r,e){let t=We(r.shape),n;if("quantization"in r){let o=r.quantization;n=Ii[o.dtype]}else if(r.dtype==="string"){let o=0;for(let s=0;s<t;s++)o+=uc+new Uint32Array(await e(o,o+uc))[0];return o}else n=Ii[r.dtype];return t*n}function Jk(r,e){let t=r.name,n=r.dtype,o=r.shape,s=We(o),a,c=0;if("quantization"in r){let u=r.quantization;if(u.dtype==="uint8"||u.dtype==="uint16"){if(!("min"in u&&"scale"in u))throw new Error(`Weight ${r.name} with quantization ${u.dtype} doesn't have corresponding metadata min and scale.`)}else if(u.dtype==="float16"){if(n!=="float32")throw new Error(`Weight ${r.name} is quantized with ${u.dtype} which only supports weights of type float32 not ${n}.`)}else throw new Error(`Weight ${r.name} has unknown quantization dtype ${u.dtype}. Supported quantization dtypes are: 'uint8', 'uint16', and 'float16'.`);let i=Ii[u.dtype],l=u.dtype==="uint8"?new Uint8Array(e):new Uint16Array(e);if(n==="float32")if(u.dtype==="uint8"||u.dtype==="uint16"){a=new Float32Array(l.length);for(let p=0;p<l.length;p++){let m=l[p];a[p]=m*u.scale+u.min}}else if(u.dtype==="float16")a=K6()(l);else throw new Error(`Unsupported quantization type ${u.dtype} for weight type float32.`);else if(n==="int32"){if(u.dtype!=="uint8"&&u.dtype!=="uint16")throw new Error(`Unsupported quantization type ${u.dtype} for weight type int32.`);a=new Int32Array(l.length);for(let p=0;p<l.length;p++){let m=l[p];a[p]=Math.round(m*u.scale+u.min)}}else throw new Error(`Unsupported dtype in weight '${t}': ${n}`);c+=s*i}else if(n==="string"){let u=We(r.shape);a=[];for(let i=0;i<u;i++){let l=new Uint32Array(e.slice(c,c+uc))[0];c+=uc;let p=new Uint8Array(e.slice(c,c+l));a.push(p),c+=l}}else{let u=Ii[n];if(n==="float32")a=new Float32Array(e);else if(n==="int32")a=new Int32Array(e);else if(n==="bool")a=new Uint8Array(e);else if(n==="complex64"){a=new Float32Array(e);let i=new Float32Array(a.length/2),l=new Float32Array(a.length/2);for(let d=0;d<i.length;d++)i[d]=a[d*2],l[d]=a[d*2+1];let p=kn(i,o,"float32"),m=kn(l,o,"float32"),f=Mr(p,m);return p.dispose(),m.dispose(),f}else throw new Error(`Unsupported dtype in weight '${t}': ${n}`);c+=s*u}return kn(a,o,n)}async function jk(r,e,t){let n=new Uint8Array(e);for(;n.byteLength<t;){let{done:o,value:s}=await r.read();if(o&&s==null){let c=t-n.byteLength;throw new Error(`Reader is done but ${c} bytes are still expected`)}let a=new Uint8Array(n.length+s.byteLength);a.set(n,0),a.set(new Uint8Array(s),n.length),n=a}return n.buffer}async function Zk(r,e){let t={},n=r.getReader(),o=new ArrayBuffer(0);for(let s of e){let a=await W6(s,async(i,l)=>(o=await jk(n,o,l),o.slice(i,l)));o=await jk(n,o,a);let c=o.slice(0,a);o=o.slice(a);let u=Jk(s,c);if(t[s.name]=u,mn()==="webgpu"){let i=Jp();"uploadToGPU"in i&&We(u.shape)>=P().get("WEBGPU_CPU_HANDOFF_SIZE_THRESHOLD")&&i.uploadToGPU(u.dataId)}}return t}function U6(r){if(r===null)throw new Error(`Invalid input value: ${JSON.stringify(r)}`);let e=0,t=[];r.forEach(s=>{if(e+=s.byteLength,t.push(s.byteLength===s.buffer.byteLength?s:new s.constructor(s)),!(s instanceof Float32Array||s instanceof Int32Array||s instanceof Uint8Array))throw new Error(`Unsupported TypedArray subtype: ${s.constructor.name}`)});let n=new Uint8Array(e),o=0;return t.forEach(s=>{n.set(new Uint8Array(s.buffer),o),o+=s.byteLength}),n.buffer}function Xk(r){return w0?Buffer.byteLength(r,"utf8"):new Blob([r]).size}function Qk(r){if(w0)return Buffer.from(r).toString("base64");let e=new Uint8Array(r),t="";for(let n=0,o=e.length;n<o;n++)t+=String.fromCharCode(e[n]);return btoa(t)}function e1(r){if(w0){let n=Buffer.from(r,"base64");return n.buffer.slice(n.byteOffset,n.byteOffset+n.byteLength)}let e=atob(r),t=new Uint8Array(e.length);for(let n=0;n<e.length;++n)t.set([e.charCodeAt(n)],n);return t.buffer}function t1(r){return gr.join(r)}function v0(r){for(r=r.trim();r.endsWith("/");)r=r.slice(0,r.length-1);let t=r.split("/");return t[t.length-1]}function ad(r,e){let t={modelTopology:r.modelTopology,format:r.format,generatedBy:r.generatedBy,convertedBy:r.convertedBy,weightsManifest:e};return r.signature!=null&&(t.signature=r.signature),r.userDefinedMetadata!=null&&(t.userDefinedMetadata=r.userDefinedMetadata),r.modelInitializer!=null&&(t.modelInitializer=r.modelInitializer),r.initializerSignature!=null&&(t.initializerSignature=r.initializerSignature),r.trainingConfig!=null&&(t.trainingConfig=r.trainingConfig),t}function I0(r,e,t){let n={modelTopology:r.modelTopology,format:r.format,generatedBy:r.generatedBy,convertedBy:r.convertedBy};if(r.trainingConfig!=null&&(n.trainingConfig=r.trainingConfig),r.weightsManifest!=null){if(!e)throw new Error("modelJSON has weightsManifest but weightSpecs is null");if(!t)throw new Error("modelJSON has weightsManifest but weightData is null");n.weightSpecs=e,n.weightData=t}return r.signature!=null&&(n.signature=r.signature),r.userDefinedMetadata!=null&&(n.userDefinedMetadata=r.userDefinedMetadata),r.modelInitializer!=null&&(n.modelInitializer=r.modelInitializer),r.initializerSignature!=null&&(n.initializerSignature=r.initializerSignature),n}async function Pl(r,e){let t,n;return r.weightsManifest!=null&&([t,n]=await e(r.weightsManifest)),I0(r,t,n)}function Zs(r){if(r.modelTopology instanceof ArrayBuffer)throw new Error("Expected JSON model topology, received ArrayBuffer.");return{dateSaved:new Date,modelTopologyType:"JSON",modelTopologyBytes:r.modelTopology==null?0:Xk(JSON.stringify(r.modelTopology)),weightSpecsBytes:r.weightSpecs==null?0:Xk(JSON.stringify(r.weightSpecs)),weightDataBytes:r.weightData==null?0:new gr(r.weightData).byteLength}}function Zp(r){let e=[];for(let t of r)e.push(...t.weights);return e}function G6(){let r=t=>{let n=t<<13,o=0;for(;(n&8388608)===0;)o-=8388608,n<<=1;return n&=-8388609,o+=947912704,n|o},e=new Uint32Array(2048);e[0]=0;for(let t=1;t<1024;t++)e[t]=r(t);for(let t=1024;t<2048;t++)e[t]=939524096+(t-1024<<13);return e}function z6(){let r=new Uint32Array(64);r[0]=0,r[31]=1199570944,r[32]=2147483648,r[63]=3347054592;for(let e=1;e<31;e++)r[e]=e<<23;for(let e=33;e<63;e++)r[e]=2147483648+(e-32<<23);return r}function H6(){let r=new Uint32Array(64);for(let e=0;e<64;e++)r[e]=1024;return r[0]=r[32]=0,r}function K6(){let r=G6(),e=z6(),t=H6();return n=>{let o=new ArrayBuffer(4*n.length),s=new Uint32Array(o);for(let a=0;a<n.length;a++){let c=n[a],u=r[t[c>>10]+(c&1023)]+e[c>>10];s[a]=u}return new Float32Array(o)}}var uc,w0,gu=I(()=>{ic();Xp();Z();g0();cc();Yr();ar();Yr();uc=4;w0=typeof Buffer<"u"&&(typeof Blob>"u"||typeof atob>"u"||typeof btoa>"u")});var Qt,r1,n1,o1,s1,xu=I(()=>{Qt=class r{constructor(){this.saveRouters=[],this.loadRouters=[]}static getInstance(){return r.instance==null&&(r.instance=new r),r.instance}static registerSaveRouter(e){r.getInstance().saveRouters.push(e)}static registerLoadRouter(e){r.getInstance().loadRouters.push(e)}static getSaveHandlers(e){return r.getHandlers(e,"save")}static getLoadHandlers(e,t){return r.getHandlers(e,"load",t)}static getHandlers(e,t,n){let o=[];return(t==="load"?r.getInstance().loadRouters:r.getInstance().saveRouters).forEach(a=>{let c=a(e,n);c!==null&&o.push(c)}),o}},r1=r=>Qt.registerSaveRouter(r),n1=r=>Qt.registerLoadRouter(r),o1=r=>Qt.getSaveHandlers(r),s1=(r,e)=>Qt.getLoadHandlers(r,e)});function a1(){if(!P().getBool("IS_BROWSER"))throw new Error("Failed to obtain IndexedDB factory because the current environmentis not a web browser.");let r=typeof window>"u"?self:window,e=r.indexedDB||r.mozIndexedDB||r.webkitIndexedDB||r.msIndexedDB||r.shimIndexedDB;if(e==null)throw new Error("The current browser does not appear to support IndexedDB.");return e}function k0(r){let e=r.result;e.createObjectStore(bu,{keyPath:"modelPath"}),e.createObjectStore(lc,{keyPath:"modelPath"})}function q6(r){return new Qs(r)}function j6(r){return r.startsWith(Qs.URL_SCHEME)?r.slice(Qs.URL_SCHEME.length):r}var C0,S0,bu,lc,Qs,i1,id,_0=I(()=>{Ml();ar();gu();xu();cc();C0="tensorflowjs",S0=1,bu="models_store",lc="model_info_store";Qs=class{constructor(e){if(this.indexedDB=a1(),e==null||!e)throw new Error("For IndexedDB, modelPath must not be null, undefined or empty.");this.modelPath=e}async save(e){if(e.modelTopology instanceof ArrayBuffer)throw new Error("BrowserLocalStorage.save() does not support saving model topology in binary formats yet.");return this.databaseAction(this.modelPath,e)}async load(){return this.databaseAction(this.modelPath)}databaseAction(e,t){return new Promise((n,o)=>{let s=this.indexedDB.open(C0,S0);s.onupgradeneeded=()=>k0(s),s.onsuccess=()=>{let a=s.result;if(t==null){let c=a.transaction(bu,"readonly"),i=c.objectStore(bu).get(this.modelPath);i.onsuccess=()=>{if(i.result==null)return a.close(),o(new Error(`Cannot find model with path '${this.modelPath}' in IndexedDB.`));n(i.result.modelArtifacts)},i.onerror=l=>(a.close(),o(i.error)),c.oncomplete=()=>a.close()}else{t.weightData=gr.join(t.weightData);let c=Zs(t),u=a.transaction(lc,"readwrite"),i=u.objectStore(lc),l;try{l=i.put({modelPath:this.modelPath,modelArtifactsInfo:c})}catch(m){return o(m)}let p;l.onsuccess=()=>{p=a.transaction(bu,"readwrite");let m=p.objectStore(bu),f;try{f=m.put({modelPath:this.modelPath,modelArtifacts:t,modelArtifactsInfo:c})}catch(d){return o(d)}f.onsuccess=()=>n({modelArtifactsInfo:c}),f.onerror=d=>{i=u.objectStore(lc);let h=i.delete(this.modelPath);h.onsuccess=()=>(a.close(),o(f.error)),h.onerror=g=>(a.close(),o(f.error))}},l.onerror=m=>(a.close(),o(l.error)),u.oncomplete=()=>{p==null?a.close():p.oncomplete=()=>a.close()}}},s.onerror=a=>o(s.error)})}};Qs.URL_SCHEME="indexeddb://";i1=r=>P().getBool("IS_BROWSER")&&!Array.isArray(r)&&r.startsWith(Qs.URL_SCHEME)?q6(r.slice(Qs.URL_SCHEME.length)):null;Qt.registerSaveRouter(i1);Qt.registerLoadRouter(i1);id=class{constructor(){this.indexedDB=a1()}async listModels(){return new Promise((e,t)=>{let n=this.indexedDB.open(C0,S0);n.onupgradeneeded=()=>k0(n),n.onsuccess=()=>{let o=n.result,s=o.transaction(lc,"readonly"),c=s.objectStore(lc).getAll();c.onsuccess=()=>{let u={};for(let i of c.result)u[i.modelPath]=i.modelArtifactsInfo;e(u)},c.onerror=u=>(o.close(),t(c.error)),s.oncomplete=()=>o.close()},n.onerror=o=>t(n.error)})}async removeModel(e){return e=j6(e),new Promise((t,n)=>{let o=this.indexedDB.open(C0,S0);o.onupgradeneeded=()=>k0(o),o.onsuccess=()=>{let s=o.result,a=s.transaction(lc,"readwrite"),c=a.objectStore(lc),u=c.get(e),i;u.onsuccess=()=>{if(u.result==null)return s.close(),n(new Error(`Cannot find model with path '${e}' in IndexedDB.`));{let l=c.delete(e),p=()=>{i=s.transaction(bu,"readwrite");let f=i.objectStore(bu).delete(e);f.onsuccess=()=>t(u.result.modelArtifactsInfo),f.onerror=d=>n(u.error)};l.onsuccess=p,l.onerror=m=>(p(),s.close(),n(u.error))}},u.onerror=l=>(s.close(),n(u.error)),a.oncomplete=()=>{i==null?s.close():i.oncomplete=()=>s.close()}},o.onerror=s=>n(o.error)})}}});function u1(r){return{info:[Ol,r,c1].join(Ci),topology:[Ol,r,X6].join(Ci),weightSpecs:[Ol,r,Y6].join(Ci),weightData:[Ol,r,J6].join(Ci),modelMetadata:[Ol,r,Z6].join(Ci)}}function l1(r){for(let e of Object.values(r))window.localStorage.removeItem(e)}function Q6(r){let e=r.split(Ci);if(e.length<3)throw new Error(`Invalid key format: ${r}`);return e.slice(1,e.length-1).join(Ci)}function ej(r){return r.startsWith(ea.URL_SCHEME)?r.slice(ea.URL_SCHEME.length):r}function tj(r){return new ea(r)}var Ci,Ol,c1,X6,Y6,J6,Z6,ea,p1,cd,T0=I(()=>{Ml();ar();Z();gu();cc();xu();Ci="/",Ol="tensorflowjs_models",c1="info",X6="model_topology",Y6="weight_specs",J6="weight_data",Z6="model_metadata";ea=class{constructor(e){if(!P().getBool("IS_BROWSER")||typeof window>"u"||typeof window.localStorage>"u")throw new Error("The current environment does not support local storage.");if(this.LS=window.localStorage,e==null||!e)throw new Error("For local storage, modelPath must not be null, undefined or empty.");this.modelPath=e,this.keys=u1(this.modelPath)}async save(e){if(e.modelTopology instanceof ArrayBuffer)throw new Error("BrowserLocalStorage.save() does not support saving model topology in binary formats yet.");{let t=JSON.stringify(e.modelTopology),n=JSON.stringify(e.weightSpecs),o=Zs(e),s=gr.join(e.weightData);try{this.LS.setItem(this.keys.info,JSON.stringify(o)),this.LS.setItem(this.keys.topology,t),this.LS.setItem(this.keys.weightSpecs,n),this.LS.setItem(this.keys.weightData,Qk(s));let a={format:e.format,generatedBy:e.generatedBy,convertedBy:e.convertedBy,signature:e.signature!=null?e.signature:void 0,userDefinedMetadata:e.userDefinedMetadata!=null?e.userDefinedMetadata:void 0,modelInitializer:e.modelInitializer!=null?e.modelInitializer:void 0,initializerSignature:e.initializerSignature!=null?e.initializerSignature:void 0,trainingConfig:e.trainingConfig!=null?e.trainingConfig:void 0};return this.LS.setItem(this.keys.modelMetadata,JSON.stringify(a)),{modelArtifactsInfo:o}}catch{throw l1(this.keys),new Error(`Failed to save model '${this.modelPath}' to local storage: size quota being exceeded is a possible cause of this failure: modelTopologyBytes=${o.modelTopologyBytes}, weightSpecsBytes=${o.weightSpecsBytes}, weightDataBytes=${o.weightDataBytes}.`)}}}async load(){let e=JSON.parse(this.LS.getItem(this.keys.info));if(e==null)throw new Error(`In local storage, there is no model with name '${this.modelPath}'`);if(e.modelTopologyType!=="JSON")throw new Error("BrowserLocalStorage does not support loading non-JSON model topology yet.");let t={},n=JSON.parse(this.LS.getItem(this.keys.topology));if(n==null)throw new Error(`In local storage, the topology of model '${this.modelPath}' is missing.`);t.modelTopology=n;let o=JSON.parse(this.LS.getItem(this.keys.weightSpecs));if(o==null)throw new Error(`In local storage, the weight specs of model '${this.modelPath}' are missing.`);t.weightSpecs=o;let s=this.LS.getItem(this.keys.modelMetadata);if(s!=null){let c=JSON.parse(s);t.format=c.format,t.generatedBy=c.generatedBy,t.convertedBy=c.convertedBy,c.signature!=null&&(t.signature=c.signature),c.userDefinedMetadata!=null&&(t.userDefinedMetadata=c.userDefinedMetadata),c.modelInitializer!=null&&(t.modelInitializer=c.modelInitializer),c.initializerSignature!=null&&(t.initializerSignature=c.initializerSignature),c.trainingConfig!=null&&(t.trainingConfig=c.trainingConfig)}let a=this.LS.getItem(this.keys.weightData);if(a==null)throw new Error(`In local storage, the binary weight values of model '${this.modelPath}' are missing.`);return t.weightData=e1(a),t}};ea.URL_SCHEME="localstorage://";p1=r=>P().getBool("IS_BROWSER")&&!Array.isArray(r)&&r.startsWith(ea.URL_SCHEME)?tj(r.slice(ea.URL_SCHEME.length)):null;Qt.registerSaveRouter(p1);Qt.registerLoadRouter(p1);cd=class{constructor(){E(P().getBool("IS_BROWSER"),()=>"Current environment is not a web browser"),E(typeof window>"u"||typeof window.localStorage<"u",()=>"Current browser does not appear to support localStorage"),this.LS=window.localStorage}async listModels(){let e={},t=Ol+Ci,n=Ci+c1;for(let o=0;o<this.LS.length;++o){let s=this.LS.key(o);if(s.startsWith(t)&&s.endsWith(n)){let a=Q6(s);e[a]=JSON.parse(this.LS.getItem(s))}}return e}async removeModel(e){e=ej(e);let t=u1(e);if(this.LS.getItem(t.info)==null)throw new Error(`Cannot find model at path '${e}'`);let n=JSON.parse(this.LS.getItem(t.info));return l1(t),n}}});function ud(r){if(r.indexOf(Bl)===-1)throw new Error(`The url string provided does not contain a scheme. Supported schemes are: ${Zn.getSchemes().join(",")}`);return{scheme:r.split(Bl)[0],path:r.split(Bl)[1]}}async function m1(r,e,t=!1){E(r!==e,()=>`Old path and new path are the same: '${r}'`);let n=Qt.getLoadHandlers(r);E(n.length>0,()=>`Copying failed because no load handler is found for source URL ${r}.`),E(n.length<2,()=>`Copying failed because more than one (${n.length}) load handlers for source URL ${r}.`);let o=n[0],s=Qt.getSaveHandlers(e);E(s.length>0,()=>`Copying failed because no save handler is found for destination URL ${e}.`),E(s.length<2,()=>`Copying failed because more than one (${n.length}) save handlers for destination URL ${e}.`);let a=s[0],c=ud(r).scheme,u=ud(r).path,i=c===ud(r).scheme,l=await o.load();t&&i&&await Zn.getManager(c).removeModel(u);let p=await a.save(l);return t&&!i&&await Zn.getManager(c).removeModel(u),p.modelArtifactsInfo}async function f1(){let r=Zn.getSchemes(),e={};for(let t of r){let n=await Zn.getManager(t).listModels();for(let o in n){let s=t+Bl+o;e[s]=n[o]}}return e}async function d1(r){let e=ud(r);return Zn.getManager(e.scheme).removeModel(e.path)}async function h1(r,e){return m1(r,e,!1)}async function g1(r,e){return m1(r,e,!0)}var Bl,Zn,N0=I(()=>{Z();xu();Bl="://",Zn=class r{constructor(){this.managers={}}static getInstance(){return r.instance==null&&(r.instance=new r),r.instance}static registerManager(e,t){E(e!=null,()=>"scheme must not be undefined or null."),e.endsWith(Bl)&&(e=e.slice(0,e.indexOf(Bl))),E(e.length>0,()=>"scheme must not be an empty string.");let n=r.getInstance();E(n.managers[e]==null,()=>`A model store manager is already registered for scheme '${e}'.`),n.managers[e]=t}static getManager(e){let t=r.getInstance().managers[e];if(t==null)throw new Error(`Cannot find model manager for scheme '${e}'`);return t}static getSchemes(){return Object.keys(r.getInstance().managers)}}});var E0,x1=I(()=>{Ml();ar();_0();T0();N0();Yw();E0=class{constructor(){this.messageName="setTimeoutCustom",this.functionRefs=[],this.handledMessageCount=0,this.hasEventListener=!1}fetch(e,t){return fetch(e,t)}now(){return performance.now()}encode(e,t){if(t!=="utf-8"&&t!=="utf8")throw new Error(`Browser's encoder only supports utf-8, but got ${t}`);return this.textEncoder==null&&(this.textEncoder=new TextEncoder),this.textEncoder.encode(e)}decode(e,t){return new TextDecoder(t).decode(e)}setTimeoutCustom(e,t){if(typeof window>"u"||!P().getBool("USE_SETTIMEOUTCUSTOM")){setTimeout(e,t);return}this.functionRefs.push(e),setTimeout(()=>{window.postMessage({name:this.messageName,index:this.functionRefs.length-1},"*")},t),this.hasEventListener||(this.hasEventListener=!0,window.addEventListener("message",n=>{if(n.source===window&&n.data.name===this.messageName){n.stopPropagation();let o=this.functionRefs[n.data.index];o(),this.handledMessageCount++,this.handledMessageCount===this.functionRefs.length&&(this.functionRefs=[],this.handledMessageCount=0)}},!0))}isTypedArray(e){return Xf(e)}};if(P().get("IS_BROWSER")){P().setPlatform("browser",new E0);try{Zn.registerManager(ea.URL_SCHEME,new cd)}catch{}try{Zn.registerManager(Qs.URL_SCHEME,new id)}catch{}}});var b1=Kt(()=>{});var y1=Kt(()=>{});var rj,$0,A0,w1=I(()=>{ar();rj={importFetch:()=>b1()},A0=class{constructor(){this.util=y1(),this.textEncoder=new this.util.TextEncoder}fetch(e,t){return P().global.fetch!=null?P().global.fetch(e,t):($0==null&&($0=rj.importFetch()),$0(e,t))}now(){let e=process.hrtime();return e[0]*1e3+e[1]/1e6}encode(e,t){if(t!=="utf-8"&&t!=="utf8")throw new Error(`Node built-in encoder only supports utf-8, but got ${t}`);return this.textEncoder.encode(e)}decode(e,t){return e.length===0?"":new this.util.TextDecoder(t).decode(e)}isTypedArray(e){return this.util.types.isFloat32Array(e)||this.util.types.isInt32Array(e)||this.util.types.isUint8Array(e)||this.util.types.isUint8ClampedArray(e)}};P().get("IS_NODE")&&!P().get("IS_BROWSER")&&P().setPlatform("node",new A0)});function xe(r,e="float32",t){return e=e||"float32",bt(r),new Je(r,e,t)}var Si=I(()=>{pn();Z();});function nj(r,e){let t=k(r,"x","cast");if(!zw(e))throw new Error(`Failed to cast to unknown dtype ${e}`);if(e==="string"&&t.dtype!=="string"||e!=="string"&&t.dtype==="string")throw new Error("Only strings can be casted to strings");let n={x:t},o={dtype:e};return N.runKernel(Wn,n,o)}var He,xr=I(()=>{G();J();L();Z();O();He=_({cast_:nj})});function oj(r){let t={x:k(r,"x","clone","string_or_numeric")};return N.runKernel(Gn,t)}var _n,Ll=I(()=>{G();J();L();O();_n=_({clone_:oj})});function ld(r,e=!1){console.log(r.toString(e))}var R0=I(()=>{});var sj,v1=I(()=>{G();Ml();x1();w1();Si();xr();Ll();R0();pn();p0();sj={buffer:xe,cast:He,clone:_n,print:ld};Gk(sj)});function aj(r,e){let t=k(r,"a","add"),n=k(e,"b","add");[t,n]=Me(t,n);let o={a:t,b:n};return N.runKernel("Add",o)}var fe,qt=I(()=>{G();wt();L();O();fe=_({add_:aj})});function ij(r,e){let t=k(r,"a","floorDiv"),n=k(e,"b","floorDiv");[t,n]=Me(t,n);let o={a:t,b:n};return N.runKernel(Ko,o)}var yu,D0=I(()=>{G();J();wt();L();O();yu=_({floorDiv_:ij})});function cj(r,e){let t=k(r,"a","div"),n=k(e,"b","div");if([t,n]=Me(t,n),t.dtype==="int32"&&n.dtype==="int32")return yu(t,n);let o={a:t,b:n},s={};return N.runKernel(Wo,o,s)}var Ue,Pr=I(()=>{G();J();wt();L();D0();O();Ue=_({div_:cj})});function uj(r,e){let t=k(r,"a","mul"),n=k(e,"b","mul");[t,n]=Me(t,n);let o={a:t,b:n};return N.runKernel(ds,o)}var te,vt=I(()=>{G();J();wt();L();O();te=_({mul_:uj})});function lj(r){let e=k(r,"x","abs");if(e.dtype==="complex64"){let t={x:e};return N.runKernel(qc,t)}else{let t={x:e};return N.runKernel("Abs",t)}}var cr,wu=I(()=>{G();J();L();O();cr=_({abs_:lj})});function pj(r){let t={x:k(r,"x","acos")};return N.runKernel(xo,t)}var I1,C1=I(()=>{G();J();L();O();I1=_({acos_:pj})});function mj(r){let t={x:k(r,"x","acosh")};return N.runKernel(bo,t)}var S1,k1=I(()=>{G();J();L();O();S1=_({acosh_:mj})});function fj(r){E(Array.isArray(r),()=>"The argument passed to tf.addN() must be a list of tensors"),E(r.length>=1,()=>`Must pass at least one tensor to tf.addN(), but got ${r.length}`);let e=r.map((o,s)=>k(o,`tensors${s}`,"addN")),t=e[0];e.forEach(o=>{if(o.dtype!==t.dtype)throw new Error("All tensors passed to tf.addN() must have the same dtype")}),e.forEach(o=>{if(!$r(o.shape,t.shape))throw new Error("All tensors passed to tf.addN() must have the same shape")});let n=e;return N.runKernel(yo,n)}var _1,T1=I(()=>{G();J();L();Z();O();_1=_({addN_:fj})});function dj(r,e=null,t=!1){let o={x:k(r,"x","all","bool")},s={axis:e,keepDims:t};return N.runKernel("All",o,s)}var N1,E1=I(()=>{G();L();O();N1=_({all_:dj})});function hj(r,e=null,t=!1){let o={x:k(r,"x","any","bool")},s={axis:e,keepDims:t};return N.runKernel("Any",o,s)}var $1,A1=I(()=>{G();L();O();$1=_({any_:hj})});function gj(r,e=0){let n={x:k(r,"x","argMax")},o={axis:e};return N.runKernel(Ea,n,o)}var R1,D1=I(()=>{G();J();L();O();R1=_({argMax_:gj})});function xj(r,e=0){let n={x:k(r,"x","argMin")},o={axis:e};return N.runKernel($a,n,o)}var F1,M1=I(()=>{G();J();L();O();F1=_({argMin_:xj})});function bj(r){let t={x:k(r,"x","asin")};return N.runKernel(wo,t)}var P1,O1=I(()=>{G();J();L();O();P1=_({asin_:bj})});function yj(r){let t={x:k(r,"x","asinh")};return N.runKernel(vo,t)}var B1,L1=I(()=>{G();J();L();O();B1=_({asinh_:yj})});function wj(r){let t={x:k(r,"x","atan")};return N.runKernel(Io,t)}var V1,W1=I(()=>{G();J();L();O();V1=_({atan_:wj})});function vj(r,e){let t=k(r,"a","atan2"),n=k(e,"b","atan2");[t,n]=Me(t,n);let o={a:t,b:n};return N.runKernel(So,o)}var U1,G1=I(()=>{G();J();wt();L();O();U1=_({atan2_:vj})});function Ij(r){let t={x:k(r,"x","atanh")};return N.runKernel(Co,t)}var z1,H1=I(()=>{G();J();L();O();z1=_({atanh_:Ij})});function Cj(r,e,t,n,o="NHWC",s){let a=r[3],c=[...e,a],u=q1(o);return Iu(r,c,t,s,n,null,null,u)}function M0(r,e,t,n,o,s,a="channelsLast"){let[c,u]=Qp(e),i;if(a==="channelsLast")i=[c,u,r[3],r[3]];else if(a==="channelsFirst")i=[c,u,r[1],r[1]];else throw new Error(`Unknown dataFormat ${a}`);return Iu(r,i,t,n,o,s,!1,a)}function Sj(r,e,t,n,o,s,a="NDHWC"){let[c,u,i]=F0(e),l,p;if(a==="NDHWC")p="channelsLast",l=[c,u,i,r[4],r[4]];else if(a==="NCDHW")p="channelsFirst",l=[c,u,i,r[1],r[1]];else throw new Error(`Unknown dataFormat ${a}`);return K1(r,l,t,n,o,!1,p,s)}function Iu(r,e,t,n,o,s,a=!1,c="channelsLast"){let[u,i,l,p]=[-1,-1,-1,-1];if(c==="channelsLast")[u,i,l,p]=r;else if(c==="channelsFirst")[u,p,i,l]=r;else throw new Error(`Unknown dataFormat ${c}`);let[m,f,,d]=e,[h,g]=Qp(t),[x,y]=Qp(n),w=Vl(m,x),C=Vl(f,y),{padInfo:T,outHeight:$,outWidth:A}=Tj(o,i,l,h,g,w,C,s,c),R=a?d*p:d,D;return c==="channelsFirst"?D=[u,R,$,A]:c==="channelsLast"&&(D=[u,$,A,R]),{batchSize:u,dataFormat:c,inHeight:i,inWidth:l,inChannels:p,outHeight:$,outWidth:A,outChannels:R,padInfo:T,strideHeight:h,strideWidth:g,filterHeight:m,filterWidth:f,effectiveFilterHeight:w,effectiveFilterWidth:C,dilationHeight:x,dilationWidth:y,inShape:r,outShape:D,filterShape:e}}function K1(r,e,t,n,o,s=!1,a="channelsLast",c){let[u,i,l,p,m]=[-1,-1,-1,-1,-1];if(a==="channelsLast")[u,i,l,p,m]=r;else if(a==="channelsFirst")[u,m,i,l,p]=r;else throw new Error(`Unknown dataFormat ${a}`);let[f,d,h,,g]=e,[x,y,w]=F0(t),[C,T,$]=F0(n),A=Vl(f,C),R=Vl(d,T),D=Vl(h,$),{padInfo:F,outDepth:B,outHeight:V,outWidth:U}=Nj(o,i,l,p,x,y,w,A,R,D,c),z=s?g*m:g,W;return a==="channelsFirst"?W=[u,z,B,V,U]:a==="channelsLast"&&(W=[u,B,V,U,z]),{batchSize:u,dataFormat:a,inDepth:i,inHeight:l,inWidth:p,inChannels:m,outDepth:B,outHeight:V,outWidth:U,outChannels:z,padInfo:F,strideDepth:x,strideHeight:y,strideWidth:w,filterDepth:f,filterHeight:d,filterWidth:h,effectiveFilterDepth:A,effectiveFilterHeight:R,effectiveFilterWidth:D,dilationDepth:C,dilationHeight:T,dilationWidth:$,inShape:r,outShape:W,filterShape:e}}function kj(r,e,t,n,o){n==null&&(n=P0(r,e,t));let s=r[0],a=r[1],c=em((s-e+2*n)/t+1,o),u=em((a-e+2*n)/t+1,o);return[c,u]}function _j(r,e,t,n,o,s){o==null&&(o=P0(r,e[0],n[0]));let a=[0,0,0,t];for(let c=0;c<3;c++)r[c]+2*o>=e[c]&&(a[c]=em((r[c]-e[c]+2*o)/n[c]+1,s));return a}function P0(r,e,t,n=1){let o=Vl(e,n);return Math.floor((r[0]*(t-1)-t+o)/2)}function Qp(r){return typeof r=="number"?[r,r,r]:r.length===2?[r[0],r[1],1]:r}function F0(r){return typeof r=="number"?[r,r,r]:r}function Vl(r,e){return e<=1?r:r+(r-1)*(e-1)}function Tj(r,e,t,n,o,s,a,c,u){let i,l,p;if(typeof r=="number"){i={top:r,bottom:r,left:r,right:r,type:r===0?"VALID":"NUMBER"};let f=kj([e,t],s,n,r,c);l=f[0],p=f[1]}else if(r==="same"){l=Math.ceil(e/n),p=Math.ceil(t/o);let m=Math.max(0,(l-1)*n+s-e),f=Math.max(0,(p-1)*o+a-t),d=Math.floor(m/2),h=m-d,g=Math.floor(f/2),x=f-g;i={top:d,bottom:h,left:g,right:x,type:"SAME"}}else if(r==="valid")i={top:0,bottom:0,left:0,right:0,type:"VALID"},l=Math.ceil((e-s+1)/n),p=Math.ceil((t-a+1)/o);else if(typeof r=="object"){let m=u==="channelsLast"?r[1][0]:r[2][0],f=u==="channelsLast"?r[1][1]:r[2][1],d=u==="channelsLast"?r[2][0]:r[3][0],h=u==="channelsLast"?r[2][1]:r[3][1];i={top:m,bottom:f,left:d,right:h,type:m===0&&f===0&&d===0&&h===0?"VALID":"EXPLICIT"},l=em((e-s+m+f)/n+1,c),p=em((t-a+d+h)/o+1,c)}else throw Error(`Unknown padding parameter: ${r}`);return{padInfo:i,outHeight:l,outWidth:p}}function Nj(r,e,t,n,o,s,a,c,u,i,l){let p,m,f,d;if(r==="valid"&&(r=0),typeof r=="number"){p={top:r,bottom:r,left:r,right:r,front:r,back:r,type:r===0?"VALID":"NUMBER"};let g=_j([e,t,n,1],[c,u,i],1,[o,s,a],r,l);m=g[0],f=g[1],d=g[2]}else if(r==="same"){m=Math.ceil(e/o),f=Math.ceil(t/s),d=Math.ceil(n/a);let h=(m-1)*o+c-e,g=(f-1)*s+u-t,x=(d-1)*a+i-n,y=Math.floor(h/2),w=h-y,C=Math.floor(g/2),T=g-C,$=Math.floor(x/2),A=x-$;p={top:C,bottom:T,left:$,right:A,front:y,back:w,type:"SAME"}}else throw Error(`Unknown padding parameter: ${r}`);return{padInfo:p,outDepth:m,outHeight:f,outWidth:d}}function em(r,e){if(!e)return Math.trunc(r);switch(e){case"round":return Math.round(r);case"ceil":return Math.ceil(r);case"floor":return Math.floor(r);default:throw new Error(`Unknown roundingMode ${e}`)}}function vu(r){let[e,t,n]=Qp(r);return e===1&&t===1&&n===1}function Sr(r,e){return vu(r)||vu(e)}function ta(r){return Qp(r).every(e=>e>0)}function q1(r){if(r==="NHWC")return"channelsLast";if(r==="NCHW")return"channelsFirst";throw new Error(`Unknown dataFormat ${r}`)}function Bt(r,e,t){if(t!=null){if(typeof e=="string")throw Error(`Error in ${r}: pad must be an integer when using dimRoundingMode ${t} but got pad ${e}.`);if(typeof e=="number")E(ka(e),()=>`Error in ${r}: pad must be an integer when using dimRoundingMode ${t} but got pad ${e}.`);else if(typeof e=="object")e.forEach(n=>{n.forEach(o=>{E(ka(o),()=>`Error in ${r}: pad must be an integer when using dimRoundingMode ${t} but got pad ${o}.`)})});else throw Error(`Error in ${r}: Unknown padding parameter: ${e}`)}}var Or=I(()=>{Z();});function Ej(r,e){let n={x:k(r,"x","reshape","string_or_numeric")},o={shape:e};return N.runKernel(ti,n,o)}var K,Be=I(()=>{G();J();L();O();K=_({reshape_:Ej})});function $j(r,e,t,n,o){let s=k(r,"x","avgPool","float32"),a=1;E(Sr(t,a),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${t} and dilations '${a}'`);let c=s,u=!1;s.rank===3&&(u=!0,c=K(s,[1,s.shape[0],s.shape[1],s.shape[2]])),E(c.rank===4,()=>`Error in avgPool: x must be rank 4 but got rank ${c.rank}.`),Bt("avgPool",n,o);let i={x:c},l={filterSize:e,strides:t,pad:n,dimRoundingMode:o},p=N.runKernel(ko,i,l);return p=He(p,s.dtype),u?K(p,[p.shape[1],p.shape[2],p.shape[3]]):p}var pd,O0=I(()=>{G();J();L();Z();xr();Or();O();Be();pd=_({avgPool_:$j})});function Aj(r,e,t,n,o,s="NDHWC"){let a=k(r,"x","avgPool3d","float32"),c=a,u=!1;a.rank===4&&(u=!0,c=K(a,[1,a.shape[0],a.shape[1],a.shape[2],a.shape[3]])),E(c.rank===5,()=>`Error in avgPool3d: x must be rank 5 but got rank ${c.rank}.`),E(s==="NDHWC",()=>`Error in avgPool3d: Only NDHWC is currently supported, but got dataFormat of ${s}`),E(typeof t=="number"&&t>0||Array.isArray(t)&&t[0]>0&&t[1]>0&&t[2]>0,()=>`Error in avgPool3d: Stride must be > 0, but got '${t}'`),Bt("avgPool3d",n,o);let i={x:c},l={filterSize:e,strides:t,pad:n,dimRoundingMode:o,dataFormat:s},p=N.runKernel(Aa,i,l);return p=He(p,c.dtype),u?K(p,[p.shape[1],p.shape[2],p.shape[3],p.shape[4]]):p}var j1,X1=I(()=>{G();J();L();Z();xr();Or();O();Be();j1=_({avgPool3d_:Aj})});function Rj(r,e=0){E(r.length>=1,()=>"Pass at least one tensor to concat");let t=wi(r,"tensors","concat","string_or_numeric");if(t[0].dtype==="complex64"&&t.forEach(s=>{if(s.dtype!=="complex64")throw new Error(`Cannot concatenate complex64 tensors with a tensor
          with dtype ${s.dtype}. `)}),t.length===1)return _n(t[0]);let n=t,o={axis:e};return N.runKernel(Fa,n,o)}var mt,Qn=I(()=>{G();J();L();Z();Ll();O();mt=_({concat_:Rj})});function Dj(r,e,t=!1,n=!1){let o=k(r,"a","matMul"),s=k(e,"b","matMul");[o,s]=Me(o,s);let a={a:o,b:s},c={transposeA:t,transposeB:n};return N.runKernel(_o,a,c)}var Le,ki=I(()=>{G();J();wt();L();O();Le=_({matMul_:Dj})});function Fj(r){let t={x:k(r,"x","sigmoid","float32")};return N.runKernel(Os,t)}var fn,tm=I(()=>{G();J();L();O();fn=_({sigmoid_:Fj})});function Mj(r,e,t){let n=k(r,"x","slice","string_or_numeric");if(n.rank===0)throw new Error("Slicing scalar is not possible");let o={x:n},s={begin:e,size:t};return N.runKernel(ni,o,s)}var Ae,Tn=I(()=>{G();J();L();O();Ae=_({slice_:Mj})});function Pj(r){let t={x:k(r,"x","tanh","float32")};return N.runKernel(Hs,t)}var Cu,B0=I(()=>{G();J();L();O();Cu=_({tanh_:Pj})});function Oj(r,e,t,n,o,s){let a=k(r,"forgetBias","basicLSTMCell"),c=k(e,"lstmKernel","basicLSTMCell"),u=k(t,"lstmBias","basicLSTMCell"),i=k(n,"data","basicLSTMCell"),l=k(o,"c","basicLSTMCell"),p=k(s,"h","basicLSTMCell"),m=mt([i,p],1),f=Le(m,c),d=fe(f,u),h=d.shape[0],g=d.shape[1]/4,x=[h,g],y=Ae(d,[0,0],x),w=Ae(d,[0,g],x),C=Ae(d,[0,g*2],x),T=Ae(d,[0,g*3],x),$=fe(te(fn(y),Cu(w)),te(l,fn(fe(a,C)))),A=te(Cu($),fn(T));return[$,A]}var Y1,J1=I(()=>{L();qt();Qn();ki();vt();O();tm();Tn();B0();Y1=_({basicLSTMCell_:Oj})});function Bj(r,e,t){let n=k(r,"x","batchToSpaceND"),o=e.reduce((c,u)=>c*u);E(n.rank>=1+e.length,()=>`input rank is ${n.rank} but should be > than blockShape.length ${e.length}`),E(t.length===e.length,()=>`crops.length is ${t.length} but should be equal to blockShape.length  ${e.length}`),E(n.shape[0]%o===0,()=>`input tensor batch is ${n.shape[0]} but is not divisible by the product of the elements of blockShape ${e.join(" * ")} === ${o}`);let s={x:n},a={blockShape:e,crops:t};return N.runKernel(Ra,s,a)}var md,L0=I(()=>{G();J();L();Z();O();md=_({batchToSpaceND_:Bj})});function Z1(r){let e;return r.rank===0||r.rank===1?e=K(r,[1,1,1,r.size]):r.rank===2?e=K(r,[1,1,r.shape[0],r.shape[1]]):r.rank===3?e=K(r,[1,r.shape[0],r.shape[1],r.shape[2]]):e=r,e}var Q1=I(()=>{Be()});function Lj(r,e,t,n,o,s){s==null&&(s=.001);let a=k(r,"x","batchNorm"),c=k(e,"mean","batchNorm"),u=k(t,"variance","batchNorm"),i;o!=null&&(i=k(o,"scale","batchNorm"));let l;n!=null&&(l=k(n,"offset","batchNorm")),E(c.rank===u.rank,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),E(l==null||c.rank===l.rank,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),E(i==null||c.rank===i.rank,()=>"Batch normalization gradient requires mean and scale to have equal ranks.");let m={x:Z1(a),scale:i,offset:l,mean:c,variance:u},f={varianceEpsilon:s},d=N.runKernel(qo,m,f);return K(d,a.shape)}var pc,rm=I(()=>{G();J();L();Z();Q1();O();Be();pc=_({batchNorm_:Lj})});function Vj(r,e,t,n,o,s){let a=k(r,"x","batchNorm"),c=k(e,"mean","batchNorm"),u=k(t,"variance","batchNorm"),i;o!=null&&(i=k(o,"scale","batchNorm"));let l;return n!=null&&(l=k(n,"offset","batchNorm")),E(a.rank===2,()=>`Error in batchNorm2D: x must be rank 2 but got rank ${a.rank}.`),E(c.rank===2||c.rank===1,()=>`Error in batchNorm2D: mean must be rank 2 or rank 1 but got rank ${c.rank}.`),E(u.rank===2||u.rank===1,()=>`Error in batchNorm2D: variance must be rank 2 or rank 1 but got rank ${u.rank}.`),i!=null&&E(i.rank===2||i.rank===1,()=>`Error in batchNorm2D: scale must be rank 2 or rank 1 but got rank ${i.rank}.`),l!=null&&E(l.rank===2||l.rank===1,()=>`Error in batchNorm2D: offset must be rank 2 or rank 1 but got rank ${l.rank}.`),pc(a,c,u,l,i,s)}var e_,t_=I(()=>{L();Z();rm();O();e_=_({batchNorm2d_:Vj})});function Wj(r,e,t,n,o,s){let a=k(r,"x","batchNorm"),c=k(e,"mean","batchNorm"),u=k(t,"variance","batchNorm"),i;o!=null&&(i=k(o,"scale","batchNorm"));let l;return n!=null&&(l=k(n,"offset","batchNorm")),E(a.rank===3,()=>`Error in batchNorm3D: x must be rank 3 but got rank ${a.rank}.`),E(c.rank===3||c.rank===1,()=>`Error in batchNorm3D: mean must be rank 3 or rank 1 but got rank ${c.rank}.`),E(u.rank===3||u.rank===1,()=>`Error in batchNorm3D: variance must be rank 3 or rank 1 but got rank ${u.rank}.`),i!=null&&E(i.rank===3||i.rank===1,()=>`Error in batchNorm3D: scale must be rank 3 or rank 1 but got rank ${i.rank}.`),l!=null&&E(l.rank===3||l.rank===1,()=>`Error in batchNorm3D: offset must be rank 3 or rank 1 but got rank ${l.rank}.`),pc(a,c,u,l,i,s)}var r_,n_=I(()=>{L();Z();rm();O();r_=_({batchNorm3d_:Wj})});function Uj(r,e,t,n,o,s){let a=k(r,"x","batchNorm"),c=k(e,"mean","batchNorm"),u=k(t,"variance","batchNorm"),i;o!=null&&(i=k(o,"scale","batchNorm"));let l;return n!=null&&(l=k(n,"offset","batchNorm")),E(a.rank===4,()=>`Error in batchNorm4D: x must be rank 4 but got rank ${a.rank}.`),E(c.rank===4||c.rank===1,()=>`Error in batchNorm4D: mean must be rank 4 or rank 1 but got rank ${c.rank}.`),E(u.rank===4||u.rank===1,()=>`Error in batchNorm4D: variance must be rank 4 or rank 1 but got rank ${u.rank}.`),i!=null&&E(i.rank===4||i.rank===1,()=>`Error in batchNorm4D: scale must be rank 4 or rank 1 but got rank ${i.rank}.`),l!=null&&E(l.rank===4||l.rank===1,()=>`Error in batchNorm4D: offset must be rank 4 or rank 1 but got rank ${l.rank}.`),pc(a,c,u,l,i,s)}var o_,s_=I(()=>{L();Z();rm();O();o_=_({batchNorm4d_:Uj})});function Gj(r,e,t){let n=k(r,"x","bincount"),o=k(e,"weights","bincount");E(n.dtype==="int32",()=>`Error in bincount: input dtype must be int32, but got ${n.dtype}`),E(t>=0,()=>`size must be non-negative, but got ${t}.`),E(o.size===n.size||o.size===0,()=>`Error in bincount: weights must have the same size as input or0-length, but got input shape: ${n.shape}, weights shape: ${o.shape}.`);let s={x:n,weights:o},a={size:t};return N.runKernel(To,s,a)}var fd,V0=I(()=>{G();J();L();Z();O();fd=_({bincount_:Gj})});function zj(r,e){let t=k(r,"x","bitwiseAnd"),n=k(e,"y","bitwiseAnd");if(!$r(t.shape,n.shape))throw new Error(`BitwiseAnd: Tensors must have the same shape. x: ${t.shape}, y: ${n.shape}`);if(t.dtype!=="int32"||n.dtype!=="int32")throw new Error(`BitwiseAnd: Only supports 'int32' values in tensor, found type of x: ${t.dtype} and type of y: ${n.dtype}`);let o={a:t,b:n};return N.runKernel(No,o)}var a_,i_=I(()=>{G();J();L();Zt();O();a_=_({bitwiseAnd_:zj})});function Hj(r,e){let t=k(r,"s0","broadcastArgs","int32"),n=k(e,"s1","broadcastArgs","int32");if(t.rank!==1)throw new Error(`broadcastArgs(): first input must be a vector (rank=1). Has rank ${t.rank}`);if(n.rank!==1)throw new Error(`broadcastArgs(): second input must be a vector (rank=1). Has rank ${n.rank}`);let o={s0:t,s1:n};return N.runKernel(Da,o)}var c_,u_=I(()=>{G();J();L();O();c_=_({broadcastArgs_:Hj})});function Kj(r,e){let t=k(r,"broadcastTo","x"),n=t.shape;if(bt(e),e.length<t.rank)throw new Error(`broadcastTo(): shape.length=${e.length} < input.rank=${t.rank}.`);if(e.length>t.rank){let i=t.shape.slice();for(;i.length<e.length;)i.unshift(1);t=K(t,i)}let o=t.shape,s=Array.from(e);for(let i=e.length-1;i>=0;i--)if(o[i]===e[i])s[i]=1;else if(t.shape[i]!==1)throw new Error(`broadcastTo(): [${n}] cannot be broadcast to [${e}].`);if(s.map((i,l)=>i>1?l:-1).filter(i=>i>=0).length===0)return _n(t);let c={x:t},u={reps:s};return N.runKernel(wn,c,u)}var mc,W0=I(()=>{G();J();L();Zt();Ll();O();Be();mc=_({broadcastTo_:Kj})});function qj(r){let t={x:k(r,"x","ceil","float32")};return N.runKernel(Eo,t)}var l_,p_=I(()=>{G();J();L();O();l_=_({ceil_:qj})});function na(r,e,t){bt(r),t=t||Yi(e);let n={shape:r,value:e,dtype:t};return N.runKernel(Ua,{},n)}var Wl=I(()=>{G();J();Z();Zt();});function jj(r,e,t){let n=k(r,"x","clipByValue");if(E(e<=t,()=>`Error in clip: min (${e}) must be less than or equal to max (${t}).`),e===t)return na(n.shape,e,n.dtype);let o={x:n},s={clipValueMin:e,clipValueMax:t};return N.runKernel(Un,o,s)}var m_,f_=I(()=>{G();J();L();Z();Wl();O();m_=_({clipByValue_:jj})});function Xj(r){return mt(r,0)}var d_,h_=I(()=>{Qn();O();d_=_({concat1d_:Xj})});function Yj(r,e){return mt(r,e)}var g_,x_=I(()=>{Qn();O();g_=_({concat2d_:Yj})});function Jj(r,e){return mt(r,e)}var b_,y_=I(()=>{Qn();O();b_=_({concat3d_:Jj})});function Zj(r,e){return mt(r,e)}var w_,v_=I(()=>{Qn();O();w_=_({concat4d_:Zj})});function Qj(r,e,t,n,o="NHWC",s=[1,1],a){let c=k(r,"x","conv2d","float32"),u=k(e,"filter","conv2d","float32"),i=c,l=!1;c.rank===3&&(l=!0,i=K(c,[1,c.shape[0],c.shape[1],c.shape[2]])),E(i.rank===4,()=>`Error in conv2d: input must be rank 4, but got rank ${i.rank}.`),E(u.rank===4,()=>`Error in conv2d: filter must be rank 4, but got rank ${u.rank}.`),Bt("conv2d",n,a);let p=o==="NHWC"?i.shape[3]:i.shape[1];E(p===u.shape[2],()=>`Error in conv2d: depth of input (${p}) must match input depth for filter ${u.shape[2]}.`),E(Sr(t,s),()=>`Error in conv2D: Either strides or dilations must be 1. Got strides ${t} and dilations '${s}'`),E(ta(s),()=>"Error in conv2D: Dilated rates should be larger than 0."),E(ta(t),()=>"Error in conv2D: Strides should be larger than 0.");let m={x:i,filter:u},f={strides:t,pad:n,dataFormat:o,dilations:s,dimRoundingMode:a},d=N.runKernel($o,m,f);return l?K(d,[d.shape[1],d.shape[2],d.shape[3]]):d}var fc,nm=I(()=>{G();J();L();Z();Or();O();Be();fc=_({conv2d_:Qj})});function e5(r,e,t,n,o="NWC",s=1,a){let c=k(r,"x","conv1d"),u=k(e,"filter","conv1d"),i=c,l=!1;c.rank===2&&(l=!0,i=K(c,[1,c.shape[0],c.shape[1]])),E(i.rank===3,()=>`Error in conv1d: input must be rank 3, but got rank ${i.rank}.`),E(u.rank===3,()=>`Error in conv1d: filter must be rank 3, but got rank ${u.rank}.`),Bt("conv1d",n,a),E(i.shape[2]===u.shape[1],()=>`Error in conv1d: depth of input (${i.shape[2]}) must match input depth for filter ${u.shape[1]}.`),E(Sr(t,s),()=>`Error in conv1D: Either stride or dilation must be 1. Got stride ${t} and dilation '${s}'`),E(ta(s),()=>"Error in conv1D: Dilated rates should be larger than 0."),E(ta(t),()=>"Error in conv1D: Stride should be larger than 0."),E(o==="NWC",()=>`Error in conv1d: got dataFormat of ${o} but only NWC is currently supported.`);let p=K(u,[1,u.shape[0],u.shape[1],u.shape[2]]),m=K(i,[i.shape[0],1,i.shape[1],i.shape[2]]),g=fc(m,p,[1,t],n,"NHWC",[1,s],a);return l?K(g,[g.shape[2],g.shape[3]]):K(g,[g.shape[0],g.shape[2],g.shape[3]])}var I_,C_=I(()=>{L();Z();nm();Or();O();Be();I_=_({conv1d_:e5})});function t5(r,e,t,n,o,s="NHWC",a){E(r.length===e.rank,()=>`Length of inShape (${r.length}) and rank of dy (${e.rank}) must match`);let c=r,u=e,i=!1;e.rank===3&&(i=!0,u=K(e,[1,e.shape[0],e.shape[1],e.shape[2]]),c=[1,r[0],r[1],r[2]]),E(c.length===4,()=>`Error in conv2dDerInput: inShape must be length 4, but got length ${c.length}.`),E(u.rank===4,()=>`Error in conv2dDerInput: dy must be rank 4, but got rank ${u.rank}`),E(t.rank===4,()=>`Error in conv2dDerInput: filter must be rank 4, but got rank ${t.rank}`);let l=s==="NHWC"?c[3]:c[1],p=s==="NHWC"?u.shape[3]:u.shape[1];E(l===t.shape[2],()=>`Error in conv2dDerInput: depth of input (${l}) must match input depth for filter ${t.shape[2]}.`),E(p===t.shape[3],()=>`Error in conv2dDerInput: depth of output (${p}) must match output depth for filter ${t.shape[3]}.`),Bt("conv2dDerInput",o,a);let m={dy:u,filter:t},f={strides:n,pad:o,dataFormat:s,dimRoundingMode:a,inputShape:c},d=N.runKernel(Ao,m,f);return i?K(d,[d.shape[1],d.shape[2],d.shape[3]]):d}var dd,U0=I(()=>{G();J();Z();Or();O();Be();dd=_({conv2DBackpropInput_:t5})});function r5(r,e,t,n,o,s){let a=k(r,"x","conv2dTranspose"),c=k(e,"filter","conv2dTranspose");return dd(t,a,c,n,o,"NHWC",s)}var S_,k_=I(()=>{L();U0();O();S_=_({conv2dTranspose_:r5})});function n5(r,e,t,n,o="NDHWC",s=[1,1,1]){let a=k(r,"x","conv3d"),c=k(e,"filter","conv3d"),u=a,i=!1;a.rank===4&&(i=!0,u=K(a,[1,a.shape[0],a.shape[1],a.shape[2],a.shape[3]])),E(u.rank===5,()=>`Error in conv3d: input must be rank 5, but got rank ${u.rank}.`),E(c.rank===5,()=>`Error in conv3d: filter must be rank 5, but got rank ${c.rank}.`),E(u.shape[4]===c.shape[3],()=>`Error in conv3d: depth of input (${u.shape[4]}) must match input depth for filter ${c.shape[3]}.`),E(Sr(t,s),()=>`Error in conv3D: Either strides or dilations must be 1. Got strides ${t} and dilations '${s}'`),E(o==="NDHWC",()=>`Error in conv3d: got dataFormat of ${o} but only NDHWC is currently supported.`),E(ta(s),()=>"Error in conv3D: Dilated rates should be larger than 0."),E(ta(t),()=>"Error in conv3D: Strides should be larger than 0.");let l={x:u,filter:c},p={strides:t,pad:n,dataFormat:o,dilations:s},m=N.runKernel(Ro,l,p);return i?K(m,[m.shape[1],m.shape[2],m.shape[3],m.shape[4]]):m}var __,T_=I(()=>{G();J();L();Z();Or();O();Be();__=_({conv3d_:n5})});function o5(r,e,t,n,o){E(r.length===e.rank,()=>`Length of inShape (${r.length}) and rank of dy (${e.rank}) must match`);let s=r,a=e,c=!1;e.rank===4&&(c=!0,a=K(e,[1,e.shape[0],e.shape[1],e.shape[2],e.shape[3]]),s=[1,r[0],r[1],r[2],r[3]]);let u=s[4],i=a.shape[4];E(s.length===5,()=>`Error in conv3dDerInput: inShape must be length 5, but got length ${s.length}.`),E(a.rank===5,()=>`Error in conv3dDerInput: dy must be rank 5, but got rank ${a.rank}`),E(t.rank===5,()=>`Error in conv3dDerInput: filter must be rank 5, but got rank ${t.rank}`),E(u===t.shape[3],()=>`Error in conv3dDerInput: depth of input (${u}) must match input depth for filter ${t.shape[3]}.`),E(i===t.shape[4],()=>`Error in conv3dDerInput: depth of output (${i}) must match output depth for filter ${t.shape[4]}.`);let l={dy:a,filter:t},p={pad:o,strides:n,inputShape:s},m=N.runKernel(Do,l,p);return c?K(m,[m.shape[1],m.shape[2],m.shape[3],m.shape[4]]):m}var N_,E_=I(()=>{G();J();Z();O();Be();N_=_({conv3DBackpropInput_:o5})});function s5(r,e,t,n,o){let s=k(r,"x","conv3dTranspose"),a=k(e,"filter","conv3dTranspose");return N_(t,s,a,n,o)}var $_,A_=I(()=>{L();E_();O();$_=_({conv3dTranspose_:s5})});function a5(r){let t={x:k(r,"x","cos","float32")};return N.runKernel("Cos",t)}var R_,D_=I(()=>{G();L();O();R_=_({cos_:a5})});function i5(r){let t={x:k(r,"x","cosh","float32")};return N.runKernel(Fo,t)}var F_,M_=I(()=>{G();J();L();O();F_=_({cosh_:i5})});function c5(r,e=0,t=!1,n=!1){let s={x:k(r,"x","cumprod")},a={axis:e,exclusive:t,reverse:n};return N.runKernel(Mo,s,a)}var P_,O_=I(()=>{G();J();L();O();P_=_({cumprod_:c5})});function u5(r,e=0,t=!1,n=!1){let s={x:k(r,"x","cumsum")},a={axis:e,exclusive:t,reverse:n};return N.runKernel(Po,s,a)}var B_,L_=I(()=>{G();J();L();O();B_=_({cumsum_:u5})});function l5(r,e,t,n=!1){let o=k(r,"x","denseBincount"),s=k(e,"weights","denseBincount");E(o.dtype==="int32",()=>`Error in denseBincount: input dtype must be int32, but got ${o.dtype}`),E(o.rank<=2,()=>`Error in denseBincount: input must be at most rank 2, but got rank ${o.rank}.`),E(t>=0,()=>`size must be non-negative, but got ${t}.`),E(s.size===o.size||s.size===0,()=>`Error in denseBincount: weights must have the same shape as x or 0-length, but got x shape: ${o.shape}, weights shape: ${s.shape}.`);let a={x:o,weights:s},c={size:t,binaryOutput:n};return N.runKernel(Pa,a,c)}var V_,W_=I(()=>{G();J();L();Z();O();V_=_({denseBincount_:l5})});function p5(r,e,t="NHWC"){let n=k(r,"x","depthToSpace","float32"),o=t==="NHWC"?n.shape[1]:n.shape[2],s=t==="NHWC"?n.shape[2]:n.shape[3],a=t==="NHWC"?n.shape[3]:n.shape[1];E(e>1,()=>`blockSize should be > 1 for depthToSpace, but was: ${e}`),E(o*e>=0,()=>`Negative dimension size caused by overflow when multiplying
    ${o} and ${e}  for depthToSpace with input shape
    ${n.shape}`),E(s*e>=0,()=>`Negative dimension size caused by overflow when multiplying
    ${s} and ${e} for depthToSpace with input shape
        ${n.shape}`),E(a%(e*e)===0,()=>`Dimension size must be evenly divisible by ${e*e} but is ${a} for depthToSpace with input shape ${n.shape}`);let c={x:n},u={blockSize:e,dataFormat:t};return N.runKernel(Bo,c,u)}var U_,G_=I(()=>{G();J();L();Z();O();U_=_({depthToSpace_:p5})});function m5(r,e,t,n,o="NHWC",s=[1,1],a){let c=k(r,"x","depthwiseConv2d","float32"),u=k(e,"filter","depthwiseConv2d","float32"),i=c,l=!1;c.rank===3&&(l=!0,i=K(c,[1,c.shape[0],c.shape[1],c.shape[2]])),E(i.rank===4,()=>`Error in depthwiseConv2d: input must be rank 4, but got rank ${i.rank}.`),E(u.rank===4,()=>`Error in depthwiseConv2d: filter must be rank 4, but got rank ${u.rank}.`);let p=o==="NHWC"?i.shape[3]:i.shape[1];E(p===u.shape[2],()=>`Error in depthwiseConv2d: number of input channels (${p}) must match the inChannels dimension in filter ${u.shape[2]}.`),Bt("depthwiseConv2d",n,a);let m={x:i,filter:u},f={strides:t,pad:n,dataFormat:o,dilations:s,dimRoundingMode:a},d=N.runKernel(Lo,m,f);return l?K(d,[d.shape[1],d.shape[2],d.shape[3]]):d}var Ul,hd=I(()=>{G();J();L();Z();Or();O();Be();Ul=_({depthwiseConv2d_:m5})});function f5(r){let t={x:k(r,"x","diag")};return N.runKernel(Oa,t)}var z_,H_=I(()=>{G();J();L();O();z_=_({diag_:f5})});function d5(r,e,t,n,o=[1,1],s="NHWC"){let a=k(r,"x","dilation2d"),c=k(e,"filter","dilation2d");E(a.rank===3||a.rank===4,()=>`Error in dilation2d: input must be rank 3 or 4, but got rank ${a.rank}.`),E(c.rank===3,()=>`Error in dilation2d: filter must be rank 3, but got rank ${c.rank}.`),E(s==="NHWC",()=>`Error in dilation2d: Only NHWC is currently supported, but got dataFormat of ${s}`);let u=a,i=!1;a.rank===3&&(u=K(a,[1,a.shape[0],a.shape[1],a.shape[2]]),i=!0),E(u.shape[3]===c.shape[2],()=>`Error in dilation2d:  input and filter must have the same depth: ${u.shape[3]} vs ${c.shape[2]}`);let l={x:u,filter:c},p={strides:t,pad:n,dilations:o},m=N.runKernel(Vo,l,p);return i?K(m,[m.shape[1],m.shape[2],m.shape[3]]):m}var K_,q_=I(()=>{G();J();L();Z();O();Be();K_=_({dilation2d_:d5})});var Br={};sr(Br,{assertAndGetBroadcastShape:()=>et,getBroadcastDims:()=>j_,getReductionAxes:()=>gd});function j_(r,e){let t=r.length,n=[];for(let o=0;o<t;o++){let s=t-1-o,a=r[s]||1;(e[e.length-1-o]||1)>1&&a===1&&n.unshift(s)}return n}function gd(r,e){let t=[];for(let n=0;n<e.length;n++){let o=r[r.length-n-1],s=e.length-n-1,a=e[s];(o==null||o===1&&a>1)&&t.unshift(s)}return t}function et(r,e){let t=Math.max(r.length,e.length),n=new Array(t);for(let o=0;o<t;o++){let s=r[r.length-o-1];s==null&&(s=1);let a=e[e.length-o-1];if(a==null&&(a=1),s===1)n[t-o-1]=a;else if(a===1)n[t-o-1]=s;else if(s!==a){let c=`Operands could not be broadcast together with shapes ${r} and ${e}.`;throw Error(c)}else n[t-o-1]=s}return n}var er=I(()=>{});function h5(r,e){let t=k(r,"a","equal","string_or_numeric"),n=k(e,"b","equal","string_or_numeric");[t,n]=Me(t,n),et(t.shape,n.shape);let o={a:t,b:n};return N.runKernel(Uo,o)}var xd,G0=I(()=>{G();J();wt();L();er();O();xd=_({equal_:h5})});function g5(r,e,t){let n=k(e,"a","where"),o=k(t,"b","where"),s=k(r,"condition","where","bool"),a=et(et(s.shape,n.shape),o.shape),c=mc(s,a),u=mc(n,a),i=mc(o,a),l={condition:c,t:u,e:i};return N.runKernel(ri,l)}var dn,Gl=I(()=>{G();J();L();W0();er();O();dn=_({where_:g5})});function x5(r){let t={x:k(r,"x","zerosLike")};return N.runKernel(bi,t)}var jt,_i=I(()=>{G();J();L();O();jt=_({zerosLike_:x5})});function b5(r,e){let t=k(r,"a","div"),n=k(e,"b","div");[t,n]=Me(t,n);let o=Ue(t,n),s=jt(o),a=xd(n,s);return dn(a,s,o)}var X_,Y_=I(()=>{wt();L();Pr();G0();O();Gl();_i();X_=_({divNoNan_:b5})});function y5(r,e){let t=k(r,"t1","dot"),n=k(e,"t2","dot");E((t.rank===1||t.rank===2)&&(n.rank===1||n.rank===2),()=>`Error in dot: inputs must all be rank 1 or 2, but got ranks ${t.rank} and ${n.rank}.`);let o=t.rank===1?t.size:t.shape[1],s=n.rank===1?n.size:n.shape[0];if(E(o===s,()=>`Error in dot: inner dimensions of inputs must match, but got ${o} and ${s}.`),t.rank===1&&n.rank===1){let a=K(t,[1,-1]),c=K(n,[-1,1]),u=Le(a,c);return K(u,[])}else if(t.rank===1&&n.rank===2){let a=K(t,[1,-1]),c=K(n,[n.shape[0],n.shape[1]]),u=Le(a,c);return K(u,[u.size])}else if(t.rank===2&&n.rank===1){let a=K(n,[-1,1]),c=Le(t,a);return K(c,[c.size])}else{let a=K(n,[n.shape[0],n.shape[1]]);return Le(t,a)}}var J_,Z_=I(()=>{L();Z();ki();O();Be();J_=_({dot_:y5})});function w5(r,...e){let t=e.map((o,s)=>k(o,`tensors${s}`,"einsum")),n={equation:r};return N.runKernel(Qc,t,n)}var dc,z0=I(()=>{G();J();L();O();dc=_({einsum_:w5})});function v5(r){let t={x:k(r,"x","elu","float32")};return N.runKernel("Elu",t)}var bd,H0=I(()=>{G();L();O();bd=_({elu_:v5})});function I5(r,e){let t=k(r,"x","ensureShape","string_or_numeric");if(!Vw(t.shape,e))throw new Error(`EnsureShape: Shape of tensor ${t.shape} is not compatible with expected shape ${e}`);return r}var Q_,eT=I(()=>{L();Zt();O();Q_=_({ensureShape_:I5})});function C5(r){let e=k(r,"x","erf");E(e.dtype==="int32"||e.dtype==="float32",()=>"Input dtype must be `int32` or `float32`."),e.dtype==="int32"&&(e=He(e,"float32"));let t={x:e};return N.runKernel("Erf",t)}var tT,rT=I(()=>{G();L();Z();xr();O();tT=_({erf_:C5})});function K0(r,e){for(let t=0;t<r.length;++t)if(r[r.length-t-1]!==e-1-t)return!1;return!0}function nT(r,e,t){let n=r.length+e.length,o=[],s=0,a=0;for(let c=0;c<n;c++)t.indexOf(c)===-1?o.push(r[s++]):o.push(e[a++]);return o}function S5(r,e){let t=[],n=r.length;for(let s=0;s<n;s++)e.indexOf(s)===-1&&t.push(r[s]);let o=e.map(s=>r[s]);return[t,o]}function Ti(r,e){let t=e.map(n=>1);return nT(r,t,e)}function k5(r,e,t){E(K0(e,t),()=>`${r} supports only inner-most axes for now. Got axes ${e} and rank-${t} input.`)}function _5(r,e){if(K0(r,e))return null;let t=[];for(let n=0;n<e;++n)r.indexOf(n)===-1&&t.push(n);return r.forEach(n=>t.push(n)),t}function T5(r){return r.map((e,t)=>[t,e]).sort((e,t)=>e[1]-t[1]).map(e=>e[0])}function N5(r,e){let t=[];for(let n=e-r;n<e;++n)t.push(n);return t}var zl=I(()=>{Z();});function $5(r,e=null,t=!1){let o={x:k(r,"x","max")},s={reductionIndices:e,keepDims:t};return N.runKernel("Max",o,s)}var oa,om=I(()=>{G();L();O();oa=_({max_:$5})});function A5(r,e=null,t=!1){let o={x:k(r,"x","min")},s={axis:e,keepDims:t};return N.runKernel("Min",o,s)}var sm,q0=I(()=>{G();L();O();sm=_({min_:A5})});function R5(r,e){let t=k(r,"base","pow"),n=k(e,"exp","pow");[t,n]=Me(t,n);let o={a:t,b:n};return N.runKernel("Pow",o)}var Ni,am=I(()=>{G();wt();L();O();Ni=_({pow_:R5})});function Re(r,e){if((Dt(r)&&e!=="string"||Array.isArray(r))&&e!=="complex64")throw new Error("Error creating a new Scalar: value must be a primitive (number|boolean|string)");if(e==="string"&&Dt(r)&&!(r instanceof Uint8Array))throw new Error("When making a scalar from encoded string, the value must be `Uint8Array`.");return Rr(r,[],[],e)}var kr=I(()=>{Z();vi();});function D5(r){let t={x:k(r,"x","sqrt","float32")};return N.runKernel(Ls,t)}var Lr,Hl=I(()=>{G();J();L();O();Lr=_({sqrt_:D5})});function F5(r){let e=k(r,"x","square"),t={};return N.runKernel("Square",{x:e},t)}var Wt,Ei=I(()=>{G();L();O();Wt=_({square_:F5})});function M5(r,e=null,t=!1){let n=k(r,"x","sum");n.dtype==="bool"&&(n=He(n,"int32"));let o={x:n},s={axis:e,keepDims:t};return N.runKernel("Sum",o,s)}var rt,eo=I(()=>{G();L();xr();O();rt=_({sum_:M5})});function P5(r,e="euclidean",t=null,n=!1){r=k(r,"x","norm");let o=oT(r,e,t),s=o.shape;if(n){let a=Xi(t,r.shape);s=Ti(o.shape,a)}return K(o,s)}function oT(r,e,t=null){if(r.rank===0)return cr(r);if(r.rank!==1&&t===null)return oT(K(r,[-1]),e,t);if(r.rank===1||typeof t=="number"||Array.isArray(t)&&t.length===1){if(e===1)return rt(cr(r),t);if(e===1/0)return oa(cr(r),t);if(e===-1/0)return sm(cr(r),t);if(e==="euclidean"||e===2)return Lr(rt(Ni(cr(r),Re(2,"int32")),t));throw new Error(`Error in norm: invalid ord value: ${e}`)}if(Array.isArray(t)&&t.length===2){if(e===1)return oa(rt(cr(r),t[0]),t[1]-1);if(e===1/0)return oa(rt(cr(r),t[1]),t[0]);if(e===-1/0)return sm(rt(cr(r),t[1]),t[0]);if(e==="fro"||e==="euclidean")return Lr(rt(Wt(r),t));throw new Error(`Error in norm: invalid ord value: ${e}`)}throw new Error(`Error in norm: invalid axis: ${t}`)}var Su,im=I(()=>{L();Z();wu();zl();om();q0();O();am();Be();kr();Hl();Ei();eo();Su=_({norm_:P5})});function O5(r,e=null,t=!1){return Su(r,"euclidean",e,t)}var sT,aT=I(()=>{im();O();sT=_({euclideanNorm_:O5})});function B5(r){let t={x:k(r,"x","exp")};return N.runKernel("Exp",t)}var Jr,Kl=I(()=>{G();L();O();Jr=_({exp_:B5})});function L5(r,e=0){let t=k(r,"x","expandDims","string_or_numeric");E(e<=t.rank,()=>"Axis must be <= rank of the tensor");let n={input:t},o={dim:e};return N.runKernel(Wa,n,o)}var to,yd=I(()=>{G();J();L();Z();O();to=_({expandDims_:L5})});function V5(r){let t={x:k(r,"x","expm1")};return N.runKernel(Go,t)}var iT,cT=I(()=>{G();J();L();O();iT=_({expm1_:V5})});function W5(r,e){let t=k(r,"x","tile","string_or_numeric");E(t.rank===e.length,()=>`Error in transpose: rank of input ${t.rank} must match length of reps ${e}.`);let n={x:t},o={reps:e};return N.runKernel(wn,n,o)}var hc,wd=I(()=>{G();J();L();Z();O();hc=_({tile_:W5})});function U5(r,e,t,n="float32"){e==null&&(e=r);let o=xe([r,e],n),s=r<=e?r:e;for(let c=0;c<s;++c)o.set(1,c,c);let a=K(o.toTensor(),[r,e]);if(t==null)return a;if(t.length===1)return hc(to(a,0),[t[0],1,1]);if(t.length===2)return hc(to(to(a,0),0),[t[0],t[1],1,1]);if(t.length===3)return hc(to(to(to(a,0),0),0),[t[0],t[1],t[2],1,1]);throw new Error(`eye() currently supports only 1D and 2D batchShapes, but received ${t.length}D.`)}var vd,j0=I(()=>{Si();yd();O();Be();wd();vd=_({eye_:U5})});function G5(r){let t={x:k(r,"x","floor","float32")};return N.runKernel(Ho,t)}var Id,X0=I(()=>{G();J();L();O();Id=_({floor_:G5})});function z5(r,e,t=0,n=0){let o=k(r,"x","gather"),s=k(e,"indices","gather","int32"),a={x:o,indices:s},c={axis:t,batchDims:n};return N.runKernel(Ga,a,c)}var $i,Y0=I(()=>{G();J();L();O();$i=_({gather_:z5})});function H5(r,e){let t=k(r,"a","greater","string_or_numeric"),n=k(e,"b","greater","string_or_numeric");[t,n]=Me(t,n),et(t.shape,n.shape);let o={a:t,b:n};return N.runKernel(Xo,o)}var ku,Cd=I(()=>{G();J();wt();L();er();O();ku=_({greater_:H5})});function K5(r,e){let t=k(r,"a","greaterEqual","string_or_numeric"),n=k(e,"b","greaterEqual","string_or_numeric");[t,n]=Me(t,n),et(t.shape,n.shape);let o={a:t,b:n};return N.runKernel(Yo,o)}var Sd,J0=I(()=>{G();J();wt();L();er();O();Sd=_({greaterEqual_:K5})});function q5(r){let t={input:k(r,"input","imag")};return N.runKernel(tu,t)}var gc,cm=I(()=>{G();J();L();O();gc=_({imag_:q5})});function j5(r){let t={x:k(r,"x","isFinite")};return N.runKernel(Jo,t)}var uT,lT=I(()=>{G();J();L();O();uT=_({isFinite_:j5})});function X5(r){let t={x:k(r,"x","isInf")};return N.runKernel(Zo,t)}var pT,mT=I(()=>{G();J();L();O();pT=_({isInf_:X5})});function Y5(r){let t={x:k(r,"x","isNaN")};return N.runKernel(Qo,t)}var fT,dT=I(()=>{G();J();L();O();fT=_({isNaN_:Y5})});function J5(r,e=.2){let n={x:k(r,"x","leakyRelu")},o={alpha:e};return N.runKernel(es,n,o)}var kd,Z0=I(()=>{G();J();L();O();kd=_({leakyRelu_:J5})});function Z5(r,e){let t=k(r,"a","less","string_or_numeric"),n=k(e,"b","less","string_or_numeric");[t,n]=Me(t,n),et(t.shape,n.shape);let o={a:t,b:n};return N.runKernel(ts,o)}var um,Q0=I(()=>{G();J();wt();L();er();O();um=_({less_:Z5})});function Q5(r,e){let t=k(r,"a","lessEqual","string_or_numeric"),n=k(e,"b","lessEqual","string_or_numeric");[t,n]=Me(t,n),et(t.shape,n.shape);let o={a:t,b:n};return N.runKernel(rs,o)}var ql,_d=I(()=>{G();J();wt();L();er();O();ql=_({lessEqual_:Q5})});function hT(r,e,t){if(t<=0)throw new Error("The number of values should be positive.");let n={start:r,stop:e,num:t};return N.runKernel(ns,{},n)}var gT=I(()=>{G();J();});function e8(r,e=5,t=1,n=1,o=.5){let s=k(r,"x","localResponseNormalization");E(s.rank===4||s.rank===3,()=>`Error in localResponseNormalization: x must be rank 3 or 4 but got
               rank ${s.rank}.`),E(ka(e),()=>`Error in localResponseNormalization: depthRadius must be an integer but got depthRadius ${e}.`);let a=s,c=!1;s.rank===3&&(c=!0,a=K(s,[1,s.shape[0],s.shape[1],s.shape[2]]));let u={x:a},i={depthRadius:e,bias:t,alpha:n,beta:o},l=N.runKernel("LRN",u,i);return c?K(l,[l.shape[1],l.shape[2],l.shape[3]]):l}var xT,bT=I(()=>{G();L();Z();O();Be();xT=_({localResponseNormalization_:e8})});function t8(r){let t={x:k(r,"x","log","float32")};return N.runKernel("Log",t)}var ro,lm=I(()=>{G();L();O();ro=_({log_:t8})});function r8(r){let t={x:k(r,"x","log1p")};return N.runKernel(os,t)}var Td,ev=I(()=>{G();J();L();O();Td=_({log1p_:r8})});function yT(r){return E(ho(r),()=>"The f passed in grad(f) must be a function"),(e,t)=>{let n=k(e,"x","tf.grad","string_or_numeric"),o=t!=null?k(t,"dy","tf.grad"):null;return N.tidy(()=>{let{value:s,grads:a}=N.gradients(()=>r(n),[n],o);return o!=null&&ht(s.shape,o.shape,"The shape of dy passed in grad(f)(x, dy) must match the shape returned by f(x)"),Ed(a),a[0]})}}function wT(r){return E(ho(r),()=>"The f passed in grads(f) must be a function"),(e,t)=>{E(Array.isArray(e),()=>"The args passed in grads(f)(args) must be an array of `Tensor`s or `TensorLike`s");let n=wi(e,"args","tf.grads","string_or_numeric"),o=t!=null?k(t,"dy","tf.grads"):null;return N.tidy(()=>{let{value:s,grads:a}=N.gradients(()=>r(...n),n,o);return o!=null&&ht(s.shape,o.shape,"The shape of dy passed in grads(f)([x1,...], dy) must match the shape returned by f([x1,...])"),Ed(a),a})}}function vT(r){return E(ho(r),()=>"The f passed in valueAndGrad(f) must be a function"),(e,t)=>{E(e instanceof pt,()=>"The x passed in valueAndGrad(f)(x) must be a tensor"),E(t==null||t instanceof pt,()=>"The dy passed in valueAndGrad(f)(x, dy) must be a tensor");let{grads:n,value:o}=N.gradients(()=>r(e),[e],t);return Ed(n),{grad:n[0],value:o}}}function IT(r){return E(ho(r),()=>"The f passed in valueAndGrads(f) must be a function"),(e,t)=>{E(Array.isArray(e)&&e.every(o=>o instanceof pt),()=>"The args passed in valueAndGrads(f)(args) must be array of tensors"),E(t==null||t instanceof pt,()=>"The dy passed in valueAndGrads(f)(args, dy) must be a tensor");let n=N.gradients(()=>r(...e),e,t);return t!=null&&ht(n.value.shape,t.shape,"The shape of dy passed in valueAndGrads(f)([x1,...], dy) must match the shape returned by f([x1,...])"),Ed(n.grads),n}}function Nd(r,e){E(ho(r),()=>"The f passed in variableGrads(f) must be a function"),E(e==null||Array.isArray(e)&&e.every(i=>i instanceof Js),()=>"The varList passed in variableGrads(f, varList) must be an array of variables");let t=e!=null;if(!t){e=[];for(let i in N.registeredVariables)e.push(N.registeredVariables[i])}let n=t?e.filter(i=>!i.trainable):null,o=e.length;e=e.filter(i=>i.trainable),E(e.length>0,()=>`variableGrads() expects at least one of the input variables to be trainable, but none of the ${o} variables is trainable.`);let s=!0,{value:a,grads:c}=N.gradients(r,e,null,s);E(c.some(i=>i!=null),()=>"Cannot find a connection between any variable and the result of the loss function y=f(x). Please make sure the operations that use variables are inside the function f passed to minimize()."),E(a.rank===0,()=>`The f passed in variableGrads(f) must return a scalar, but it returned a rank-${a.rank} tensor`);let u={};return e.forEach((i,l)=>{c[l]!=null&&(u[i.name]=c[l])}),n?.forEach(i=>u[i.name]=null),{value:a,grads:u}}function _r(r){return N.customGrad(r)}function Ed(r){if(r.filter(t=>t==null).length>0)throw new Error(`Cannot compute gradient of y=f(x) with respect to x. Make sure that
    the f you passed encloses all operations that lead from x to y.`)}var Ai=I(()=>{G();pn();L();Z();});function n8(r){let t={x:k(r,"x","neg")};return N.runKernel("Neg",t)}var br,Ri=I(()=>{G();L();O();br=_({neg_:n8})});function o8(r){let t={x:k(r,"x","softplus")};return N.runKernel(Bs,t)}var $d,tv=I(()=>{G();J();L();O();$d=_({softplus_:o8})});function s8(r){let e=k(r,"x","logSigmoid");return _r(n=>({value:br($d(br(n))),gradFunc:a=>te(a,fn(br(n)))}))(e)}var CT,ST=I(()=>{Ai();L();vt();Ri();O();tm();tv();CT=_({logSigmoid_:s8})});function a8(r,e){let t=k(r,"a","sub"),n=k(e,"b","sub");[t,n]=Me(t,n);let o={a:t,b:n};return N.runKernel("Sub",o)}var Ce,tr=I(()=>{G();wt();L();O();Ce=_({sub_:a8})});function i8(r,e=-1){let t=k(r,"logits","logSoftmax");if(e===-1&&(e=t.rank-1),e!==t.rank-1)throw Error(`Log Softmax along a non-last dimension is not yet supported. Logits was rank ${t.rank} and axis was ${e}`);return _r((o,s)=>{let c=oa(o,e,!0),u=Ce(o,c),i=Ce(He(u,"float32"),ro(rt(Jr(u),e,!0)));return s([i]),{value:i,gradFunc:(p,m)=>{let[f]=m,d=!0,h=Jr(f);return Ce(p,te(rt(p,e,d),h))}}})(t)}var kT,_T=I(()=>{Ai();L();xr();Kl();lm();om();vt();O();tr();eo();kT=_({logSoftmax_:i8})});function c8(r,e=null,t=!1){let n=k(r,"x","logSumExp"),o=Xi(e,n.shape),s=oa(n,o,!0),a=Ce(n,s),c=Jr(a),u=rt(c,o),i=ro(u),l=fe(K(s,i.shape),i);if(t){let p=Ti(l.shape,o);return K(l,p)}return l}var Ad,rv=I(()=>{L();Z();qt();zl();Kl();lm();om();O();Be();tr();eo();Ad=_({logSumExp_:c8})});function u8(r,e){let t=k(r,"a","logicalAnd","bool"),n=k(e,"b","logicalAnd","bool");et(t.shape,n.shape);let o={a:t,b:n};return N.runKernel(ss,o)}var _u,Rd=I(()=>{G();J();L();er();O();_u=_({logicalAnd_:u8})});function l8(r){let t={x:k(r,"x","logicalNot","bool")};return N.runKernel(as,t)}var Dd,nv=I(()=>{G();J();L();O();Dd=_({logicalNot_:l8})});function p8(r,e){let t=k(r,"a","logicalOr","bool"),n=k(e,"b","logicalOr","bool");et(t.shape,n.shape);let o={a:t,b:n};return N.runKernel(is,o)}var Fd,ov=I(()=>{G();J();L();er();O();Fd=_({logicalOr_:p8})});function m8(r,e){let t=k(r,"a","logicalXor","bool"),n=k(e,"b","logicalXor","bool");return et(t.shape,n.shape),_u(Fd(r,e),Dd(_u(r,e)))}var TT,NT=I(()=>{L();er();Rd();nv();ov();O();TT=_({logicalXor_:m8})});function f8(r,e,t="left"){let n=k(r,"sortedSequence","searchSorted"),o=k(e,"values","searchSorted"),s=n.shape[n.shape.length-1],a=o.shape[o.shape.length-1],c=K(n,[-1,s]),u=K(o,[-1,a]);if(c.rank<2)throw new Error("Sorted input argument must be at least 2-dimensional");if(c.shape[0]!==u.shape[0])throw new Error("Leading dimension of 'sortedSequence' and 'values' must match.");if(We(u.shape)>=Md)throw new Error(`values tensor size must less than ${Md}`);if(c.shape[1]>=Md)throw new Error(`trailing dim_size must less than ${Md} for int32 output type, was ${c.shape[1]}`);let i={sortedSequence:c,values:u},l={side:t};return N.runKernel(Ds,i,l)}var Md,pm,Pd=I(()=>{G();J();L();Zt();O();Be();Md=2147483648;pm=_({searchSorted_:f8})});function ET(r,e){return pm(r,e,"left")}var $T=I(()=>{Pd();});function d8(r,e,t,n,o){let s=k(r,"x","maxPool"),a=1,c=s,u=!1;s.rank===3&&(u=!0,c=K(s,[1,s.shape[0],s.shape[1],s.shape[2]])),E(c.rank===4,()=>`Error in maxPool: input must be rank 4 but got rank ${c.rank}.`),E(Sr(t,a),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${t} and dilations '${a}'`),Bt("maxPool",n,o);let i={x:c},l={filterSize:e,strides:t,pad:n,dimRoundingMode:o},p=N.runKernel(us,i,l);return u?K(p,[p.shape[1],p.shape[2],p.shape[3]]):p}var Od,sv=I(()=>{G();J();L();Z();Or();O();Be();Od=_({maxPool_:d8})});function h8(r,e=[1,1,1],t,n,o,s="NDHWC"){let a=k(r,"x","maxPool3d"),c=a,u=!1;a.rank===4&&(u=!0,c=K(a,[1,a.shape[0],a.shape[1],a.shape[2],a.shape[3]])),E(c.rank===5,()=>`Error in maxPool3d: x must be rank 5 but got rank ${c.rank}.`),E(s==="NDHWC",()=>`Error in maxPool3d: Only NDHWC is currently supported, but got dataFormat of ${s}`),Bt("maxPool3d",n,o);let i={x:c},l={filterSize:e,strides:t,pad:n,dimRoundingMode:o,dataFormat:s},p=N.runKernel(qa,i,l);return u?K(p,[p.shape[1],p.shape[2],p.shape[3],p.shape[4]]):p}var AT,RT=I(()=>{G();J();L();Z();Or();O();Be();AT=_({maxPool3d_:h8})});function g8(r,e,t,n,o=!1){let a={x:k(r,"x","maxPoolWithArgmax")},c={filterSize:e,strides:t,pad:n,includeBatchInIndex:o},u=N.runKernel(ja,a,c);return{result:u[0],indexes:u[1]}}var DT,FT=I(()=>{G();J();L();O();DT=_({maxPoolWithArgmax_:g8})});function x8(r,e){let t=k(r,"a","maximum"),n=k(e,"b","maximum");[t,n]=Me(t,n),t.dtype==="bool"&&(t=He(t,"int32"),n=He(n,"int32")),et(t.shape,n.shape);let o={a:t,b:n};return N.runKernel(cs,o)}var jl,av=I(()=>{G();J();wt();L();er();xr();O();jl=_({maximum_:x8})});function b8(r,e=null,t=!1){let o={x:k(r,"x","mean")},s={axis:e,keepDims:t};return N.runKernel(ls,o,s)}var Di,Bd=I(()=>{G();J();L();O();Di=_({mean_:b8})});function Nn(r,e="float32"){if(bt(r),e==="complex64"){let n=Nn(r,"float32"),o=Nn(r,"float32");return Mr(n,o)}let t=Cl(We(r),e);return N.makeTensor(t,r,e)}var mm=I(()=>{G();Z();ic();});function sa(r,e="float32"){if(bt(r),e==="complex64"){let n=sa(r,"float32"),o=Nn(r,"float32");return Mr(n,o)}let t=Lp(We(r),e);return N.makeTensor(t,r,e)}var Ld=I(()=>{G();Z();Zt();ic();mm();});function MT(r,e,{indexing:t="xy"}={}){if(t!=="xy"&&t!=="ij")throw new TypeError(`${t} is not a valid third argument to meshgrid`);if(r===void 0)return[];let n=k(r,"x","meshgrid",r instanceof pt?r.dtype:"float32");if(e===void 0)return[n];let o=k(e,"y","meshgrid",e instanceof pt?e.dtype:"float32"),s=We(n.shape),a=We(o.shape);return t==="xy"?(n=K(n,[1,-1]),o=K(o,[-1,1]),[Le(sa([a,1],n.dtype),n),Le(o,sa([1,s],o.dtype))]):(n=K(n,[-1,1]),o=K(o,[1,-1]),[Le(n,sa([1,a],n.dtype)),Le(sa([s,1],o.dtype),o)])}var PT=I(()=>{ki();Ld();Be();pn();L();Zt();});function y8(r,e){let t=k(r,"a","minimum"),n=k(e,"b","minimum");[t,n]=Me(t,n),t.dtype==="bool"&&(t=He(t,"int32"),n=He(n,"int32")),et(t.shape,n.shape);let o={a:t,b:n};return N.runKernel(ps,o)}var Fi,Vd=I(()=>{G();J();wt();L();er();xr();O();Fi=_({minimum_:y8})});function w8(r,e,t){E(t==="reflect"||t==="symmetric",()=>`Invalid mode. Mode must be either reflect or symmetric. Got ${t}.`);let n=k(r,"x","mirrorPad");if(n.rank===0)throw new Error("mirrorPad(scalar) is not defined. Pass non-scalar to mirrorPad");E(e.length===n.rank,()=>`Padding doesn't match input. Must be ${n.rank}. Got ${e.length}.`);let o=t==="reflect"?1:0;for(let c=0;c<n.rank;c++)E(e[c].length===2,()=>"Invalid number of paddings. Must be length of 2 each."),E(e[c][0]>=0&&e[c][0]<=n.shape[c]-o&&e[c][1]>=0&&e[c][1]<=n.shape[c]-o,()=>`Padding in dimension ${c} cannot be greater than or equal to ${n.shape[c]-o} or less than 0 for input of shape ${n.shape}`);let s={paddings:e,mode:t},a={x:n};return N.runKernel(ms,a,s)}var OT,BT=I(()=>{G();J();L();Z();O();OT=_({mirrorPad_:w8})});function v8(r,e){let t=k(r,"a","mod"),n=k(e,"b","mod");[t,n]=Me(t,n);let o={a:t,b:n};return N.runKernel("Mod",o)}var fm,LT=I(()=>{G();wt();L();O();fm=_({mod_:v8})});function I8(r,e=null,t=!1){r=k(r,"x","moments");let n=Xi(e,r.shape),o=Di(r,n,t),s=o.shape;t||(s=Ti(o.shape,n));let a=Wt(Ce(He(r,"float32"),K(o,s))),c=Di(a,n,t);return{mean:o,variance:c}}var VT,WT=I(()=>{L();Z();zl();xr();Bd();O();Be();Ei();tr();VT=_({moments_:I8})});function C8(r,e,t,n){let o=k(e,"data","multiRNNCell"),s=wi(t,"c","multiRNNCell"),a=wi(n,"h","multiRNNCell"),c=o,u=[];for(let p=0;p<r.length;p++){let m=r[p](c,s[p],a[p]);u.push(m[0]),u.push(m[1]),c=m[1]}let i=[],l=[];for(let p=0;p<u.length;p+=2)i.push(u[p]),l.push(u[p+1]);return[i,l]}var UT,GT=I(()=>{L();O();UT=_({multiRNNCell_:C8})});function S8(r,e,t,n=!1){let o=k(r,"logits","multinomial"),s=o.size,a=o.rank;if(s<2)throw new Error(`Error in multinomial: you need at least 2 outcomes, but got ${s}.`);if(a>2)throw new Error(`Rank of probabilities must be 1 or 2, but is ${a}`);t=t||Math.random();let u={logits:a===1?K(o,[1,-1]):o},i={numSamples:e,seed:t,normalized:n},l=N.runKernel(fs,u,i);return a===1?K(l,[l.size]):l}var zT,HT=I(()=>{G();J();L();O();Be();zT=_({multinomial_:S8})});function k8(r,e){let t=k(r,"a","notEqual","string_or_numeric"),n=k(e,"b","notEqual","string_or_numeric");[t,n]=Me(t,n),et(t.shape,n.shape);let o={a:t,b:n};return N.runKernel(hs,o)}var Wd,iv=I(()=>{G();J();wt();L();er();O();Wd=_({notEqual_:k8})});function _8(r,e,t=1,n=0,o="int32"){if(e<2)throw new Error(`Error in oneHot: depth must be >=2, but it is ${e}`);let a={indices:k(r,"indices","oneHot","int32")},c={dtype:o,depth:e,onValue:t,offValue:n};return N.runKernel(ys,a,c)}var dm,cv=I(()=>{G();J();L();O();dm=_({oneHot_:_8})});function T8(r){let t={x:k(r,"x","onesLike")};return N.runKernel(Ja,t)}var KT,qT=I(()=>{G();J();L();O();KT=_({onesLike_:T8})});function N8(r,e){let t=k(r,"v1","outerProduct"),n=k(e,"v2","outerProduct");E(t.rank===1&&n.rank===1,()=>`Error in outerProduct: inputs must be rank 1, but got ranks ${t.rank} and ${n.rank}.`);let o=K(t,[-1,1]),s=K(n,[1,-1]);return Le(o,s)}var jT,XT=I(()=>{L();Z();ki();O();Be();jT=_({outerProduct_:N8})});function E8(r,e,t=0){let n=k(r,"x","pad");if(n.rank===0)throw new Error("pad(scalar) is not defined. Pass non-scalar to pad");let o={paddings:e,constantValue:t},s={x:n};return N.runKernel(ws,s,o)}var aa,Xl=I(()=>{G();J();L();O();aa=_({pad_:E8})});function $8(r,e,t=0){return E(e.length===2,()=>"Invalid number of paddings. Must be length of 2."),aa(r,[e],t)}var YT,JT=I(()=>{Z();O();Xl();YT=_({pad1d_:$8})});function A8(r,e,t=0){return E(e.length===2&&e[0].length===2&&e[1].length===2,()=>"Invalid number of paddings. Must be length of 2 each."),aa(r,e,t)}var ZT,QT=I(()=>{Z();O();Xl();ZT=_({pad2d_:A8})});function R8(r,e,t=0){return E(e.length===3&&e[0].length===2&&e[1].length===2&&e[2].length===2,()=>"Invalid number of paddings. Must be length of 2 each."),aa(r,e,t)}var e2,t2=I(()=>{Z();O();Xl();e2=_({pad3d_:R8})});function D8(r,e,t=0){return E(e.length===4&&e[0].length===2&&e[1].length===2&&e[2].length===2&&e[3].length===2,()=>"Invalid number of paddings. Must be length of 2 each."),aa(r,e,t)}var r2,n2=I(()=>{Z();O();Xl();r2=_({pad4d_:D8})});function F8(r,e,t){let n=k(r,"x","spaceToBatchND");E(n.rank>=1+e.length,()=>`input rank ${n.rank} should be > than [blockShape] ${e.length}`),E(t.length===e.length,()=>`paddings.shape[0] ${t.length} must be equal to [blockShape] ${e.length}`),E(n.shape.reduce((a,c,u)=>u>0&&u<=e.length?a&&(c+t[u-1][0]+t[u-1][1])%e[u-1]===0:a,!0),()=>`input spatial dimensions ${n.shape.slice(1)} with paddings ${t.toString()} must be divisible by blockShapes ${e.toString()}`);let o={x:n},s={blockShape:e,paddings:t};return N.runKernel(ai,o,s)}var Ud,uv=I(()=>{G();J();L();Z();O();Ud=_({spaceToBatchND_:F8})});function M8(r,e,t,n,o,s,a){o==null&&(o=[1,1]),s==null&&(s=1),n===0&&(n="valid");let c=k(r,"x","maxPool"),u=c,i=!1;c.rank===3&&(i=!0,u=K(c,[1,c.shape[0],c.shape[1],c.shape[2]])),E(Sr(s,o),()=>`Error in pool: Either strides or dilations must be 1. Got strides ${s} and dilations '${o}'`);let l=M0(u.shape,e,s,o,n),p=[l.dilationHeight,l.dilationWidth],m;n==="same"?m=O8([l.filterHeight,l.filterWidth],p):m=[[0,0],[0,0]];let f=p[0]===1&&p[1]===1,[d,h]=P8([l.inHeight,l.inWidth],p,m),g=f?n:"valid",x=f?u:Ud(u,p,d),w=(t==="avg"?()=>pd(x,e,s,g,a):()=>Od(x,e,s,g,a))(),C=f?w:md(w,p,h);return i?K(C,[C.shape[1],C.shape[2],C.shape[3]]):C}function P8(r,e,t){let n=t.map(l=>l[0]),o=t.map(l=>l[1]),s=r.concat(n,o),a=e.map((l,p)=>(l-s[p]%l)%l),c=o.map((l,p)=>l+a[p]),u=e.map((l,p)=>[n[p],c[p]]),i=e.map((l,p)=>[0,a[p]]);return[u,i]}function O8(r,e){let n=r.map((a,c)=>a+(a-1)*(e[c]-1)).map(a=>a-1),o=n.map(a=>Math.floor(a/2)),s=n.map((a,c)=>a-o[c]);return n.map((a,c)=>[o[c],s[c]])}var o2,s2=I(()=>{L();Z();O0();L0();Or();sv();O();Be();uv();o2=_({pool_:M8})});function B8(r,e){let t=k(r,"x","prelu"),n=k(e,"alpha","prelu"),o={x:t,alpha:n};return N.runKernel(vs,o)}var Gd,lv=I(()=>{G();J();L();O();Gd=_({prelu_:B8})});function L8(r,e=null,t=!1){let n=k(r,"x","prod");n.dtype==="bool"&&(n=He(n,"int32"));let o={x:n},s={axis:e,keepDims:t};return N.runKernel(Is,o,s)}var a2,i2=I(()=>{G();J();L();xr();O();a2=_({prod_:L8})});function V8(r,e,t,n){let o=r.map((l,p)=>k(l,`tensors${p}`,"raggedGather","int32")),s=k(e,"paramsDenseValues","raggedGather"),a=k(t,"indices","raggedGather","int32"),c={paramsNestedSplits:o,paramsDenseValues:s,indices:a},u={outputRaggedRank:n},i=N.runKernel(ou,c,u);return{outputNestedSplits:i.slice(0,i.length-1),outputDenseValues:i[i.length-1]}}var c2,u2=I(()=>{G();J();L();O();c2=_({raggedGather_:V8})});function W8(r,e,t){let n=k(r,"starts","raggedRange"),o=k(e,"limits","raggedRange",n.dtype),s=k(t,"deltas","raggedRange",n.dtype),a={starts:n,limits:o,deltas:s},c=N.runKernel(su,a);return{rtNestedSplits:c[0],rtDenseValues:c[1]}}var l2,p2=I(()=>{G();J();L();O();l2=_({raggedRange_:W8})});function U8(r,e,t,n,o){let s=k(r,"shape","raggedTensorToTensor","int32"),a=k(e,"values","raggedTensorToTensor"),c=k(t,"defaultValue","raggedTensorToTensor",a.dtype),u=n.map((p,m)=>k(p,`tensors${m}`,"raggedTensorToTensor","int32")),i={shape:s,values:a,defaultValue:c,rowPartitionTensors:u},l={rowPartitionTypes:o};return N.runKernel(au,i,l)}var m2,f2=I(()=>{G();J();L();O();m2=_({raggedTensorToTensor_:U8})});function G8(r,e,t){bt(r);let n=We(r),o=null;if(t==null||t==="float32")o=new Float32Array(n);else if(t==="int32")o=new Int32Array(n);else if(t==="bool")o=new Uint8Array(n);else throw new Error(`Unknown data type ${t}`);for(let s=0;s<n;s++)o[s]=e();return N.makeTensor(o,r,t)}var d2,h2=I(()=>{G();Z();Zt();O();d2=_({rand_:G8})});var x2=Kt((g2,pv)=>{(function(r,e,t){function n(c){var u=this,i=a();u.next=function(){var l=2091639*u.s0+u.c*23283064365386963e-26;return u.s0=u.s1,u.s1=u.s2,u.s2=l-(u.c=l|0)},u.c=1,u.s0=i(" "),u.s1=i(" "),u.s2=i(" "),u.s0-=i(c),u.s0<0&&(u.s0+=1),u.s1-=i(c),u.s1<0&&(u.s1+=1),u.s2-=i(c),u.s2<0&&(u.s2+=1),i=null}function o(c,u){return u.c=c.c,u.s0=c.s0,u.s1=c.s1,u.s2=c.s2,u}function s(c,u){var i=new n(c),l=u&&u.state,p=i.next;return p.int32=function(){return i.next()*4294967296|0},p.double=function(){return p()+(p()*2097152|0)*11102230246251565e-32},p.quick=p,l&&(typeof l=="object"&&o(l,i),p.state=function(){return o(i,{})}),p}function a(){var c=4022871197,u=function(i){i=String(i);for(var l=0;l<i.length;l++){c+=i.charCodeAt(l);var p=.02519603282416938*c;c=p>>>0,p-=c,p*=c,c=p>>>0,p-=c,c+=p*4294967296}return(c>>>0)*23283064365386963e-26};return u}e&&e.exports?e.exports=s:t&&t.amd?t(function(){return s}):this.alea=s})(g2,typeof pv=="object"&&pv,typeof define=="function"&&define)});var y2=Kt((b2,mv)=>{(function(r,e,t){function n(a){var c=this,u="";c.x=0,c.y=0,c.z=0,c.w=0,c.next=function(){var l=c.x^c.x<<11;return c.x=c.y,c.y=c.z,c.z=c.w,c.w^=c.w>>>19^l^l>>>8},a===(a|0)?c.x=a:u+=a;for(var i=0;i<u.length+64;i++)c.x^=u.charCodeAt(i)|0,c.next()}function o(a,c){return c.x=a.x,c.y=a.y,c.z=a.z,c.w=a.w,c}function s(a,c){var u=new n(a),i=c&&c.state,l=function(){return(u.next()>>>0)/4294967296};return l.double=function(){do var p=u.next()>>>11,m=(u.next()>>>0)/4294967296,f=(p+m)/(1<<21);while(f===0);return f},l.int32=u.next,l.quick=l,i&&(typeof i=="object"&&o(i,u),l.state=function(){return o(u,{})}),l}e&&e.exports?e.exports=s:t&&t.amd?t(function(){return s}):this.xor128=s})(b2,typeof mv=="object"&&mv,typeof define=="function"&&define)});var v2=Kt((w2,fv)=>{(function(r,e,t){function n(a){var c=this,u="";c.next=function(){var l=c.x^c.x>>>2;return c.x=c.y,c.y=c.z,c.z=c.w,c.w=c.v,(c.d=c.d+362437|0)+(c.v=c.v^c.v<<4^(l^l<<1))|0},c.x=0,c.y=0,c.z=0,c.w=0,c.v=0,a===(a|0)?c.x=a:u+=a;for(var i=0;i<u.length+64;i++)c.x^=u.charCodeAt(i)|0,i==u.length&&(c.d=c.x<<10^c.x>>>4),c.next()}function o(a,c){return c.x=a.x,c.y=a.y,c.z=a.z,c.w=a.w,c.v=a.v,c.d=a.d,c}function s(a,c){var u=new n(a),i=c&&c.state,l=function(){return(u.next()>>>0)/4294967296};return l.double=function(){do var p=u.next()>>>11,m=(u.next()>>>0)/4294967296,f=(p+m)/(1<<21);while(f===0);return f},l.int32=u.next,l.quick=l,i&&(typeof i=="object"&&o(i,u),l.state=function(){return o(u,{})}),l}e&&e.exports?e.exports=s:t&&t.amd?t(function(){return s}):this.xorwow=s})(w2,typeof fv=="object"&&fv,typeof define=="function"&&define)});var C2=Kt((I2,dv)=>{(function(r,e,t){function n(a){var c=this;c.next=function(){var i=c.x,l=c.i,p,m,f;return p=i[l],p^=p>>>7,m=p^p<<24,p=i[l+1&7],m^=p^p>>>10,p=i[l+3&7],m^=p^p>>>3,p=i[l+4&7],m^=p^p<<7,p=i[l+7&7],p=p^p<<13,m^=p^p<<9,i[l]=m,c.i=l+1&7,m};function u(i,l){var p,m,f=[];if(l===(l|0))m=f[0]=l;else for(l=""+l,p=0;p<l.length;++p)f[p&7]=f[p&7]<<15^l.charCodeAt(p)+f[p+1&7]<<13;for(;f.length<8;)f.push(0);for(p=0;p<8&&f[p]===0;++p);for(p==8?m=f[7]=-1:m=f[p],i.x=f,i.i=0,p=256;p>0;--p)i.next()}u(c,a)}function o(a,c){return c.x=a.x.slice(),c.i=a.i,c}function s(a,c){a==null&&(a=+new Date);var u=new n(a),i=c&&c.state,l=function(){return(u.next()>>>0)/4294967296};return l.double=function(){do var p=u.next()>>>11,m=(u.next()>>>0)/4294967296,f=(p+m)/(1<<21);while(f===0);return f},l.int32=u.next,l.quick=l,i&&(i.x&&o(i,u),l.state=function(){return o(u,{})}),l}e&&e.exports?e.exports=s:t&&t.amd?t(function(){return s}):this.xorshift7=s})(I2,typeof dv=="object"&&dv,typeof define=="function"&&define)});var k2=Kt((S2,hv)=>{(function(r,e,t){function n(a){var c=this;c.next=function(){var i=c.w,l=c.X,p=c.i,m,f;return c.w=i=i+1640531527|0,f=l[p+34&127],m=l[p=p+1&127],f^=f<<13,m^=m<<17,f^=f>>>15,m^=m>>>12,f=l[p]=f^m,c.i=p,f+(i^i>>>16)|0};function u(i,l){var p,m,f,d,h,g=[],x=128;for(l===(l|0)?(m=l,l=null):(l=l+"\0",m=0,x=Math.max(x,l.length)),f=0,d=-32;d<x;++d)l&&(m^=l.charCodeAt((d+32)%l.length)),d===0&&(h=m),m^=m<<10,m^=m>>>15,m^=m<<4,m^=m>>>13,d>=0&&(h=h+1640531527|0,p=g[d&127]^=m+h,f=p==0?f+1:0);for(f>=128&&(g[(l&&l.length||0)&127]=-1),f=127,d=512;d>0;--d)m=g[f+34&127],p=g[f=f+1&127],m^=m<<13,p^=p<<17,m^=m>>>15,p^=p>>>12,g[f]=m^p;i.w=h,i.X=g,i.i=f}u(c,a)}function o(a,c){return c.i=a.i,c.w=a.w,c.X=a.X.slice(),c}function s(a,c){a==null&&(a=+new Date);var u=new n(a),i=c&&c.state,l=function(){return(u.next()>>>0)/4294967296};return l.double=function(){do var p=u.next()>>>11,m=(u.next()>>>0)/4294967296,f=(p+m)/(1<<21);while(f===0);return f},l.int32=u.next,l.quick=l,i&&(i.X&&o(i,u),l.state=function(){return o(u,{})}),l}e&&e.exports?e.exports=s:t&&t.amd?t(function(){return s}):this.xor4096=s})(S2,typeof hv=="object"&&hv,typeof define=="function"&&define)});var T2=Kt((_2,gv)=>{(function(r,e,t){function n(a){var c=this,u="";c.next=function(){var l=c.b,p=c.c,m=c.d,f=c.a;return l=l<<25^l>>>7^p,p=p-m|0,m=m<<24^m>>>8^f,f=f-l|0,c.b=l=l<<20^l>>>12^p,c.c=p=p-m|0,c.d=m<<16^p>>>16^f,c.a=f-l|0},c.a=0,c.b=0,c.c=-1640531527,c.d=1367130551,a===Math.floor(a)?(c.a=a/4294967296|0,c.b=a|0):u+=a;for(var i=0;i<u.length+20;i++)c.b^=u.charCodeAt(i)|0,c.next()}function o(a,c){return c.a=a.a,c.b=a.b,c.c=a.c,c.d=a.d,c}function s(a,c){var u=new n(a),i=c&&c.state,l=function(){return(u.next()>>>0)/4294967296};return l.double=function(){do var p=u.next()>>>11,m=(u.next()>>>0)/4294967296,f=(p+m)/(1<<21);while(f===0);return f},l.int32=u.next,l.quick=l,i&&(typeof i=="object"&&o(i,u),l.state=function(){return o(u,{})}),l}e&&e.exports?e.exports=s:t&&t.amd?t(function(){return s}):this.tychei=s})(_2,typeof gv=="object"&&gv,typeof define=="function"&&define)});var N2=Kt(()=>{});var $2=Kt((E2,zd)=>{(function(r,e,t){var n=256,o=6,s=52,a="random",c=t.pow(n,o),u=t.pow(2,s),i=u*2,l=n-1,p;function m(w,C,T){var $=[];C=C==!0?{entropy:!0}:C||{};var A=g(h(C.entropy?[w,y(e)]:w??x(),3),$),R=new f($),D=function(){for(var F=R.g(o),B=c,V=0;F<u;)F=(F+V)*n,B*=n,V=R.g(1);for(;F>=i;)F/=2,B/=2,V>>>=1;return(F+V)/B};return D.int32=function(){return R.g(4)|0},D.quick=function(){return R.g(4)/4294967296},D.double=D,g(y(R.S),e),(C.pass||T||function(F,B,V,U){return U&&(U.S&&d(U,R),F.state=function(){return d(R,{})}),V?(t[a]=F,B):F})(D,A,"global"in C?C.global:this==t,C.state)}function f(w){var C,T=w.length,$=this,A=0,R=$.i=$.j=0,D=$.S=[];for(T||(w=[T++]);A<n;)D[A]=A++;for(A=0;A<n;A++)D[A]=D[R=l&R+w[A%T]+(C=D[A])],D[R]=C;($.g=function(F){for(var B,V=0,U=$.i,z=$.j,W=$.S;F--;)B=W[U=l&U+1],V=V*n+W[l&(W[U]=W[z=l&z+B])+(W[z]=B)];return $.i=U,$.j=z,V})(n)}function d(w,C){return C.i=w.i,C.j=w.j,C.S=w.S.slice(),C}function h(w,C){var T=[],$=typeof w,A;if(C&&$=="object")for(A in w)try{T.push(h(w[A],C-1))}catch{}return T.length?T:$=="string"?w:w+"\0"}function g(w,C){for(var T=w+"",$,A=0;A<T.length;)C[l&A]=l&($^=C[l&A]*19)+T.charCodeAt(A++);return y(C)}function x(){try{var w;return p&&(w=p.randomBytes)?w=w(n):(w=new Uint8Array(n),(r.crypto||r.msCrypto).getRandomValues(w)),y(w)}catch{var C=r.navigator,T=C&&C.plugins;return[+new Date,r,T,r.screen,y(e)]}}function y(w){return String.fromCharCode.apply(0,w)}if(g(t.random(),e),typeof zd=="object"&&zd.exports){zd.exports=m;try{p=N2()}catch{}}else typeof define=="function"&&define.amd?define(function(){return m}):t["seed"+a]=m})(typeof self<"u"?self:E2,[],Math)});var xv=Kt((qke,A2)=>{var z8=x2(),H8=y2(),K8=v2(),q8=C2(),j8=k2(),X8=T2(),Tu=$2();Tu.alea=z8;Tu.xor128=H8;Tu.xorwow=K8;Tu.xorshift7=q8;Tu.xor4096=j8;Tu.tychei=X8;A2.exports=Tu});var vv={};sr(vv,{TEST_EPSILON_FLOAT16:()=>R2,createVideoElement:()=>nX,encodeStrings:()=>D2,expectArrayBuffersEqual:()=>rX,expectArraysClose:()=>J8,expectArraysEqual:()=>Q8,expectNumbersClose:()=>eX,expectPromiseToFail:()=>Z8,expectValuesInRange:()=>tX,play:()=>oX,testEpsilon:()=>yv});function J8(r,e,t){return t==null&&(t=yv()),bv(r,e,(n,o)=>wv(n,o,t))}function yv(){return N.backend.floatPrecision()===32?Y8:R2}function bv(r,e,t){let n=!0;if((Dt(r)||Dt(e))&&(n=!1),Dt(r)&&Dt(e)&&(n=!0),n){let a=r.constructor.name,c=e.constructor.name;if(a!==c)throw new Error(`Arrays are of different type. Actual: ${a}. Expected: ${c}`)}if(Array.isArray(r)&&Array.isArray(e)){let a=hr(r),c=hr(e);if(!$r(a,c))throw new Error(`Arrays have different shapes. Actual: [${a}]. Expected: [${c}]`)}let o=Dt(r)?r:Yn(r),s=Dt(e)?e:Yn(e);if(o.length!==s.length)throw new Error(`Arrays have different lengths actual: ${o.length} vs expected: ${s.length}.
Actual:   ${o}.
Expected: ${s}.`);for(let a=0;a<s.length;++a){let c=o[a],u=s[a];if(!t(c,u))throw new Error(`Arrays differ: actual[${a}] = ${c}, expected[${a}] = ${u}.
Actual:   ${o}.
Expected: ${s}.`)}typeof expect<"u"&&expect().nothing()}function Z8(r,e){r().then(()=>e.fail(),()=>e()),typeof expect<"u"&&expect().nothing()}function Q8(r,e){let t=typeof e=="string"||typeof e=="number"||typeof e=="boolean"?[e]:e;return Ln(r)||Ln(r[0])||Ln(e)||Ln(e[0])?bv(r,t,(n,o)=>n==o):bv(r,e,(n,o)=>wv(n,o,0))}function eX(r,e,t){if(t==null&&(t=yv()),!wv(r,e,t))throw new Error(`Numbers differ: actual === ${r}, expected === ${e}`);typeof expect<"u"&&expect().nothing()}function wv(r,e,t){return!isFinite(r)&&!isFinite(e)?!0:!(isNaN(r)||isNaN(e)||Math.abs(r-e)>t)}function tX(r,e,t){for(let n=0;n<r.length;n++)if(r[n]<e||r[n]>t)throw new Error(`Value out of range:${r[n]} low: ${e}, high: ${t}`)}function rX(r,e){let t=new Float32Array(r),n=new Float32Array(e);if(t.length!==n.length)throw new Error(`Expected ArrayBuffer to be of length ${n.length}, but it was ${t.length}`);for(let o=0;o<n.length;o++)if(t[o]!==n[o])throw new Error(`Expected ArrayBuffer value at ${o} to be ${n[o]} but got ${t[o]} instead`)}function D2(r){for(let e=0;e<r.length;e++){let t=r[e];Array.isArray(t)?D2(t):r[e]=sc(t)}return r}function nX(r){let e=document.createElement("video");return"playsInline"in e&&(e.playsInline=!0),e.muted=!0,e.loop=!0,e.style.position="fixed",e.style.left="0px",e.style.top="0px",e.preload="auto",e.appendChild(r),new Promise(t=>{e.addEventListener("loadeddata",n=>t(e)),e.load()})}async function oX(r){await r.play(),"requestVideoFrameCallback"in r&&await new Promise(e=>{r.requestVideoFrameCallback(e)})}var Y8,R2,F2=I(()=>{G();L();Z();Y8=.001,R2=.1});var qd,Nu,Hd,Kd,hm=I(()=>{qd=Vc(xv());Nu=class{constructor(e,t,n,o,s){this.mean=e,this.stdDev=t,this.dtype=n,this.nextVal=NaN,this.truncated=o,this.truncated&&(this.upper=this.mean+this.stdDev*2,this.lower=this.mean-this.stdDev*2);let a=s||Math.random();this.random=qd.alea(a.toString())}nextValue(){if(!isNaN(this.nextVal)){let o=this.nextVal;return this.nextVal=NaN,o}let e,t,n=!1;for(;!n;){let o,s,a;do o=2*this.random()-1,s=2*this.random()-1,a=o*o+s*s;while(a>=1||a===0);let c=Math.sqrt(-2*Math.log(a)/a);e=this.mean+this.stdDev*o*c,t=this.mean+this.stdDev*s*c,(!this.truncated||this.isValidTruncated(e))&&(n=!0)}return(!this.truncated||this.isValidTruncated(t))&&(this.nextVal=this.convertValue(t)),this.convertValue(e)}convertValue(e){return this.dtype==null||this.dtype==="float32"?e:Math.round(e)}isValidTruncated(e){return e<=this.upper&&e>=this.lower}},Hd=class{constructor(e,t,n,o){this.alpha=e,this.beta=1/t,this.dtype=n;let s=o||Math.random();this.randu=qd.alea(s.toString()),this.randn=new Nu(0,1,n,!1,this.randu()),e<1?this.d=e+2/3:this.d=e-1/3,this.c=1/Math.sqrt(9*this.d)}nextValue(){let e,t,n,o,s,a;for(;;){do o=this.randn.nextValue(),a=1+this.c*o;while(a<=0);if(a*=a*a,e=o*o,t=1-.331*e*e,n=.5*e+this.d*(1-a+Math.log(a)),s=this.randu(),s<t||Math.log(s)<n)break}return a=1/this.beta*this.d*a,this.alpha<1&&(a*=Math.pow(this.randu(),1/this.alpha)),this.convertValue(a)}convertValue(e){return this.dtype==="float32"?e:Math.round(e)}},Kd=class{constructor(e=0,t=1,n,o){if(this.canReturnFloat=()=>this.dtype==null||this.dtype==="float32",this.min=e,this.range=t-e,this.dtype=n,o==null&&(o=Math.random()),typeof o=="number"&&(o=o.toString()),!this.canReturnFloat()&&this.range<=1)throw new Error(`The difference between ${e} - ${t} <= 1 and dtype is not float`);this.random=qd.alea(o)}convertValue(e){return this.canReturnFloat()?e:Math.round(e)}nextValue(){return this.convertValue(this.min+this.range*this.random())}}});function sX(r,e,t=1,n="float32",o){if(bt(r),t==null&&(t=1),n==null&&(n="float32"),n!=="float32"&&n!=="int32")throw new Error(`Unsupported data type ${n}`);let s=new Hd(e,t,n,o),a=xe(r,n);for(let c=0;c<a.values.length;c++)a.values[c]=s.nextValue();return a.toTensor()}var M2,P2=I(()=>{Zt();Si();O();hm();M2=_({randomGamma_:sX})});function aX(r,e=0,t=1,n,o){if(bt(r),n!=null&&n==="bool")throw new Error(`Unsupported data type ${n}`);let s=new Nu(e,t,n,!1,o),a=xe(r,n);for(let c=0;c<a.values.length;c++)a.values[c]=s.nextValue();return a.toTensor()}var jd,Iv=I(()=>{Zt();Si();O();hm();jd=_({randomNormal_:aX})});function iX(r,e,t){if(e!=null&&e==="bool")throw new Error(`Unsupported data type ${e}`);return jd(r,0,1,e,t)}var O2,B2=I(()=>{O();Iv();O2=_({randomStandardNormal_:iX})});function cX(r,e=0,t=1,n="float32",o){bt(r);let s=xe(r,n),a=new Kd(e,t,null,o);for(let c=0;c<s.values.length;c++)s.values[c]=a.nextValue();return s.toTensor()}var Yl,Xd=I(()=>{Zt();Si();O();hm();Yl=_({randomUniform_:cX})});function uX(r,e,t,n){return Yl(r,e,t,"int32",n)}var L2,V2=I(()=>{O();Xd();L2=_({randomUniformInt_:uX})});function xc(r,e,t=1,n="float32"){if(t===0)throw new Error("Cannot have a step of zero");let o={start:r,stop:e,step:t,dtype:n};return N.runKernel(ei,{},o)}var Yd=I(()=>{G();J();});function lX(r){let t={input:k(r,"input","real")};return N.runKernel(iu,t)}var Mi,gm=I(()=>{G();J();L();O();Mi=_({real_:lX})});function pX(r){let t={x:k(r,"x","reciprocal")};return N.runKernel(Cs,t)}var W2,U2=I(()=>{G();J();L();O();W2=_({reciprocal_:pX})});function mX(r){let t={x:k(r,"x","relu")};return N.runKernel(Ss,t)}var ia,xm=I(()=>{G();J();L();O();ia=_({relu_:mX})});function fX(r){let t={x:k(r,"x","relu6")};return N.runKernel(Ts,t)}var Jd,Cv=I(()=>{G();J();L();O();Jd=_({relu6_:fX})});function dX(r,e){let n={x:k(r,"x","reverse")},o={dims:e};return N.runKernel(Ns,n,o)}var hn,Eu=I(()=>{G();J();L();O();hn=_({reverse_:dX})});function hX(r){let e=k(r,"x","reverse");return E(e.rank===1,()=>`Error in reverse1D: x must be rank 1 but got rank ${e.rank}.`),hn(e,0)}var G2,z2=I(()=>{L();Z();O();Eu();G2=_({reverse1d_:hX})});function gX(r,e){let t=k(r,"x","reverse");return E(t.rank===2,()=>`Error in reverse2D: x must be rank 2 but got rank ${t.rank}.`),hn(t,e)}var H2,K2=I(()=>{L();Z();O();Eu();H2=_({reverse2d_:gX})});function xX(r,e){let t=k(r,"x","reverse");return E(t.rank===3,()=>`Error in reverse3D: x must be rank 3 but got rank ${t.rank}.`),hn(t,e)}var q2,j2=I(()=>{L();Z();O();Eu();q2=_({reverse3d_:xX})});function bX(r,e){let t=k(r,"x","reverse");return E(t.rank===4,()=>`Error in reverse4D: x must be rank 4 but got rank ${t.rank}.`),hn(t,e)}var X2,Y2=I(()=>{L();Z();O();Eu();X2=_({reverse4d_:bX})});function yX(r){let t={x:k(r,"x","round")};return N.runKernel(Es,t)}var Zd,Sv=I(()=>{G();J();L();O();Zd=_({round_:yX})});function wX(r){let t={x:k(r,"x","rsqrt","float32")};return N.runKernel($s,t)}var Qd,J2=I(()=>{G();J();L();O();Qd=_({rsqrt_:wX})});function vX(r){let t={x:k(r,"x","selu")};return N.runKernel(Fs,t)}var Z2,Q2=I(()=>{G();J();L();O();Z2=_({selu_:vX})});function IX(r,e,t,n,o,s=[1,1],a="NHWC"){let c=k(r,"x","separableConv2d"),u=k(e,"depthwiseFilter","separableConv2d"),i=k(t,"pointwiseFilter","separableConv2d"),l=c,p=!1;if(c.rank===3&&(p=!0,l=K(c,[1,c.shape[0],c.shape[1],c.shape[2]])),a==="NCHW")throw new Error("separableConv2d currently does not support dataFormat NCHW; only NHWC is supported");E(l.rank===4,()=>`Error in separableConv2d: input must be rank 4, but got rank ${l.rank}.`),E(u.rank===4,()=>`Error in separableConv2d: depthwise filter must be rank 4, but got rank ${u.rank}.`),E(i.rank===4,()=>`Error in separableConv2d: pointwise filter must be rank 4, but got rank ${u.rank}.`),E(i.shape[0]===1,()=>`Error in separableConv2d: the first dimension of pointwise filter  must be 1, but got ${i.shape[0]}.`),E(i.shape[1]===1,()=>`Error in separableConv2d: the second dimension of pointwise filter must be 1, but got ${i.shape[1]}.`);let m=u.shape[2],f=u.shape[3];E(i.shape[2]===m*f,()=>`Error in separableConv2d: the third dimension of pointwise filter must be ${m*f}, but got ${i.shape[2]}.`);let d=Ul(l,u,n,o,a,s),g=fc(d,i,1,"valid",a);return p?K(g,[g.shape[1],g.shape[2],g.shape[3]]):g}var eN,tN=I(()=>{L();Z();nm();hd();O();Be();eN=_({separableConv2d_:IX})});async function CX(r,e){let t=k(r,"x","setdiff1d"),n=k(e,"y","setdiff1d");E(t.dtype===n.dtype,()=>`x and y should have the same dtype, but got x (${t.dtype}) and y (${n.dtype}).`),E(t.rank===1,()=>`x should be 1D tensor, but got x (${t.shape}).`),E(n.rank===1,()=>`y should be 1D tensor, but got y (${n.shape}).`);let o=await t.data(),s=await n.data(),a=new Set(s),c=0;for(let l=0;l<o.length;l++)a.has(o[l])||c++;let u=new Je([c],t.dtype),i=new Je([c],"int32");for(let l=0,p=0;l<o.length;l++)a.has(o[l])||(u.values[p]=o[l],i.values[p]=l,p++);return[u.toTensor(),i.toTensor()]}var rN,nN=I(()=>{pn();L();Z();rN=CX});function SX(r){let t={x:k(r,"x","sign")};return N.runKernel(Ps,t)}var oN,sN=I(()=>{G();J();L();O();oN=_({sign_:SX})});function kX(r){let t={x:k(r,"x","sin","float32")};return N.runKernel("Sin",t)}var aN,iN=I(()=>{G();L();O();aN=_({sin_:kX})});function _X(r){let t={x:k(r,"x","sinh")};return N.runKernel(Ms,t)}var cN,uN=I(()=>{G();J();L();O();cN=_({sinh_:_X})});function TX(r,e,t){let n=k(r,"x","slice1d");return E(n.rank===1,()=>`slice1d expects a rank-1 tensor, but got a rank-${n.rank} tensor`),Ae(n,[e],[t])}var lN,pN=I(()=>{L();Z();O();Tn();lN=_({slice1d_:TX})});function NX(r,e,t){let n=k(r,"x","slice2d");return E(n.rank===2,()=>`slice2d expects a rank-2 tensor, but got a rank-${n.rank} tensor`),Ae(n,e,t)}var mN,fN=I(()=>{L();Z();O();Tn();mN=_({slice2d_:NX})});function EX(r,e,t){let n=k(r,"x","slice3d");return E(n.rank===3,()=>`slice3d expects a rank-3 tensor, but got a rank-${n.rank} tensor`),Ae(n,e,t)}var dN,hN=I(()=>{L();Z();O();Tn();dN=_({slice3d_:EX})});function $X(r,e,t){let n=k(r,"x","slice4d");return E(n.rank===4,()=>`slice4d expects a rank-4 tensor, but got a rank-${n.rank} tensor`),Ae(n,e,t)}var gN,xN=I(()=>{L();Z();O();Tn();gN=_({slice4d_:$X})});function AX(r,e=-1){let t=k(r,"logits","softmax","float32");if(e===-1&&(e=t.rank-1),e!==t.rank-1)throw Error(`Softmax along a non-last dimension is not yet supported. Logits was rank ${t.rank} and dim was ${e}`);let n={logits:t},o={dim:e};return N.runKernel(Vs,n,o)}var bm,bN=I(()=>{G();J();L();O();bm=_({softmax_:AX})});function RX(r){E(r.dtype==="complex64",()=>`The dtype for tf.spectral.fft() must be complex64 but got ${r.dtype}.`);let e={input:r};return N.runKernel("FFT",e)}var Jl,eh=I(()=>{G();Z();O();Jl=_({fft_:RX})});function DX(r){E(r.dtype==="complex64",()=>`The dtype for tf.spectral.ifft() must be complex64 but got ${r.dtype}.`);let e={input:r};return N.runKernel(eu,e)}var $u,th=I(()=>{G();J();Z();O();$u=_({ifft_:DX})});function FX(r){let e=r.shape[r.shape.length-1],t=r.size/e,n;if(e<=2){let o=K(r,[t,e]);n=$u(o)}else{let o=[t,2*(e-1)],s=K(Mi(r),[t,e]),a=K(gc(r),[t,e]),c=hn(Ae(s,[0,1],[t,e-2]),1),u=te(hn(Ae(a,[0,1],[t,e-2]),1),Re(-1)),i=mt([s,c],1),l=mt([a,u],1),p=K(Mr(i,l),[o[0],o[1]]);n=$u(p)}if(n=Mi(n),r.rank===3&&r.shape[0]!==0){let o=n,s=r.shape[0];n=K(n,[s,n.shape[0]/s,n.shape[1]]),o.dispose()}return n}var rh,kv=I(()=>{ic();Qn();cm();vt();O();gm();Be();Eu();kr();Tn();th();rh=_({irfft_:FX})});function MX(r,e,t=0){let o={x:k(r,"x","split")},s={numOrSizeSplits:e,axis:t};return N.runKernel(ii,o,s)}var En,ym=I(()=>{G();J();L();O();En=_({split_:MX})});function PX(r,e){E(r.dtype==="float32",()=>`The dtype for rfft() must be real value but got ${r.dtype}`);let t=r.shape[r.shape.length-1],n=r.size/t,o;if(e!=null&&e<t){let d=r.shape.map(g=>0),h=r.shape.map(g=>g);h[r.shape.length-1]=e,o=Ae(r,d,h),t=e}else if(e!=null&&e>t){let d=r.shape.map(h=>h);d[r.shape.length-1]=e-t,o=mt([r,Nn(d)],r.shape.length-1),t=e}else o=r;let s=jt(o),a=K(Mr(o,s),[n,t]),c=Jl(a),u=Math.floor(t/2)+1,i=Mi(c),l=gc(c),p=En(i,[u,t-u],i.shape.length-1),m=En(l,[u,t-u],l.shape.length-1),f=o.shape.slice();return f[o.shape.length-1]=u,K(Mr(p[0],m[0]),f)}var Zl,nh=I(()=>{Z();ic();Qn();cm();O();gm();Be();Tn();ym();mm();_i();eh();Zl=_({rfft_:PX})});function OX(r,e){let t=k(r,"a","squaredDifference"),n=k(e,"b","squaredDifference");[t,n]=Me(t,n),et(t.shape,n.shape);let o={a:t,b:n},s={};return N.runKernel(Gs,o,s)}var oh,_v=I(()=>{G();J();wt();L();er();O();oh=_({squaredDifference_:OX})});function BX(r,e){let t=k(r,"x","squeeze","string_or_numeric");return K(t,Ww(t.shape,e).newShape)}var Ql,sh=I(()=>{L();Z();O();Be();Ql=_({squeeze_:BX})});function LX(r,e=0){let t=wi(r,"tensors","stack","string_or_numeric");E(t.length>=1,()=>"Pass at least one tensor to tf.stack"),t.length>0&&E(e<=t[0].rank,()=>"Axis must be <= rank of the tensor");let n=t,o={axis:e};return N.runKernel(Za,n,o)}var no,wm=I(()=>{G();J();L();Z();O();no=_({stack_:LX})});function VX(r,e=0){let n={x:k(r,"x","step")},o={alpha:e};return N.runKernel(zn,n,o)}var ah,Tv=I(()=>{G();J();L();O();ah=_({step_:VX})});function WX(r,e,t,n,o=0,s=0,a=0,c=0,u=0){let l={x:k(r,"x","stridedSlice","string_or_numeric")},p={begin:e,end:t,strides:n,beginMask:o,endMask:s,ellipsisMask:a,newAxisMask:c,shrinkAxisMask:u};return N.runKernel(zs,l,p)}var yN,wN=I(()=>{G();J();L();O();yN=_({stridedSlice_:WX})});function UX(r){let t={x:k(r,"x","tan","float32")};return N.runKernel("Tan",t)}var vN,IN=I(()=>{G();L();O();vN=_({tan_:UX})});function Ut(r,e){ln(r);let t=hr(r,e);if(t.length!==1)throw new Error("tensor1d() requires values to be a flat/TypedArray");return Rr(r,null,t,e)}var bc=I(()=>{L();Z();vi();});function Tr(r,e,t){if(ln(r),e!=null&&e.length!==2)throw new Error("tensor2d() requires shape to have two numbers");let n=hr(r,t);if(n.length!==2&&n.length!==1)throw new Error("tensor2d() requires values to be number[][] or flat/TypedArray");if(n.length===1&&e==null)throw new Error("tensor2d() requires shape to be provided when `values` are a flat/TypedArray");return Rr(r,e,n,t)}var ih=I(()=>{L();Z();vi();});function Au(r,e,t){if(ln(r),e!=null&&e.length!==3)throw new Error("tensor3d() requires shape to have three numbers");let n=hr(r,t);if(n.length!==3&&n.length!==1)throw new Error("tensor3d() requires values to be number[][][] or flat/TypedArray");if(n.length===1&&e==null)throw new Error("tensor3d() requires shape to be provided when `values` are a flat array");return Rr(r,e,n,t)}var Nv=I(()=>{L();Z();vi();});function CN(r,e,t){if(ln(r),e!=null&&e.length!==4)throw new Error("tensor4d() requires shape to have four numbers");let n=hr(r,t);if(n.length!==4&&n.length!==1)throw new Error("tensor4d() requires values to be number[][][][] or flat/TypedArray");if(n.length===1&&e==null)throw new Error("tensor4d() requires shape to be provided when `values` are a flat array");return Rr(r,e,n,t)}var SN=I(()=>{L();Z();vi();});function kN(r,e,t){if(ln(r),e!=null&&e.length!==5)throw new Error("tensor5d() requires shape to have five numbers");let n=hr(r,t);if(n.length!==5&&n.length!==1)throw new Error("tensor5d() requires values to be number[][][][][] or flat/TypedArray");if(n.length===1&&e==null)throw new Error("tensor5d() requires shape to be provided when `values` are a flat array");return Rr(r,e,n,t)}var _N=I(()=>{L();Z();vi();});function TN(r,e,t){if(ln(r),e!=null&&e.length!==6)throw new Error("tensor6d() requires shape to have six numbers");let n=hr(r,t);if(n.length!==6&&n.length!==1)throw new Error("tensor6d() requires values to be number[][][][][][] or flat/TypedArray");if(n.length===1&&e==null)throw new Error("tensor6d() requires shape to be provided when `values` are a flat array");return e=e||n,Rr(r,e,n,t)}var NN=I(()=>{L();Z();vi();});var Pi={};sr(Pi,{calculateShapes:()=>EN,validateInput:()=>ep,validateUpdateShape:()=>Ev});function Ev(r,e,t){let n=e.rank>1?e.shape[e.rank-1]:1,o=e.rank>1?e.rank-1:1,s=`Must have updates.shape = indices.shape[:batchDim] + shape[sliceDim:], got updates.shape: ${t.shape}, indices.shape: ${e.shape}, shape: ${r}, sliceDim: ${n}, and batchDim: ${o}.`;if(t.rank<o)throw new Error(s+` update.rank < ${o}. `);if(r.length<n+(t.rank-o))throw new Error(s+` Output shape length < ${n+(t.rank-o)}`);if(t.rank!==o+r.length-n)throw new Error(s+` update.rank != ${o+r.length-n}`);for(let a=0;a<o;++a)if(t.shape[a]!==e.shape[a])throw new Error(s+` updates.shape[${a}] (${t.shape[a]}) != indices.shape[${a}] (${e.shape[a]}).`);for(let a=0;a<t.rank-o;++a)if(t.shape[a+o]!==r[a+n])throw new Error(s+` updates.shape[${a+o}] (${t.shape[a+o]}) != shape[${a+o}] (${r[a+o]})`)}function ep(r,e,t){if(e.rank<1)throw new Error(`tf.scatterND() expects the indices to be rank 1 or higher, but the rank was ${e.rank}.`);if(r.rank<1)throw new Error(`tf.scatterND() expects the updates to be rank 1 or higher, but the rank was ${r.rank}.`);if(e.dtype!=="int32")throw new Error(`The dtype of 'indices' should be int32, but got dtype: ${e.dtype}`);if(t.length<1)throw new Error(`Output rank must be greater or equal to 1, but got shape: ${t}`);if(t.length===0){if(e.size===0)throw new Error(`Indices specified for empty output. indices shape: ${e.shape}`);if(r.size===0)throw new Error(`Updates specified for empty output. updates shape: ${r.shape}`)}Ev(t,e,r)}function EN(r,e,t){let n=e.shape.length,o=n>1?e.shape[n-1]:1,s=t.length,a=1;for(let p=o;p<s;++p)a*=t[p];let c=o<1?1:o,u=We(e.shape)/c,i=[...go(t.slice(0,o)),1],l=We(t);return{sliceRank:o,numUpdates:u,sliceSize:a,strides:i,outputSize:l}}var vm=I(()=>{Z()});function GX(r,e,t){let n=k(r,"tensor","tensorScatterupdate"),o=k(e,"indices","tensorScatterupdate","int32"),s=k(t,"updates","tensorScatterupdate");if(ep(s,o,n.shape),n.dtype!==s.dtype)throw new Error(`tensor and updates must have the same dtype, instead they are ${n.dtype} and ${s.dtype}.`);let a={tensor:n,indices:o,updates:s},c={};return N.runKernel(Rs,a,c)}var $N,AN=I(()=>{G();J();L();O();vm();$N=_({tensorScatterUpdate_:GX})});function zX(r,e=1,t=!0){let n=k(r,"x","topk");if(n.rank===0)throw new Error("topk() expects the input to be of rank 1 or higher");let o=n.shape[n.shape.length-1];if(e<0)throw new Error(`'k' passed to topk() must be >= 0 but got ${e}`);if(e>o)throw new Error(`'k' passed to topk() must be <= the last dimension (${o}) but got ${e}`);let s={x:n},a={k:e,sorted:t},[c,u]=N.runKernel(Ks,s,a);return{values:c,indices:u}}var RN,DN=I(()=>{G();J();L();O();RN=_({topk_:zX})});function HX(r,e=0,t=1,n,o){if(bt(r),n!=null&&n==="bool")throw new Error("Unsupported data type $ { dtype }");let s=new Nu(e,t,n,!0,o),a=xe(r,n);for(let c=0;c<a.values.length;c++)a.values[c]=s.nextValue();return a.toTensor()}var FN,MN=I(()=>{Zt();Si();O();hm();FN=_({truncatedNormal_:HX})});function KX(r,e=0){let t=k(r,"x","unique","string_or_numeric");E(t.rank>0,()=>"The input tensor must be at least 1D");let n={x:t},o={axis:e},[s,a]=N.runKernel(gi,n,o);return{values:s,indices:a}}var PN,ON=I(()=>{G();J();L();Z();O();PN=_({unique_:KX})});function qX(r,e,t){let n=k(r,"x","unsortedSegmentSum"),o=k(e,"segmentIds","unsortedSegmentSum","int32");E(ka(t),()=>"numSegments must be of dtype int");let s={x:n,segmentIds:o},a={numSegments:t};return N.runKernel(uu,s,a)}var BN,LN=I(()=>{G();J();L();Z();O();BN=_({unsortedSegmentSum_:qX})});function jX(r,e=0){let t=k(r,"x","unstack","string_or_numeric");E(e>=-t.shape.length&&e<t.shape.length,()=>`Axis = ${e} is not in [-${t.shape.length}, ${t.shape.length})`);let n={value:t},o={axis:e};return N.runKernel(xi,n,o)}var ca,ch=I(()=>{G();J();L();Z();O();ca=_({unstack_:jX})});function VN(r,e){return pm(r,e,"right")}var WN=I(()=>{Pd();});function UN(r,e=!0,t,n){return N.makeVariable(r,e,t,n)}var GN=I(()=>{G();});function uh(r,e){let t=[];for(let s=0;s<e.length;s++)e[s]&&t.push(s);let n=xe(r,"int32"),o=xe([t.length,r.length],"int32");for(let s=0;s<t.length;s++){let a=n.indexToLoc(t[s]),c=s*r.length;o.values.set(a,c)}return o.toTensor()}var $v=I(()=>{Si();});async function XX(r){let e=k(r,"condition","whereAsync","bool"),t=await e.data(),n=uh(e.shape,t);return r!==e&&e.dispose(),n}var lh,Av=I(()=>{$v();L();lh=XX});async function YX(r,e,t){let n=k(r,"tensor","boolMask"),o=k(e,"mask","boolMask","bool"),s=t??0,a=o.rank,c=n.shape;E(a>0,()=>"mask cannot be scalar"),ht(c.slice(s,s+a),o.shape,"mask's shape must match the first K dimensions of tensor's shape,");let u=1;for(let h=s;h<s+a;h++)u*=c[h];let i=c.slice(0,s).concat([u],c.slice(s+a)),l=K(n,i),p=K(o,[-1]),m=await lh(p),f=Ql(m,[1]),d=$i(l,f,s);return r!==n&&n.dispose(),e!==o&&o.dispose(),f.dispose(),l.dispose(),p.dispose(),m.dispose(),d}var JX,zN=I(()=>{L();Z();Y0();Be();sh();Av();JX=YX});function ZX(r,e,t){let n=k(r,"x","transpose");if(e==null&&(e=n.shape.map((a,c)=>c).reverse()),E(n.rank===e.length,()=>`Error in transpose: rank of input ${n.rank} must match length of perm ${e}.`),e.forEach(a=>{E(a>=0&&a<n.rank,()=>`All entries in 'perm' must be between 0 and ${n.rank-1} but got ${e}`)}),n.rank<=1)return n.clone();let o={x:n},s={perm:e};return n.dtype==="complex64"?Qe(()=>{let a=Mi(n),c=gc(n);return a=N.runKernel(vn,{x:a},s),c=N.runKernel(vn,{x:c},s),t&&(c=br(c)),Mr(a,c)}):N.runKernel(vn,o,s)}var Zr,ph=I(()=>{G();Yr();J();L();Z();ic();cm();Ri();O();gm();Zr=_({transpose_:ZX})});function QX(r,e,t,n,o=!0){let s=k(r,"v","movingAverage"),a=k(e,"x","movingAverage"),c=k(t,"decay","movingAverage");c0(s,a),E($r(s.shape,a.shape),()=>"Shape mismatch in v and x");let u=Re(1),i=Ce(u,c),l=te(Ce(a,s),i);if(o){E(n!=null,()=>"When using zeroDebias: true, step is required.");let p=k(n,"step","movingAverage");l=Ue(l,Ce(u,Ni(c,p)))}return fe(s,l)}var e7,HN=I(()=>{wt();L();Z();qt();Pr();vt();O();am();kr();tr();e7=_({movingAverage_:QX})});function t7(r,e,t){bt(t);let n=k(r,"indices","scatterND","int32"),o=k(e,"updates","scatterND");ep(o,n,t);let s={indices:n,updates:o},a={shape:t};return N.runKernel(As,s,a)}var r7,KN=I(()=>{G();J();L();Zt();O();vm();r7=_({scatterND_:t7})});function qN(r,e,t,n){if(r.dtype!=="int32")throw new Error(`tf.sparseToDense() expects the indices to be int32 type, but the dtype was ${r.dtype}.`);if(r.rank>2)throw new Error(`sparseIndices should be a scalar, vector, or matrix, but got shape ${r.shape}.`);let o=r.rank>0?r.shape[0]:1,s=r.rank>1?r.shape[1]:1;if(t.length!==s)throw new Error(`outputShape has incorrect number of elements:, ${t.length}, should be: ${s}.`);let a=e.size;if(!(e.rank===0||e.rank===1&&a===o))throw new Error(`sparseValues has incorrect shape ${e.shape}, should be [] or [${o}]`);if(e.dtype!==n.dtype)throw new Error("sparseValues.dtype must match defaultValues.dtype")}var jN=I(()=>{});function o7(r,e,t,n=0){bt(t);let o=k(r,"sparseIndices","sparseToDense","int32"),s=k(e,"sparseValues","sparseToDense","string_or_numeric"),a=k(n,"defaultValue","sparseToDense",s.dtype);qN(o,s,t,a);let c={sparseIndices:o,sparseValues:s,defaultValue:a},u={outputShape:t};return N.runKernel(Us,c,u)}var s7,XN=I(()=>{G();J();jN();L();Zt();O();s7=_({sparseToDense_:o7})});function a7(r,e){let t=k(e,"indices","gatherND","int32"),o={params:k(r,"x","gatherND","string_or_numeric"),indices:t};return N.runKernel(jo,o)}var i7,YN=I(()=>{G();J();L();O();i7=_({gatherND_:a7})});function JN(r,e){if(e==null)return r.shape.slice();if($r(r.shape,e))return e;if(r.shape.length===e.length){let t=[];for(let n=0;n<r.shape.length;n++)e[n]==null&&r.shape[n]!=null?t.push(r.shape[n]):t.push(e[n]);return t}return e}var ZN=I(()=>{Z();});function c7(r,e,t,n){let o=k(r,"x","dropout");if(E(o.dtype==="float32",()=>`x has to be a floating point tensor since it's going to be scaled, but got a ${o.dtype} tensor instead.`),E(e>=0&&e<1,()=>`rate must be a float in the range [0, 1), but got ${e}.`),e===0)return r instanceof pt?o.clone():o;let s=JN(o,t),a=1-e,c=Ue(Id(fe(Yl(s,0,1,"float32",n),a)),a);return te(o,c)}var u7,QN=I(()=>{pn();L();Z();qt();Pr();ZN();X0();vt();O();Xd();u7=_({dropout_:c7})});function Rv(r){return Math.floor(Math.pow(2,Math.ceil(Math.log(r)/Math.log(2))))}function Im(r,e,t){let n=1-r%2,o=new Float32Array(r);for(let s=0;s<r;++s){let a=2*Math.PI*s/(r+n-1);o[s]=e-t*Math.cos(a)}return Ut(o,"float32")}var Cm=I(()=>{bc();});async function l7(r,e,t=1){let n=k(r,"predictions","inTopK"),o=k(e,"targets","inTopK");E(n.rank>1,()=>`inTopK() expects the predictions to be of rank 2 or higher, but got ${n.rank}`),E(n.rank-1===o.rank,()=>`predictions rank should be 1 larger than targets rank, but got predictions rank ${n.rank} and targets rank ${o.rank}`),ht(n.shape.slice(0,n.shape.length-1),o.shape,"predictions's shape should be align with the targets' shape, except the last dimension.");let s=n.shape[n.shape.length-1];E(t>0&&t<=s,()=>`'k' passed to inTopK() must be > 0 && <= the predictions last dimension (${s}), but got ${t}`);let a=await n.data(),c=await o.data(),[u,i]=[a.length/s,s],l=Uw("bool",u);for(let p=0;p<u;p++){let m=p*i,f=a.subarray(m,m+i),d=[];for(let h=0;h<f.length;h++)d.push({value:f[h],index:h});d.sort((h,g)=>g.value-h.value),l[p]=0;for(let h=0;h<t;h++)if(d[h].index===c[p]){l[p]=1;break}}return r!==n&&n.dispose(),e!==o&&o.dispose(),kn(l,o.shape,"bool")}var p7,eE=I(()=>{L();Z();Xp();p7=l7});function m7(r,e,t,n,o,s="NHWC",a){let c=r;r.rank===3&&(c=K(r,[1,r.shape[0],r.shape[1],r.shape[2]]));let u=e;u.rank===3&&(u=K(e,[1,e.shape[0],e.shape[1],e.shape[2]])),E(c.rank===4,()=>`Error in conv2dDerFilter: input must be rank 4, but got shape ${c.shape}.`),E(u.rank===4,()=>`Error in conv2dDerFilter: dy must be rank 4, but got shape ${u.shape}.`),E(t.length===4,()=>`Error in conv2dDerFilter: filterShape must be length 4, but got ${t}.`);let i=s==="NHWC"?c.shape[3]:c.shape[1],l=s==="NHWC"?u.shape[3]:u.shape[1];E(i===t[2],()=>`Error in conv2dDerFilter: depth of input ${i}) must match input depth in filter (${t[2]}.`),E(l===t[3],()=>`Error in conv2dDerFilter: depth of dy (${l}) must match output depth for filter (${t[3]}).`),Bt("conv2dDerFilter",o,a);let p={x:c,dy:u},m={strides:n,pad:o,dataFormat:s,dimRoundingMode:a,filterShape:t};return N.runKernel(jc,p,m)}var tE,rE=I(()=>{G();J();Z();Or();O();Be();tE=_({conv2DBackpropFilter_:m7})});function Ru(r,e,t){if(t==null||t==="linear")return r;if(t==="relu")return te(r,ah(e));throw new Error(`Cannot compute gradient for fused activation ${t}.`)}function Du(r,e){let t=e,n=gd(r.shape,e.shape);return n.length>0&&(t=rt(t,n)),K(t,r.shape)}function Fu(r,e,t,n){if(e==="linear")return r;if(e==="relu")return ia(r);if(e==="elu")return bd(r);if(e==="relu6")return Jd(r);if(e==="prelu")return Gd(r,t);if(e==="leakyrelu")return kd(r,n);if(e==="sigmoid")return fn(r);throw new Error(`Unknown fused activation ${e}.`)}var Mu,tp=I(()=>{er();H0();Z0();vt();lv();xm();Cv();Be();tm();Tv();eo();Mu=(r,e)=>!(r>0)||e==="linear"});function f7({x:r,filter:e,strides:t,pad:n,dataFormat:o="NHWC",dilations:s=[1,1],dimRoundingMode:a,bias:c,activation:u="linear",preluActivationWeights:i,leakyreluAlpha:l}){if(u=u||"linear",Mu(N.state.gradientDepth,u)===!1){E(o==="NHWC",()=>`Error in fused conv2d: got dataFormat of ${o} but only NHWC is currently supported for the case of gradient depth is 0 and the activation is not linear.`);let $=fc(r,e,t,n,o,s,a);return c!=null&&($=fe($,c)),Fu($,u,i,l)}let p=k(r,"x","conv2d","float32"),m=k(e,"filter","conv2d","float32"),f=p,d=!1;p.rank===3&&(d=!0,f=K(p,[1,p.shape[0],p.shape[1],p.shape[2]])),E(f.rank===4,()=>`Error in fused conv2d: input must be rank 4, but got rank ${f.rank}.`),E(m.rank===4,()=>`Error in fused conv2d: filter must be rank 4, but got rank ${m.rank}.`),Bt("fused conv2d",n,a);let h=o==="NHWC"?f.shape[3]:f.shape[1];E(m.shape[2]===h,()=>`Error in conv2d: depth of input (${h}) must match input depth for filter ${m.shape[2]}.`),E(Sr(t,s),()=>`Error in conv2D: Either strides or dilations must be 1. Got strides ${t} and dilations '${s}'`);let g=Iu(f.shape,m.shape,t,s,n,a),x;c!=null&&(x=k(c,"bias","fused conv2d"),[x]=Me(x,p),o==="NHWC"?et(g.outShape,x.shape):(E(x.shape.length<=1,()=>`Error in fused conv2d: only supports scalar or 1-D Tensor bias for NCHW format but got the bias of rank-${x.shape.length}.`),E(x.shape.length===0||x.shape[0]===g.outChannels||x.shape[0]===1,()=>`Error in fused conv2d: bias shape (${x.shape}) is not compatible with the number of output channels (${g.outChannels})`)));let y;if(i!=null){let $=i.shape;if(E($.length<=1||$.length===3,()=>`Error in fused conv2d: only supports scalar, 1-D Tensor or 3-D Tensor PReLU activation weights but got a tensor of rank-${$.length}.`),$.length===1)E($[0]===1||$[0]===g.outChannels,()=>`Error in fused conv2d: PReLU activation weights (${$}) is not compatible with the number of output channels (${g.outChannels}).`);else if($.length===3)try{et($,g.outShape)}catch{let R=`Error in fused conv2d: PReLU activation weights (${$}) is not compatible with the output shape of the conv2d (${g.outShape}).`;throw Error(R)}y=k(i,"prelu weights","fused conv2d")}let w=($,A)=>{E(o==="NHWC",()=>`Error in gradient of fused conv2D: got dataFormat of ${o} but only NHWC is currently supported.`);let[R,D,F,B]=A,V=Ru($,F,u);E(vu(s),()=>`Error in gradient of fused conv2D: dilation rates greater than 1 are not yet supported in gradients. Got dilations '${s}'`);let U=dd(D.shape,V,R,t,n),z=tE(D,V,R.shape,t,n),W=[U,z];if(B!=null){let q=Du(B,V);W.push(q)}return W},C={x:f,filter:m,bias:x,preluActivationWeights:y},T={strides:t,pad:n,dataFormat:o,dilations:s,dimRoundingMode:a,activation:u,leakyreluAlpha:l};return c==null?_r((A,R,D)=>{let F=N.runKernel(Kn,C,T);return D([R,A,F]),d&&(F=K(F,[F.shape[1],F.shape[2],F.shape[3]])),{value:F,gradFunc:w}})(f,m):_r((A,R,D,F)=>{let B=N.runKernel(Kn,C,T);return F([R,A,B,D]),d&&(B=K(B,[B.shape[1],B.shape[2],B.shape[3]])),{value:B,gradFunc:w}})(f,m,x)}var nE,oE=I(()=>{G();Ai();J();wt();L();Z();qt();er();nm();rE();U0();Or();tp();O();Be();nE=_({fusedConv2d_:f7})});function d7(r,e,t,n,o,s=[1,1],a){let c=r;r.rank===3&&(c=K(r,[1,r.shape[0],r.shape[1],r.shape[2]]));let u=e;u.rank===3&&(u=K(e,[1,e.shape[0],e.shape[1],e.shape[2]]));let i={x:c,dy:u},l={strides:n,pad:o,dimRoundingMode:a,dilations:s,filterShape:t};return N.runKernel(Xc,i,l)}var sE,aE=I(()=>{G();J();O();Be();sE=_({depthwiseConv2dNativeBackpropFilter_:d7})});function h7(r,e,t,n,o,s=[1,1],a){let c=e,u=!1;e.rank===3&&(u=!0,c=K(e,[1,e.shape[0],e.shape[1],e.shape[2]]));let i={dy:c,filter:t},l={strides:n,pad:o,dimRoundingMode:a,dilations:s,inputShape:r},p=N.runKernel(Yc,i,l);return u?K(p,[p.shape[1],p.shape[2],p.shape[3]]):p}var iE,cE=I(()=>{G();J();O();Be();iE=_({depthwiseConv2dNativeBackpropInput_:h7})});function g7({x:r,filter:e,strides:t,pad:n,dataFormat:o="NHWC",dilations:s=[1,1],dimRoundingMode:a,bias:c,activation:u="linear",preluActivationWeights:i,leakyreluAlpha:l}){if(Mu(N.state.gradientDepth,u)===!1){let T=Ul(r,e,t,n,o,s,a);return c!=null&&(T=fe(T,c)),Fu(T,u,i,l)}let p=k(r,"x","depthwiseConv2d","float32"),m=k(e,"filter","depthwiseConv2d","float32"),f=p,d=!1;p.rank===3&&(d=!0,f=K(p,[1,p.shape[0],p.shape[1],p.shape[2]])),E(f.rank===4,()=>`Error in fused depthwiseConv2d: input must be rank 4, but got rank ${f.rank}.`),E(m.rank===4,()=>`Error in fused depthwiseConv2d: filter must be rank 4, but got rank ${m.rank}.`),E(f.shape[3]===m.shape[2],()=>`Error in fused depthwiseConv2d: number of input channels (${f.shape[3]}) must match the inChannels dimension in filter ${m.shape[2]}.`),s==null&&(s=[1,1]),E(Sr(t,s),()=>`Error in fused depthwiseConv2d: Either strides or dilations must be 1. Got strides ${t} and dilations '${s}'`),Bt("fused depthwiseConv2d",n,a);let h=Iu(f.shape,m.shape,t,s,n,a,!0),g;c!=null&&(g=k(c,"bias","fused conv2d"),[g]=Me(g,p),et(h.outShape,g.shape));let x;i!=null&&(x=k(i,"prelu weights","fused depthwiseConv2d"));let y=(T,$)=>{E(vu(s),()=>`Error in gradient of fused depthwiseConv2d: dilation rates greater than 1 are not yet supported. Got dilations '${s}'`);let[A,R,D,F]=$,B=Ru(T,D,u),V=iE(R.shape,B,A,t,n,s,a),U=sE(R,B,A.shape,t,n,s,a);if(F!=null){let z=Du(g,B);return[V,U,z]}return[V,U]},w={x:f,filter:m,bias:g,preluActivationWeights:x},C={strides:t,pad:n,dataFormat:o,dilations:s,dimRoundingMode:a,activation:u,leakyreluAlpha:l};return c==null?_r(($,A,R)=>{let D=N.runKernel(qn,w,C);return R([A,$,D]),d&&(D=K(D,[D.shape[1],D.shape[2],D.shape[3]])),{value:D,gradFunc:y}})(f,m):_r(($,A,R,D)=>{let F=N.runKernel(qn,w,C);return D([A,$,F,R]),d&&(F=K(F,[F.shape[1],F.shape[2],F.shape[3]])),{value:F,gradFunc:y}})(f,m,g)}var uE,lE=I(()=>{G();Ai();J();wt();L();Z();qt();er();Or();hd();aE();cE();tp();O();Be();uE=_({fusedDepthwiseConv2d_:g7})});function x7({a:r,b:e,transposeA:t=!1,transposeB:n=!1,bias:o,activation:s="linear",preluActivationWeights:a,leakyreluAlpha:c=.2}){if(Mu(N.state.gradientDepth,s)===!1){let B=Le(r,e,t,n);return o!=null&&(B=fe(B,o)),Fu(B,s,a,c)}let u=k(r,"a","fused matMul"),i=k(e,"b","fused matMul");[u,i]=Me(u,i);let l=t?u.shape[u.rank-2]:u.shape[u.rank-1],p=n?i.shape[i.rank-1]:i.shape[i.rank-2],m=t?u.shape[u.rank-1]:u.shape[u.rank-2],f=n?i.shape[i.rank-2]:i.shape[i.rank-1],d=u.shape.slice(0,-2),h=i.shape.slice(0,-2),g=We(d),x=We(h);E(l===p,()=>`Error in fused matMul: inner shapes (${l}) and (${p}) of Tensors with shapes ${u.shape} and ${i.shape} and transposeA=${t} and transposeB=${n} must match.`);let w=et(u.shape.slice(0,-2),i.shape.slice(0,-2)).concat([m,f]),C=t?K(u,[g,l,m]):K(u,[g,m,l]),T=n?K(i,[x,f,p]):K(i,[x,p,f]),$;o!=null&&($=k(o,"bias","fused matMul"),[$]=Me($,u),et(w,$.shape));let A;a!=null&&(A=k(a,"prelu weights","fused matMul"));let R=(B,V)=>{let[U,z,W,q]=V,j=Ru(K(B,W.shape),W,s),Y,Q;if(!t&&!n?(Y=Le(j,z,!1,!0),Q=Le(U,j,!0,!1)):!t&&n?(Y=Le(j,z,!1,!1),Q=Le(j,U,!0,!1)):t&&!n?(Y=Le(z,j,!1,!0),Q=Le(U,j,!1,!1)):(Y=Le(z,j,!0,!0),Q=Le(j,U,!0,!0)),o!=null){let re=Du(q,j);return[Y,Q,re]}else return[Y,Q]},D={a:C,b:T,bias:$,preluActivationWeights:A},F={transposeA:t,transposeB:n,activation:s,leakyreluAlpha:c};return o==null?_r((V,U,z)=>{let W=N.runKernel(Hn,D,F);return z([V,U,W]),{value:K(W,w),gradFunc:R}})(C,T):_r((V,U,z,W)=>{let q=N.runKernel(Hn,D,F);return W([V,U,q,z]),{value:K(q,w),gradFunc:R}})(C,T,$)}var pE,mE=I(()=>{G();Ai();J();wt();L();Z();qt();er();tp();ki();O();Be();pE=_({fusedMatMul_:x7})});var Sm={};sr(Sm,{conv2d:()=>nE,depthwiseConv2d:()=>uE,matMul:()=>pE});var fE=I(()=>{oE();lE();mE();});function b7(r){return Im(r,.54,.46)}var dE,hE=I(()=>{O();Cm();dE=_({hammingWindow_:b7})});function y7(r){return Im(r,.5,.5)}var mh,Dv=I(()=>{O();Cm();mh=_({hannWindow_:y7})});function w7(r,e,t,n=!1,o=0){let s=0,a=[];for(;s+e<=r.size;)a.push(Ae(r,s,e)),s+=t;if(n)for(;s<r.size;){let c=s+e-r.size,u=mt([Ae(r,s,e-c),na([c],o)]);a.push(u),s+=t}return a.length===0?Tr([],[0,e]):K(mt(a),[a.length,e])}var fh,Fv=I(()=>{Qn();Wl();O();Be();Tn();ih();fh=_({frame_:w7})});function v7(r,e,t,n,o=mh){n==null&&(n=Rv(e));let s=fh(r,e,t),a=te(s,o(e));return Zl(a,n)}var gE,xE=I(()=>{vt();O();Cm();nh();Fv();Dv();gE=_({stft_:v7})});function I7(r,e,t,n,o="bilinear",s=0){let a=k(r,"image","cropAndResize"),c=k(e,"boxes","cropAndResize","float32"),u=k(t,"boxInd","cropAndResize","int32"),i=c.shape[0];E(a.rank===4,()=>`Error in cropAndResize: image must be rank 4,but got rank ${a.rank}.`),E(c.rank===2&&c.shape[1]===4,()=>`Error in cropAndResize: boxes must be have size [${i},4] but had shape ${c.shape}.`),E(u.rank===1&&u.shape[0]===i,()=>`Error in cropAndResize: boxInd must be have size [${i}] but had shape ${c.shape}.`),E(n.length===2,()=>`Error in cropAndResize: cropSize must be of length 2, but got length ${n.length}.`),E(n[0]>=1&&n[1]>=1,()=>`cropSize must be atleast [1,1], but was ${n}`),E(o==="bilinear"||o==="nearest",()=>`method must be bilinear or nearest, but was ${o}`);let l={image:a,boxes:c,boxInd:u},p={method:o,extrapolationValue:s,cropSize:n};return N.runKernel(Oo,l,p)}var bE,yE=I(()=>{G();J();L();Z();O();bE=_({cropAndResize_:I7})});function C7(r){let e=k(r,"image","flipLeftRight","float32");E(e.rank===4,()=>`Error in flipLeftRight: image must be rank 4,but got rank ${e.rank}.`);let t={image:e};return N.runKernel(zo,t,{})}var wE,vE=I(()=>{G();J();L();Z();O();wE=_({flipLeftRight_:C7})});function S7(r){let e=k(r,"image","grayscaleToRGB"),t=e.rank-1,n=e.shape[t];E(e.rank>=2,()=>`Error in grayscaleToRGB: images must be at least rank 2, but got rank ${e.rank}.`),E(n===1,()=>`Error in grayscaleToRGB: last dimension of a grayscale image should be size 1, but got size ${n}.`);let o=new Array(e.rank);return o.fill(1,0,t),o[t]=3,hc(e,o)}var IE,CE=I(()=>{L();Z();O();wd();IE=_({grayscaleToRGB_:S7})});function k7(r){let e=k(r,"image","RGBToGrayscale"),t=e.rank-1,n=e.shape[t];E(e.rank>=2,()=>`Error in RGBToGrayscale: images must be at least rank 2, but got rank ${e.rank}.`),E(n===3,()=>`Error in RGBToGrayscale: last dimension of an RGB image should be size 3, but got size ${n}.`);let o=e.dtype,s=He(e,"float32"),a=Ut([.2989,.587,.114]),c;switch(e.rank){case 2:c=dc("ij,j->i",s,a);break;case 3:c=dc("ijk,k->ij",s,a);break;case 4:c=dc("ijkl,l->ijk",s,a);break;case 5:c=dc("ijklm,m->ijkl",s,a);break;case 6:c=dc("ijklmn,n->ijklm",s,a);break;default:throw new Error("Not a valid tensor rank.")}return c=to(c,-1),He(c,o)}var SE,kE=I(()=>{L();Z();xr();z0();yd();O();bc();SE=_({rgbToGrayscale_:k7})});function _7(r,e,t=0,n=.5){let o=k(r,"image","rotateWithOffset","float32");E(o.rank===4,()=>`Error in rotateWithOffset: image must be rank 4,but got rank ${o.rank}.`);let s={image:o},a={radians:e,fillValue:t,center:n};return N.runKernel(js,s,a)}var _E,TE=I(()=>{G();J();L();Z();O();_E=_({rotateWithOffset_:_7})});function $n(r,e,t,n,o,s){n==null&&(n=.5),o==null&&(o=Number.NEGATIVE_INFINITY),s==null&&(s=0);let a=r.shape[0];return t=Math.min(t,a),E(0<=n&&n<=1,()=>`iouThreshold must be in [0, 1], but was '${n}'`),E(r.rank===2,()=>`boxes must be a 2D tensor, but was of rank '${r.rank}'`),E(r.shape[1]===4,()=>`boxes must have 4 columns, but 2nd dimension was ${r.shape[1]}`),E(e.rank===1,()=>"scores must be a 1D tensor"),E(e.shape[0]===a,()=>`scores has incompatible shape with boxes. Expected ${a}, but was ${e.shape[0]}`),E(0<=s&&s<=1,()=>`softNmsSigma must be in [0, 1], but was '${s}'`),{maxOutputSize:t,iouThreshold:n,scoreThreshold:o,softNmsSigma:s}}var Pu=I(()=>{Z();});function T7(r,e,t,n=.5,o=Number.NEGATIVE_INFINITY){let s=k(r,"boxes","nonMaxSuppression","float32"),a=k(e,"scores","nonMaxSuppression","float32"),c=$n(s,a,t,n,o);t=c.maxOutputSize,n=c.iouThreshold,o=c.scoreThreshold;let u={maxOutputSize:t,iouThreshold:n,scoreThreshold:o};return N.runKernel(gs,{boxes:s,scores:a},u)}var NE,EE=I(()=>{G();J();L();Pu();O();NE=_({nonMaxSuppression_:T7})});function $E(r,e,t){let n=N7(r,e,t),o=n<0?-(n+1):n;r.splice(o,0,e)}function N7(r,e,t){return $7(r,e,t||E7)}function E7(r,e){return r>e?1:r<e?-1:0}function $7(r,e,t){let n=0,o=r.length,s=0,a=!1;for(;n<o;){s=n+(o-n>>>1);let c=t(e,r[s]);c>0?n=s+1:(o=s,a=!c)}return a?n:-n-1}var AE=I(()=>{});function dh(r,e,t,n,o){return Mv(r,e,t,n,o,0)}function hh(r,e,t,n,o,s){return Mv(r,e,t,n,o,0,!1,s,!0)}function gh(r,e,t,n,o,s){return Mv(r,e,t,n,o,s,!0)}function Mv(r,e,t,n,o,s,a=!1,c=!1,u=!1){let i=[];for(let g=0;g<e.length;g++)e[g]>o&&i.push({score:e[g],boxIndex:g,suppressBeginIndex:0});i.sort(RE);let l=s>0?-.5/s:0,p=[],m=[];for(;p.length<t&&i.length>0;){let g=i.pop(),{score:x,boxIndex:y,suppressBeginIndex:w}=g;if(x<o)break;let C=!1;for(let T=p.length-1;T>=w;--T){let $=A7(r,y,p[T]);if($>=n){C=!0;break}if(g.score=g.score*R7(n,l,$),g.score<=o)break}g.suppressBeginIndex=p.length,C||(g.score===x?(p.push(y),m.push(g.score)):g.score>o&&$E(i,g,RE))}let f=p.length,d=t-f;c&&d>0&&(p.push(...new Array(d).fill(0)),m.push(...new Array(d).fill(0)));let h={selectedIndices:p};return a&&(h.selectedScores=m),u&&(h.validOutputs=f),h}function A7(r,e,t){let n=r.subarray(e*4,e*4+4),o=r.subarray(t*4,t*4+4),s=Math.min(n[0],n[2]),a=Math.min(n[1],n[3]),c=Math.max(n[0],n[2]),u=Math.max(n[1],n[3]),i=Math.min(o[0],o[2]),l=Math.min(o[1],o[3]),p=Math.max(o[0],o[2]),m=Math.max(o[1],o[3]),f=(c-s)*(u-a),d=(p-i)*(m-l);if(f<=0||d<=0)return 0;let h=Math.max(s,i),g=Math.max(a,l),x=Math.min(c,p),y=Math.min(u,m),w=Math.max(x-h,0)*Math.max(y-g,0);return w/(f+d-w)}function R7(r,e,t){let n=Math.exp(e*t*t);return t<=r?n:0}function RE(r,e){return r.score-e.score||r.score===e.score&&e.boxIndex-r.boxIndex}var km=I(()=>{AE();});async function D7(r,e,t,n=.5,o=Number.NEGATIVE_INFINITY){let s=k(r,"boxes","nonMaxSuppressionAsync"),a=k(e,"scores","nonMaxSuppressionAsync"),c=$n(s,a,t,n,o);t=c.maxOutputSize,n=c.iouThreshold,o=c.scoreThreshold;let u=await Promise.all([s.data(),a.data()]),i=u[0],l=u[1],{selectedIndices:p}=dh(i,l,t,n,o);return s!==r&&s.dispose(),a!==e&&a.dispose(),Ut(p,"int32")}var DE,FE=I(()=>{km();L();Pu();bc();DE=D7});function F7(r,e,t,n=.5,o=Number.NEGATIVE_INFINITY,s=0){let a=k(r,"boxes","nonMaxSuppression"),c=k(e,"scores","nonMaxSuppression"),u=$n(a,c,t,n,o,s);t=u.maxOutputSize,n=u.iouThreshold,o=u.scoreThreshold,s=u.softNmsSigma;let i={boxes:a,scores:c},l={maxOutputSize:t,iouThreshold:n,scoreThreshold:o,softNmsSigma:s},p=N.runKernel(bs,i,l);return{selectedIndices:p[0],selectedScores:p[1]}}var ME,PE=I(()=>{G();J();L();Pu();O();ME=_({nonMaxSuppressionWithScore_:F7})});async function M7(r,e,t,n=.5,o=Number.NEGATIVE_INFINITY,s=0){let a=k(r,"boxes","nonMaxSuppressionAsync"),c=k(e,"scores","nonMaxSuppressionAsync"),u=$n(a,c,t,n,o,s);t=u.maxOutputSize,n=u.iouThreshold,o=u.scoreThreshold,s=u.softNmsSigma;let i=await Promise.all([a.data(),c.data()]),l=i[0],p=i[1],{selectedIndices:m,selectedScores:f}=gh(l,p,t,n,o,s);return a!==r&&a.dispose(),c!==e&&c.dispose(),{selectedIndices:Ut(m,"int32"),selectedScores:Ut(f)}}var OE,BE=I(()=>{km();L();Pu();bc();OE=M7});function P7(r,e,t,n=.5,o=Number.NEGATIVE_INFINITY,s=!1){let a=k(r,"boxes","nonMaxSuppression"),c=k(e,"scores","nonMaxSuppression"),u=$n(a,c,t,n,o,null),i=u.maxOutputSize,l=u.iouThreshold,p=u.scoreThreshold,m={boxes:a,scores:c},f={maxOutputSize:i,iouThreshold:l,scoreThreshold:p,padToMaxOutputSize:s},d=N.runKernel(xs,m,f);return{selectedIndices:d[0],validOutputs:d[1]}}var LE,VE=I(()=>{G();J();L();Pu();O();LE=_({nonMaxSuppressionPadded_:P7})});async function O7(r,e,t,n=.5,o=Number.NEGATIVE_INFINITY,s=!1){let a=k(r,"boxes","nonMaxSuppressionAsync"),c=k(e,"scores","nonMaxSuppressionAsync"),u=$n(a,c,t,n,o,null),i=u.maxOutputSize,l=u.iouThreshold,p=u.scoreThreshold,[m,f]=await Promise.all([a.data(),c.data()]),{selectedIndices:d,validOutputs:h}=hh(m,f,i,l,p,s);return a!==r&&a.dispose(),c!==e&&c.dispose(),{selectedIndices:Ut(d,"int32"),validOutputs:Re(h,"int32")}}var WE,UE=I(()=>{km();L();Pu();kr();bc();WE=O7});function B7(r,e,t=!1,n=!1){let o=k(r,"images","resizeBilinear");E(o.rank===3||o.rank===4,()=>`Error in resizeBilinear: x must be rank 3 or 4, but got rank ${o.rank}.`),E(e.length===2,()=>`Error in resizeBilinear: new shape must 2D, but got shape ${e}.`),E(n===!1||t===!1,()=>"Error in resizeBilinear: If halfPixelCenters is true, alignCorners must be false.");let s=o,a=!1;o.rank===3&&(a=!0,s=K(o,[1,o.shape[0],o.shape[1],o.shape[2]]));let[]=e,c={images:s},u={alignCorners:t,halfPixelCenters:n,size:e},i=N.runKernel(_s,c,u);return a?K(i,[i.shape[1],i.shape[2],i.shape[3]]):i}var GE,zE=I(()=>{G();J();L();Z();O();Be();GE=_({resizeBilinear_:B7})});function L7(r,e,t=!1,n=!1){let o=k(r,"images","resizeNearestNeighbor");E(o.rank===3||o.rank===4,()=>`Error in resizeNearestNeighbor: x must be rank 3 or 4, but got rank ${o.rank}.`),E(e.length===2,()=>`Error in resizeNearestNeighbor: new shape must 2D, but got shape ${e}.`),E(o.dtype==="float32"||o.dtype==="int32",()=>"`images` must have `int32` or `float32` as dtype"),E(n===!1||t===!1,()=>"Error in resizeNearestNeighbor: If halfPixelCenters is true, alignCorners must be false.");let s=o,a=!1;o.rank===3&&(a=!0,s=K(o,[1,o.shape[0],o.shape[1],o.shape[2]]));let[]=e,c={images:s},u={alignCorners:t,halfPixelCenters:n,size:e},i=N.runKernel(ks,c,u);return a?K(i,[i.shape[1],i.shape[2],i.shape[3]]):i}var HE,KE=I(()=>{G();J();L();Z();O();Be();HE=_({resizeNearestNeighbor_:L7})});function V7(r,e="binary",t=!1,n=.5){let o=k(r,"image","threshold"),s=.2989,a=.587,c=.114,u=o.shape[0]*o.shape[1],i=te(Ut([n]),255),l,p,m,f;if(E(o.rank===3,()=>`Error in threshold: image must be rank 3,but got rank ${o.rank}.`),E(o.shape[2]===3||o.shape[2]===1,()=>`Error in threshold: image color channel must be equal to 3 or 1but got ${o.shape[2]}.`),E(o.dtype==="int32"||o.dtype==="float32",()=>`Error in dtype: image dtype must be int32 or float32,but got dtype ${o.dtype}.`),E(e==="otsu"||e==="binary",()=>`Method must be binary or otsu, but was ${e}`),o.shape[2]===3){[l,p,m]=En(o,[1,1,1],-1);let g=te(l,s),x=te(p,a),y=te(m,c);f=fe(fe(g,x),y)}else f=r;if(e==="otsu"){let g=fd(He(Zd(f),"int32"),kn([]),256);i=W7(g,u)}let d=t?ql(f,i):ku(f,i);return He(te(d,255),"int32")}function W7(r,e){let t=Ut([-1]),n=Ut([0]),o=Ut([0]),s,a,c,u,i,l;for(let p=0;p<r.size-1;p++){s=Ae(r,0,p+1),a=Ae(r,p+1),i=Ue(rt(s),e),l=Ue(rt(a),e);let m=rt(te(s,xc(0,s.size)));c=Ue(m,rt(s));let f=na(a.shape,s.size),d=fe(xc(0,a.size),f),h=te(a,d);u=Ue(rt(h),rt(a));let g=Ce(c,u),x=Ce(c,u),y=te(i,l);o=te(te(y,g),x);let w=ku(o,n);n=dn(w,o,n),t=dn(w,Ut([p]),t)}return t}var qE,jE=I(()=>{bc();O();xr();ym();V0();_d();Cd();eo();qt();vt();Pr();tr();Sv();Gl();Wl();Tn();Yd();Xp();Z();L();qE=_({threshold_:V7})});function U7(r,e,t="nearest",n="constant",o=0,s){let a=k(r,"image","transform","float32"),c=k(e,"transforms","transform","float32");E(a.rank===4,()=>`Error in transform: image must be rank 4,but got rank ${a.rank}.`),E(c.rank===2&&(c.shape[0]===a.shape[0]||c.shape[0]===1)&&c.shape[1]===8,()=>"Error in transform: Input transform should be batch x 8 or 1 x 8"),E(s==null||s.length===2,()=>`Error in transform: outputShape must be [height, width] or null, but got ${s}.`);let u={image:a,transforms:c},i={interpolation:t,fillMode:n,fillValue:o,outputShape:s};return N.runKernel(qs,u,i)}var XE,YE=I(()=>{G();J();L();Z();O();XE=_({transform_:U7})});function G7(r,e,t){let n=k(r,"a","bandPart");E(n.rank>=2,()=>`bandPart(): Rank must be at least 2, got ${n.rank}.`);let o=n.shape,[s,a]=n.shape.slice(-2),c,u;typeof e=="number"?(E(e%1===0,()=>`bandPart(): numLower must be an integer, got ${e}.`),E(e<=s,()=>`bandPart(): numLower (${e}) must not be greater than the number of rows (${s}).`),c=k(e<0?s:e,"numLower","bandPart")):(E(e.dtype==="int32",()=>"bandPart(): numLower's dtype must be an int32."),c=dn(um(e,0),s,Fi(e,s))),typeof t=="number"?(E(t%1===0,()=>`bandPart(): numUpper must be an integer, got ${t}.`),E(t<=a,()=>`bandPart(): numUpper (${t}) must not be greater than the number of columns (${a}).`),u=k(t<0?a:t,"numUpper","bandPart")):(E(t.dtype==="int32",()=>"bandPart(): numUpper's dtype must be an int32."),u=dn(um(t,0),a,Fi(t,a)));let i=K(xc(0,s,1,"int32"),[-1,1]),l=xc(0,a,1,"int32"),p=Ce(i,l),m=_u(ql(p,c),Sd(p,br(u))),f=Nn([s,a],n.dtype);return K(no(ca(K(n,[-1,s,a])).map(d=>dn(m,d,f))),o)}var JE,ZE=I(()=>{L();Z();J0();Q0();_d();Rd();Vd();Ri();O();Yd();Be();wm();tr();ch();Gl();mm();JE=_({bandPart_:G7})});function z7(r){let e;if(Array.isArray(r)){e=!1,E(r!=null&&r.length>0,()=>"Gram-Schmidt process: input must not be null, undefined, or empty");let o=r[0].shape[0];for(let s=1;s<r.length;++s)E(r[s].shape[0]===o,()=>`Gram-Schmidt: Non-unique lengths found in the input vectors: (${r[s].shape[0]} vs. ${o})`)}else e=!0,r=En(r,r.shape[0],0).map(o=>Ql(o,[0]));E(r.length<=r[0].shape[0],()=>`Gram-Schmidt: Number of vectors (${r.length}) exceeds number of dimensions (${r[0].shape[0]}).`);let t=[],n=r;for(let o=0;o<r.length;++o)t.push(N.tidy(()=>{let s=n[o];if(o>0)for(let a=0;a<o;++a){let c=te(rt(te(t[a],s)),t[a]);s=Ce(s,c)}return Ue(s,Su(s,"euclidean"))}));return e?no(t,0):t}var QE,e$=I(()=>{G();Z();Pr();vt();im();O();ym();sh();wm();tr();eo();QE=_({gramSchmidt_:z7})});function H7(r,e=!1){if(E(r.rank>=2,()=>`qr() requires input tensor to have a rank >= 2, but got rank ${r.rank}`),r.rank===2)return t$(r,e);{let t=r.shape.slice(0,r.shape.length-2).reduce((u,i)=>u*i),n=ca(K(r,[t,r.shape[r.shape.length-2],r.shape[r.shape.length-1]]),0),o=[],s=[];n.forEach(u=>{let[i,l]=t$(u,e);o.push(i),s.push(l)});let a=K(no(o,0),r.shape),c=K(no(s,0),r.shape);return[a,c]}}function t$(r,e=!1){return N.tidy(()=>{E(r.shape.length===2,()=>`qr2d() requires a 2D Tensor, but got a ${r.shape.length}D Tensor.`);let t=r.shape[0],n=r.shape[1],o=vd(t),s=_n(r),a=Tr([[1]],[1,1]),c=_n(a),u=t>=n?n:t;for(let i=0;i<u;++i){let l=s,p=c,m=o;[c,s,o]=N.tidy(()=>{let f=Ae(s,[i,i],[t-i,1]),d=Su(f),h=Ae(s,[i,i],[1,1]),g=dn(ku(h,0),Tr([[-1]]),Tr([[1]])),x=Ce(h,te(g,d)),y=Ue(f,x);y.shape[0]===1?c=_n(a):c=mt([a,Ae(y,[1,0],[y.shape[0]-1,y.shape[1]])],0);let w=br(Ue(Le(g,x),d)),C=Ae(s,[i,0],[t-i,n]),T=te(w,c),$=Zr(c);if(i===0)s=Ce(C,Le(T,Le($,C)));else{let D=Ce(C,Le(T,Le($,C)));s=mt([Ae(s,[0,0],[i,n]),D],0)}let A=Zr(T),R=Ae(o,[0,i],[t,o.shape[1]-i]);if(i===0)o=Ce(R,Le(Le(R,c),A));else{let D=Ce(R,Le(Le(R,c),A));o=mt([Ae(o,[0,0],[t,i]),D],1)}return[c,s,o]}),Ot([l,p,m])}return!e&&t>n&&(o=Ae(o,[0,0],[t,n]),s=Ae(s,[0,0],[n,n])),[o,s]})}var r$,n$=I(()=>{G();Yr();Z();Ll();Qn();Pr();j0();Cd();ki();vt();Ri();im();O();Be();Tn();wm();tr();ih();ph();ch();Gl();r$=_({qr_:H7})});var _t,oo=I(()=>{(function(r){r[r.NONE=0]="NONE",r[r.MEAN=1]="MEAN",r[r.SUM=2]="SUM",r[r.SUM_BY_NONZERO_WEIGHTS=3]="SUM_BY_NONZERO_WEIGHTS"})(_t||(_t={}))});function K7(r,e,t=_t.SUM_BY_NONZERO_WEIGHTS){let n=k(r,"losses","computeWeightedLoss"),o=null;e!=null&&(o=k(e,"weights","computeWeightedLoss"));let s=o==null?n:te(n,o);if(t===_t.NONE)return s;if(t===_t.SUM)return rt(s);if(t===_t.MEAN){if(o==null)return Di(s);{let a=n.size/o.size,c=Ue(rt(s),rt(o));return a>1?Ue(c,Re(a)):c}}if(t===_t.SUM_BY_NONZERO_WEIGHTS){if(o==null)return Ue(rt(s),Re(n.size));{let a=te(o,sa(n.shape)),c=He(rt(Wd(a,Re(0))),"float32");return Ue(rt(s),c)}}throw Error(`Unknown reduction: ${t}`)}var yr,ua=I(()=>{L();xr();Pr();oo();Bd();vt();iv();Ld();O();kr();eo();yr=_({computeWeightedLoss_:K7})});function q7(r,e,t,n=_t.SUM_BY_NONZERO_WEIGHTS){let o=k(r,"labels","absoluteDifference"),s=k(e,"predictions","absoluteDifference"),a=null;t!=null&&(a=k(t,"weights","absoluteDifference")),ht(o.shape,s.shape,"Error in absoluteDifference: ");let c=cr(Ce(o,s));return yr(c,a,n)}var o$,s$=I(()=>{L();Z();wu();oo();O();tr();ua();o$=_({absoluteDifference_:q7})});function j7(r,e,t,n,o=_t.SUM_BY_NONZERO_WEIGHTS){let s=k(r,"labels","cosineDistance"),a=k(e,"predictions","cosineDistance"),c=null;n!=null&&(c=k(n,"weights","cosineDistance")),ht(s.shape,a.shape,"Error in cosineDistance: ");let u=Re(1),i=Ce(u,rt(te(s,a),t,!0));return yr(i,c,o)}var a$,i$=I(()=>{L();Z();oo();vt();O();kr();tr();eo();ua();a$=_({cosineDistance_:j7})});function X7(r,e,t,n=_t.SUM_BY_NONZERO_WEIGHTS){let o=k(r,"labels","hingeLoss"),s=k(e,"predictions","hingeLoss"),a=null;t!=null&&(a=k(t,"weights","hingeLoss")),ht(o.shape,s.shape,"Error in hingeLoss: ");let c=Re(1);o=Ce(te(Re(2),o),c);let u=ia(Ce(c,te(o,s)));return yr(u,a,n)}var c$,u$=I(()=>{L();Z();oo();vt();O();xm();kr();tr();ua();c$=_({hingeLoss_:X7})});function Y7(r,e,t,n=1,o=_t.SUM_BY_NONZERO_WEIGHTS){let s=k(r,"labels","huberLoss"),a=k(e,"predictions","huberLoss"),c=null;t!=null&&(c=k(t,"weights","huberLoss")),ht(s.shape,a.shape,"Error in huberLoss: ");let u=Re(n),i=cr(Ce(a,s)),l=Fi(i,u),p=Ce(i,l),m=fe(te(Re(.5),Wt(l)),te(u,p));return yr(m,c,o)}var l$,p$=I(()=>{L();Z();wu();qt();oo();Vd();vt();O();kr();Ei();tr();ua();l$=_({huberLoss_:Y7})});function J7(r,e,t,n=1e-7,o=_t.SUM_BY_NONZERO_WEIGHTS){let s=k(r,"labels","logLoss"),a=k(e,"predictions","logLoss"),c=null;t!=null&&(c=k(t,"weights","logLoss")),ht(s.shape,a.shape,"Error in logLoss: ");let u=Re(1),i=Re(n),l=br(te(s,ro(fe(a,i)))),p=te(Ce(u,s),ro(fe(Ce(u,a),i))),m=Ce(l,p);return yr(m,c,o)}var m$,f$=I(()=>{L();Z();qt();lm();oo();vt();Ri();O();kr();tr();ua();m$=_({logLoss_:J7})});function Z7(r,e,t,n=_t.SUM_BY_NONZERO_WEIGHTS){let o=k(r,"labels","meanSquaredError"),s=k(e,"predictions","meanSquaredError"),a=null;t!=null&&(a=k(t,"weights","meanSquaredError")),ht(o.shape,s.shape,"Error in meanSquaredError: ");let c=oh(o,s);return yr(c,a,n)}var d$,h$=I(()=>{L();Z();oo();O();_v();ua();d$=_({meanSquaredError_:Z7})});function Q7(r,e){let t=k(r,"labels","sigmoidCrossEntropyWithLogits"),n=k(e,"logits","sigmoidCrossEntropyWithLogits");ht(t.shape,n.shape,"Error in sigmoidCrossEntropyWithLogits: ");let o=ia(n),s=te(n,t),a=Td(Jr(br(cr(n))));return fe(Ce(o,s),a)}function eY(r,e,t,n=0,o=_t.SUM_BY_NONZERO_WEIGHTS){let s=k(r,"multiClassLabels","sigmoidCrossEntropy"),a=k(e,"logits","sigmoidCrossEntropy"),c=null;if(t!=null&&(c=k(t,"weights","sigmoidCrossEntropy")),ht(s.shape,a.shape,"Error in sigmoidCrossEntropy: "),n>0){let i=Re(n),l=Re(1),p=Re(.5);s=fe(te(s,Ce(l,i)),te(p,i))}let u=Q7(s,a);return yr(u,c,o)}var g$,x$=I(()=>{L();Z();wu();qt();Kl();ev();oo();vt();Ri();O();xm();kr();tr();ua();g$=_({sigmoidCrossEntropy_:eY})});function tY(r,e,t=-1){if(t===-1&&(t=e.rank-1),t!==e.rank-1)throw Error(`Softmax cross entropy along a non-last dimension is not yet supported. Labels / logits was rank ${e.rank} and dim was ${t}`);return _r((o,s,a)=>{let u=Ad(s,[t],!0),i=Ce(He(s,"float32"),u);a([o,i]);let l=br(te(i,o));return{value:rt(l,[t]),gradFunc:(f,d)=>{let[h,g]=d,x=Ti(f.shape,[t]);return[te(K(f,x),Ce(He(h,"float32"),Jr(g))),te(K(f,x),Ce(Jr(g),He(h,"float32")))]}}})(r,e)}function rY(r,e,t,n=0,o=_t.SUM_BY_NONZERO_WEIGHTS){let s=k(r,"onehotLabels","softmaxCrossEntropy"),a=k(e,"logits","softmaxCrossEntropy"),c=null;if(t!=null&&(c=k(t,"weights","softmaxCrossEntropy")),ht(s.shape,a.shape,"Error in softmaxCrossEntropy: "),n>0){let i=Re(n),l=Re(1),p=Re(s.shape[1]);s=fe(te(s,Ce(l,i)),Ue(i,p))}let u=tY(s,a);return yr(u,c,o)}var b$,y$=I(()=>{Ai();L();Z();qt();zl();xr();Pr();Kl();rv();oo();vt();Ri();O();Be();kr();tr();eo();ua();b$=_({softmaxCrossEntropy_:rY})});function nY(r,e,t,n){let o=k(r,"indices","sparseFillEmptyRows","int32"),s=k(e,"values","sparseFillEmptyRows"),a=k(t,"denseShape","sparseFillEmptyRows","int32"),c=k(n,"defaultValue","sparseFillEmptyRows",s.dtype);if(o.rank!==2)throw new Error(`Indices should be Tensor2D but received shape
        ${o.shape}`);if(s.rank!==1)throw new Error(`Values should be Tensor1D but received shape ${s.shape}`);if(a.rank!==1)throw new Error(`Dense shape should be Tensor1D but received shape ${a.shape}`);if(c.rank!==0)throw new Error(`Default value should be a scalar but received shape ${c.shape}`);let u={indices:o,values:s,denseShape:a,defaultValue:c},i=N.runKernel(ci,u);return{outputIndices:i[0],outputValues:i[1],emptyRowIndicator:i[2],reverseIndexMap:i[3]}}var w$,v$=I(()=>{G();J();L();O();w$=_({sparseFillEmptyRows_:nY})});function oY(r,e,t){let n=k(r,"inputIndices","sparseReshape","int32"),o=k(e,"inputShape","sparseReshape","int32"),s=k(t,"newShape","sparseReshape","int32");if(n.rank!==2)throw new Error(`Input indices should be Tensor2D but received shape
        ${n.shape}`);if(o.rank!==1)throw new Error(`Input shape should be Tensor1D but received shape ${o.shape}`);if(s.rank!==1)throw new Error(`New shape should be Tensor1D but received shape ${s.shape}`);let a={inputIndices:n,inputShape:o,newShape:s},c=N.runKernel(Ws,a);return{outputIndices:c[0],outputShape:c[1]}}var I$,C$=I(()=>{G();J();L();O();I$=_({sparseReshape_:oY})});function sY(r,e,t){let n=k(r,"data","sparseSegmentMean"),o=k(e,"indices","sparseSegmentMean","int32"),s=k(t,"segmentIds","sparseSegmentMean","int32");if(n.rank<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(o.rank!==1)throw new Error(`Indices should be Tensor1D but received shape
          ${o.shape}`);if(s.rank!==1)throw new Error(`Segment ids should be Tensor1D but received shape
          ${s.shape}`);let a={data:n,indices:o,segmentIds:s};return N.runKernel(ui,a)}var S$,k$=I(()=>{G();J();L();O();S$=_({sparseSegmentMean_:sY})});function aY(r,e,t){let n=k(r,"data","sparseSegmentSum"),o=k(e,"indices","sparseSegmentSum","int32"),s=k(t,"segmentIds","sparseSegmentSum","int32");if(n.rank<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(o.rank!==1)throw new Error(`Indices should be Tensor1D but received shape
         ${o.shape}`);if(s.rank!==1)throw new Error(`Segment ids should be Tensor1D but received shape
         ${s.shape}`);let a={data:n,indices:o,segmentIds:s};return N.runKernel(li,a)}var _$,T$=I(()=>{G();J();L();O();_$=_({sparseSegmentSum_:aY})});function iY(r,e,t,n,o,s,a,c){let u=k(r,"data","stringNGrams","string");if(u.dtype!=="string")throw new Error("Data must be of datatype string");if(u.shape.length!==1)throw new Error(`Data must be a vector, saw: ${u.shape}`);let i=k(e,"dataSplits","stringNGrams");if(i.dtype!=="int32")throw new Error("Data splits must be of datatype int32");let l={separator:t,nGramWidths:n,leftPad:o,rightPad:s,padWidth:a,preserveShortSequences:c},p={data:u,dataSplits:i},m=N.runKernel(pi,p,l);return{nGrams:m[0],nGramsSplits:m[1]}}var N$,E$=I(()=>{G();J();L();O();N$=_({stringNGrams_:iY})});function cY(r,e,t=!0){let n=k(r,"input","stringSplit","string"),o=k(e,"delimiter","stringSplit","string");if(n.rank!==1)throw new Error(`Input should be Tensor1D but received shape ${n.shape}`);if(o.rank!==0)throw new Error(`Delimiter should be a scalar but received shape ${o.shape}`);let s={skipEmpty:t},a={input:n,delimiter:o},c=N.runKernel(mi,a,s);return{indices:c[0],values:c[1],shape:c[2]}}var $$,A$=I(()=>{G();J();L();O();$$=_({stringSplit_:cY})});function uY(r,e){let t=k(r,"input","stringToHashBucketFast","string"),n={numBuckets:e};if(e<=0)throw new Error("Number of buckets must be at least 1");let o={input:t};return N.runKernel(fi,o,n)}var R$,D$=I(()=>{G();J();L();O();R$=_({stringToHashBucketFast_:uY})});function lY(r,e,t,n=!0){let o=k(r,"input","staticRegexReplace","string"),s={pattern:e,rewrite:t,replaceGlobal:n};return N.runKernel(nc,{x:o},s)}var F$,M$=I(()=>{G();J();L();O();F$=_({staticRegexReplace_:lY})});var pY,mY,fY,dY,hY,gY,xY,xh=I(()=>{wu();C1();k1();qt();T1();E1();A1();D1();M1();O1();L1();W1();G1();H1();O0();X1();J1();L0();rm();t_();n_();s_();V0();i_();u_();W0();Si();xr();p_();f_();Ll();ic();Qn();h_();x_();y_();v_();C_();nm();k_();T_();A_();D_();M_();O_();L_();W_();G_();hd();H_();q_();Pr();Y_();Z_();z0();H0();eT();G0();rT();aT();Kl();yd();cT();j0();Wl();X0();D0();Y0();Cd();J0();cm();lT();mT();dT();Z0();Q0();_d();gT();bT();lm();ev();ST();_T();rv();Rd();nv();ov();NT();$T();ki();om();sv();RT();FT();av();Bd();PT();q0();Vd();BT();LT();WT();vt();GT();HT();Ri();iv();cv();Ld();qT();XT();Xl();JT();QT();t2();n2();s2();am();lv();R0();i2();u2();p2();f2();h2();P2();Iv();B2();Xd();V2();Yd();gm();U2();xm();Cv();Be();Eu();z2();K2();j2();Y2();Sv();J2();kr();Q2();tN();nN();tm();sN();iN();uN();Tn();pN();fN();hN();xN();bN();tv();uv();eh();th();kv();nh();ym();Hl();Ei();_v();sh();wm();Tv();wN();tr();eo();IN();B0();Xp();bc();ih();Nv();SN();_N();NN();AN();wd();DN();MN();ON();LN();ch();WN();GN();Gl();Av();mm();_i();zN();ph();im();HN();KN();Pd();XN();YN();QN();Cm();eE();O();nh();eh();th();kv();fE();hE();Dv();Fv();xE();yE();vE();CE();kE();TE();EE();FE();PE();BE();VE();UE();zE();KE();jE();YE();ZE();e$();n$();s$();ua();i$();u$();p$();f$();h$();x$();y$();v$();C$();k$();T$();E$();A$();D$();M$();pY={fft:Jl,ifft:$u,rfft:Zl,irfft:rh},mY={hammingWindow:dE,hannWindow:mh,frame:fh,stft:gE},fY={flipLeftRight:wE,grayscaleToRGB:IE,resizeNearestNeighbor:HE,resizeBilinear:GE,rgbToGrayscale:SE,rotateWithOffset:_E,cropAndResize:bE,nonMaxSuppression:NE,nonMaxSuppressionAsync:DE,nonMaxSuppressionWithScore:ME,nonMaxSuppressionWithScoreAsync:OE,nonMaxSuppressionPadded:LE,nonMaxSuppressionPaddedAsync:WE,threshold:qE,transform:XE},dY={bandPart:JE,gramSchmidt:QE,qr:r$},hY={absoluteDifference:o$,computeWeightedLoss:yr,cosineDistance:a$,hingeLoss:c$,huberLoss:l$,logLoss:m$,meanSquaredError:d$,sigmoidCrossEntropy:g$,softmaxCrossEntropy:b$},gY={sparseFillEmptyRows:w$,sparseReshape:I$,sparseSegmentMean:S$,sparseSegmentSum:_$},xY={stringNGrams:N$,stringSplit:$$,stringToHashBucketFast:R$,staticRegexReplace:F$}});var Bv={};sr(Bv,{Serializable:()=>_m,SerializationMap:()=>bh,getRegisteredName:()=>yY,registerClass:()=>Ov});function Ov(r,e,t){E(r.className!=null,()=>"Class being registered does not have the static className property defined."),E(typeof r.className=="string",()=>"className is required to be a string, but got type "+typeof r.className),E(r.className.length>0,()=>"Class being registered has an empty-string as its className, which is disallowed."),typeof e>"u"&&(e="Custom"),typeof t>"u"&&(t=r.className);let n=t,o=e+">"+n;return bh.register(r),bY.set(o,r),Pv.set(r,o),r}function yY(r){return Pv.has(r)?Pv.get(r):r.className}var bY,Pv,_m,bh,yh=I(()=>{Z();bY=new Map,Pv=new Map,_m=class{getClassName(){return this.constructor.className}static fromConfig(e,t){return new e(t)}},bh=class r{constructor(){this.classNameMap={}}static getMap(){return r.instance==null&&(r.instance=new r),r.instance}static register(e){r.getMap().classNameMap[e.className]=[e,e.fromConfig]}}});var Nr,yc=I(()=>{Yr();Ai();xh();yh();Nr=class extends _m{minimize(e,t=!1,n){let{value:o,grads:s}=this.computeGradients(e,n);if(n!=null){let a=n.map(c=>({name:c.name,tensor:s[c.name]}));this.applyGradients(a)}else this.applyGradients(s);return Ot(s),t?o:(o.dispose(),null)}get iterations(){return this.iterations_==null&&(this.iterations_=0),this.iterations_}incrementIterations(){this.iterations_=this.iterations+1}computeGradients(e,t){return Nd(e,t)}dispose(){this.iterations_!=null&&Ot(this.iterations_)}async saveIterations(){return this.iterations_==null&&(this.iterations_=0),{name:"iter",tensor:Re(this.iterations_,"int32")}}async getWeights(){throw new Error("getWeights() is not implemented for this optimizer yet.")}async setWeights(e){throw new Error(`setWeights() is not implemented for this optimizer class ${this.getClassName()}`)}async extractIterations(e){return this.iterations_=(await e[0].tensor.data())[0],e.slice(1)}};Object.defineProperty(Nr,Symbol.hasInstance,{value:r=>r.minimize!=null&&r.computeGradients!=null&&r.applyGradients!=null})});var wc,wh=I(()=>{G();Yr();qt();Pr();vt();xh();Ei();_i();yc();wc=class extends Nr{static get className(){return"Adadelta"}constructor(e,t,n=null){super(),this.learningRate=e,this.rho=t,this.epsilon=n,this.accumulatedGrads=[],this.accumulatedUpdates=[],n==null&&(this.epsilon=N.backend.epsilon())}applyGradients(e){(Array.isArray(e)?e.map(n=>n.name):Object.keys(e)).forEach((n,o)=>{let s=N.registeredVariables[n],a=!1;this.accumulatedGrads[o]==null&&(this.accumulatedGrads[o]={originalName:`${n}/accum_grad`,variable:Qe(()=>jt(s).variable(a))}),this.accumulatedUpdates[o]==null&&(this.accumulatedUpdates[o]={originalName:`${n}/accum_var`,variable:Qe(()=>jt(s).variable(a))});let c=Array.isArray(e)?e[o].tensor:e[n];if(c==null)return;let u=this.accumulatedGrads[o].variable,i=this.accumulatedUpdates[o].variable;Qe(()=>{let l=fe(te(u,this.rho),te(Wt(c),1-this.rho)),p=te(Ue(Lr(fe(i,this.epsilon)),Lr(fe(u,this.epsilon))),c),m=fe(te(i,this.rho),te(Wt(p),1-this.rho));u.assign(l),i.assign(m);let f=fe(te(p,-this.learningRate),s);s.assign(f)})}),this.incrementIterations()}dispose(){this.accumulatedUpdates!=null&&(Ot(this.accumulatedGrads.map(e=>e.variable)),Ot(this.accumulatedUpdates.map(e=>e.variable)))}async getWeights(){let e=[...this.accumulatedGrads,...this.accumulatedUpdates];return[await this.saveIterations()].concat(e.map(t=>({name:t.originalName,tensor:t.variable})))}async setWeights(e){e=await this.extractIterations(e);let t=e.length/2,n=!1;this.accumulatedGrads=e.slice(0,t).map(o=>({originalName:o.name,variable:o.tensor.variable(n)})),this.accumulatedUpdates=e.slice(t,t*2).map(o=>({originalName:o.name,variable:o.tensor.variable(n)}))}getConfig(){return{learningRate:this.learningRate,rho:this.rho,epsilon:this.epsilon}}static fromConfig(e,t){return new e(t.learningRate,t.rho,t.epsilon)}}});var vc,vh=I(()=>{G();Yr();qt();Pr();Wl();vt();Hl();Ei();yc();vc=class extends Nr{static get className(){return"Adagrad"}constructor(e,t=.1){super(),this.learningRate=e,this.initialAccumulatorValue=t,this.accumulatedGrads=[]}applyGradients(e){(Array.isArray(e)?e.map(n=>n.name):Object.keys(e)).forEach((n,o)=>{let s=N.registeredVariables[n];this.accumulatedGrads[o]==null&&(this.accumulatedGrads[o]={originalName:`${n}/accumulator`,variable:Qe(()=>na(s.shape,this.initialAccumulatorValue).variable(!1))});let a=Array.isArray(e)?e[o].tensor:e[n];if(a==null)return;let c=this.accumulatedGrads[o].variable;Qe(()=>{let u=fe(c,Wt(a));c.assign(u);let i=fe(te(Ue(a,Lr(fe(u,N.backend.epsilon()))),-this.learningRate),s);s.assign(i)})}),this.incrementIterations()}dispose(){this.accumulatedGrads!=null&&Ot(this.accumulatedGrads.map(e=>e.variable))}async getWeights(){return[await this.saveIterations()].concat(this.accumulatedGrads.map(e=>({name:e.originalName,tensor:e.variable})))}async setWeights(e){e=await this.extractIterations(e);let t=!1;this.accumulatedGrads=e.map(n=>({originalName:n.name,variable:n.tensor.variable(t)}))}getConfig(){return{learningRate:this.learningRate,initialAccumulatorValue:this.initialAccumulatorValue}}static fromConfig(e,t){return new e(t.learningRate,t.initialAccumulatorValue)}}});var Ic,Ih=I(()=>{G();Yr();qt();Pr();vt();am();kr();Hl();Ei();tr();_i();yc();Ic=class extends Nr{static get className(){return"Adam"}constructor(e,t,n,o=null){super(),this.learningRate=e,this.beta1=t,this.beta2=n,this.epsilon=o,this.accumulatedFirstMoment=[],this.accumulatedSecondMoment=[],Qe(()=>{this.accBeta1=Re(t).variable(),this.accBeta2=Re(n).variable()}),o==null&&(this.epsilon=N.backend.epsilon())}applyGradients(e){let t=Array.isArray(e)?e.map(n=>n.name):Object.keys(e);Qe(()=>{let n=Ce(1,this.accBeta1),o=Ce(1,this.accBeta2);t.forEach((s,a)=>{let c=N.registeredVariables[s],u=!1;this.accumulatedFirstMoment[a]==null&&(this.accumulatedFirstMoment[a]={originalName:`${s}/m`,variable:Qe(()=>jt(c).variable(u))}),this.accumulatedSecondMoment[a]==null&&(this.accumulatedSecondMoment[a]={originalName:`${s}/v`,variable:Qe(()=>jt(c).variable(u))});let i=Array.isArray(e)?e[a].tensor:e[s];if(i==null)return;let l=this.accumulatedFirstMoment[a].variable,p=this.accumulatedSecondMoment[a].variable,m=fe(te(l,this.beta1),te(i,1-this.beta1)),f=fe(te(p,this.beta2),te(Wt(i),1-this.beta2)),d=Ue(m,n),h=Ue(f,o);l.assign(m),p.assign(f);let g=fe(te(Ue(d,fe(Lr(h),this.epsilon)),-this.learningRate),c);c.assign(g)}),this.accBeta1.assign(te(this.accBeta1,this.beta1)),this.accBeta2.assign(te(this.accBeta2,this.beta2))}),this.incrementIterations()}dispose(){this.accBeta1.dispose(),this.accBeta2.dispose(),this.accumulatedFirstMoment!=null&&Ot(this.accumulatedFirstMoment.map(e=>e.variable)),this.accumulatedSecondMoment!=null&&Ot(this.accumulatedSecondMoment.map(e=>e.variable))}async getWeights(){let e=[...this.accumulatedFirstMoment,...this.accumulatedSecondMoment];return[await this.saveIterations()].concat(e.map(t=>({name:t.originalName,tensor:t.variable})))}async setWeights(e){e=await this.extractIterations(e),Qe(()=>{this.accBeta1.assign(Ni(this.beta1,this.iterations_+1)),this.accBeta2.assign(Ni(this.beta2,this.iterations_+1))});let t=e.length/2,n=!1;this.accumulatedFirstMoment=e.slice(0,t).map(o=>({originalName:o.name,variable:o.tensor.variable(n)})),this.accumulatedSecondMoment=e.slice(t,t*2).map(o=>({originalName:o.name,variable:o.tensor.variable(n)}))}getConfig(){return{learningRate:this.learningRate,beta1:this.beta1,beta2:this.beta2,epsilon:this.epsilon}}static fromConfig(e,t){return new e(t.learningRate,t.beta1,t.beta2,t.epsilon)}}});var Cc,Ch=I(()=>{G();Yr();wu();qt();Pr();av();vt();kr();tr();_i();yc();Cc=class extends Nr{static get className(){return"Adamax"}constructor(e,t,n,o=null,s=0){super(),this.learningRate=e,this.beta1=t,this.beta2=n,this.epsilon=o,this.decay=s,this.accumulatedFirstMoment=[],this.accumulatedWeightedInfNorm=[],Qe(()=>{this.iteration=Re(0).variable(),this.accBeta1=Re(t).variable()}),o==null&&(this.epsilon=N.backend.epsilon())}applyGradients(e){let t=Array.isArray(e)?e.map(n=>n.name):Object.keys(e);Qe(()=>{let n=Ce(1,this.accBeta1),o=Ue(-this.learningRate,fe(te(this.iteration,this.decay),1));t.forEach((s,a)=>{let c=N.registeredVariables[s],u=!1;this.accumulatedFirstMoment[a]==null&&(this.accumulatedFirstMoment[a]={originalName:`${s}/m`,variable:jt(c).variable(u)}),this.accumulatedWeightedInfNorm[a]==null&&(this.accumulatedWeightedInfNorm[a]={originalName:`${s}/v`,variable:jt(c).variable(u)});let i=Array.isArray(e)?e[a].tensor:e[s];if(i==null)return;let l=this.accumulatedFirstMoment[a].variable,p=this.accumulatedWeightedInfNorm[a].variable,m=fe(te(l,this.beta1),te(i,1-this.beta1)),f=te(p,this.beta2),d=cr(i),h=jl(f,d);l.assign(m),p.assign(h);let g=fe(te(Ue(o,n),Ue(m,fe(h,this.epsilon))),c);c.assign(g)}),this.iteration.assign(fe(this.iteration,1)),this.accBeta1.assign(te(this.accBeta1,this.beta1))}),this.incrementIterations()}dispose(){this.accBeta1.dispose(),this.iteration.dispose(),this.accumulatedFirstMoment!=null&&Ot(this.accumulatedFirstMoment.map(e=>e.variable)),this.accumulatedWeightedInfNorm!=null&&Ot(this.accumulatedWeightedInfNorm.map(e=>e.variable))}async getWeights(){throw new Error("getWeights() is not implemented for Adamax yet.")}async setWeights(e){throw new Error("setWeights() is not implemented for Adamax yet.")}getConfig(){return{learningRate:this.learningRate,beta1:this.beta1,beta2:this.beta2,epsilon:this.epsilon,decay:this.decay}}static fromConfig(e,t){return new e(t.learningRate,t.beta1,t.beta2,t.epsilon,t.decay)}}});var la,Tm=I(()=>{G();Yr();qt();vt();kr();yc();la=class extends Nr{static get className(){return"SGD"}constructor(e){super(),this.learningRate=e,this.setLearningRate(e)}applyGradients(e){(Array.isArray(e)?e.map(n=>n.name):Object.keys(e)).forEach((n,o)=>{let s=Array.isArray(e)?e[o].tensor:e[n];if(s==null)return;let a=N.registeredVariables[n];Qe(()=>{let c=fe(te(this.c,s),a);a.assign(c)})}),this.incrementIterations()}setLearningRate(e){this.learningRate=e,this.c!=null&&this.c.dispose(),this.c=Yp(Re(-e))}dispose(){this.c.dispose()}async getWeights(){return[await this.saveIterations()]}async setWeights(e){if(e=await this.extractIterations(e),e.length!==0)throw new Error("SGD optimizer does not have settable weights.")}getConfig(){return{learningRate:this.learningRate}}static fromConfig(e,t){return new e(t.learningRate)}}});var Sc,Sh=I(()=>{G();Yr();qt();vt();kr();_i();Tm();Sc=class extends la{static get className(){return"Momentum"}constructor(e,t,n=!1){super(e),this.learningRate=e,this.momentum=t,this.useNesterov=n,this.accumulations=[],this.m=Re(this.momentum)}applyGradients(e){(Array.isArray(e)?e.map(n=>n.name):Object.keys(e)).forEach((n,o)=>{let s=N.registeredVariables[n];this.accumulations[o]==null&&(this.accumulations[o]={originalName:`${n}/momentum`,variable:Qe(()=>jt(s).variable(!1))});let a=this.accumulations[o].variable,c=Array.isArray(e)?e[o].tensor:e[n];c!=null&&Qe(()=>{let u,i=fe(te(this.m,a),c);this.useNesterov?u=fe(te(this.c,fe(c,te(i,this.m))),s):u=fe(te(this.c,i),s),a.assign(i),s.assign(u)})}),this.incrementIterations()}dispose(){this.m.dispose(),this.accumulations!=null&&Ot(this.accumulations.map(e=>e.variable))}setMomentum(e){this.momentum=e}async getWeights(){return[await this.saveIterations()].concat(this.accumulations.map(e=>({name:e.originalName,tensor:e.variable})))}async setWeights(e){e=await this.extractIterations(e);let t=!1;this.accumulations=e.map(n=>({originalName:n.name,variable:n.tensor.variable(t)}))}getConfig(){return{learningRate:this.learningRate,momentum:this.momentum,useNesterov:this.useNesterov}}static fromConfig(e,t){return new e(t.learningRate,t.momentum,t.useNesterov)}}});var kc,kh=I(()=>{G();Yr();qt();Pr();vt();Hl();Ei();tr();_i();yc();kc=class extends Nr{static get className(){return"RMSProp"}constructor(e,t=.9,n=0,o=null,s=!1){if(super(),this.learningRate=e,this.decay=t,this.momentum=n,this.epsilon=o,this.accumulatedMeanSquares=[],this.accumulatedMoments=[],this.accumulatedMeanGrads=[],this.centered=s,o==null&&(this.epsilon=N.backend.epsilon()),e==null)throw new Error("learningRate for RMSPropOptimizer must be defined.")}applyGradients(e){(Array.isArray(e)?e.map(n=>n.name):Object.keys(e)).forEach((n,o)=>{let s=N.registeredVariables[n],a=!1;this.accumulatedMeanSquares[o]==null&&(this.accumulatedMeanSquares[o]={originalName:`${n}/rms`,variable:Qe(()=>jt(s).variable(a))}),this.accumulatedMoments[o]==null&&(this.accumulatedMoments[o]={originalName:`${n}/momentum`,variable:Qe(()=>jt(s).variable(a))}),this.accumulatedMeanGrads[o]==null&&this.centered&&(this.accumulatedMeanGrads[o]={originalName:`${n}/mg`,variable:Qe(()=>jt(s).variable(a))});let c=Array.isArray(e)?e[o].tensor:e[n];if(c==null)return;let u=this.accumulatedMeanSquares[o].variable,i=this.accumulatedMoments[o].variable;Qe(()=>{let l=fe(te(u,this.decay),te(Wt(c),1-this.decay));if(this.centered){let p=this.accumulatedMeanGrads[o].variable,m=fe(te(p,this.decay),te(c,1-this.decay)),f=Ue(te(c,this.learningRate),Lr(Ce(l,fe(Wt(m),this.epsilon)))),d=fe(te(i,this.momentum),f);u.assign(l),p.assign(m),i.assign(d);let h=Ce(s,d);s.assign(h)}else{let p=fe(te(u,this.decay),te(Wt(c),1-this.decay)),m=fe(te(i,this.momentum),Ue(te(c,this.learningRate),Lr(fe(p,this.epsilon))));u.assign(p),i.assign(m);let f=Ce(s,m);s.assign(f)}})}),this.incrementIterations()}dispose(){this.accumulatedMeanSquares!=null&&Ot(this.accumulatedMeanSquares.map(e=>e.variable)),this.accumulatedMeanGrads!=null&&this.centered&&Ot(this.accumulatedMeanGrads.map(e=>e.variable)),this.accumulatedMoments!=null&&Ot(this.accumulatedMoments.map(e=>e.variable))}async getWeights(){let e=[...this.accumulatedMeanSquares,...this.accumulatedMoments];return this.centered&&e.push(...this.accumulatedMeanGrads),[await this.saveIterations()].concat(e.map(t=>({name:t.originalName,tensor:t.variable})))}async setWeights(e){e=await this.extractIterations(e);let t=this.centered?e.length/3:e.length/2,n=!1;this.accumulatedMeanSquares=e.slice(0,t).map(o=>({originalName:o.name,variable:o.tensor.variable(n)})),this.accumulatedMoments=e.slice(t,t*2).map(o=>({originalName:o.name,variable:o.tensor.variable(n)})),this.centered&&(this.accumulatedMeanGrads=e.slice(t*2,t*3).map(o=>({originalName:o.name,variable:o.tensor.variable(n)})))}getConfig(){return{learningRate:this.learningRate,decay:this.decay,momentum:this.momentum,epsilon:this.epsilon,centered:this.centered}}static fromConfig(e,t){return new e(t.learningRate,t.decay,t.momentum,t.epsilon,t.centered)}}});function P$(){for(let r of wY)Ov(r)}var wY,O$=I(()=>{wh();vh();Ih();Ch();Sh();kh();Tm();yh();wY=[wc,vc,Ic,Cc,Sc,kc,la]});function B$(r){return new Promise(e=>setTimeout(e)).then(r)}function kY(r="model"){return new rp(r)}function L$(r){return new Lv(r)}var vY,IY,CY,rp,Lv,SY,V$=I(()=>{Ml();ar();gu();xu();cc();vY="model",IY=".json",CY=".weights.bin";rp=class r{constructor(e){if(!P().getBool("IS_BROWSER"))throw new Error("browserDownloads() cannot proceed because the current environment is not a browser.");e.startsWith(r.URL_SCHEME)&&(e=e.slice(r.URL_SCHEME.length)),(e==null||e.length===0)&&(e=vY),this.modelJsonFileName=e+IY,this.weightDataFileName=e+CY}async save(e){if(typeof document>"u")throw new Error("Browser downloads are not supported in this environment since `document` is not present");let t=gr.join(e.weightData),n=window.URL.createObjectURL(new Blob([t],{type:"application/octet-stream"}));if(e.modelTopology instanceof ArrayBuffer)throw new Error("BrowserDownloads.save() does not support saving model topology in binary formats yet.");{let o=[{paths:["./"+this.weightDataFileName],weights:e.weightSpecs}],s=ad(e,o),a=window.URL.createObjectURL(new Blob([JSON.stringify(s)],{type:"application/json"})),c=this.modelJsonAnchor==null?document.createElement("a"):this.modelJsonAnchor;if(c.download=this.modelJsonFileName,c.href=a,await B$(()=>c.dispatchEvent(new MouseEvent("click"))),e.weightData!=null){let u=this.weightDataAnchor==null?document.createElement("a"):this.weightDataAnchor;u.download=this.weightDataFileName,u.href=n,await B$(()=>u.dispatchEvent(new MouseEvent("click")))}return{modelArtifactsInfo:Zs(e)}}}};rp.URL_SCHEME="downloads://";Lv=class{constructor(e){if(e==null||e.length<1)throw new Error(`When calling browserFiles, at least 1 file is required, but received ${e}`);this.jsonFile=e[0],this.weightsFiles=e.slice(1)}async load(){return new Promise((e,t)=>{let n=new FileReader;n.onload=o=>{let s=JSON.parse(o.target.result),a=s.modelTopology;if(a==null){t(new Error(`modelTopology field is missing from file ${this.jsonFile.name}`));return}if(s.weightsManifest==null){t(new Error(`weightManifest field is missing from file ${this.jsonFile.name}`));return}if(this.weightsFiles.length===0){e({modelTopology:a});return}let u=Pl(s,i=>this.loadWeights(i));e(u)},n.onerror=o=>t(`Failed to read model topology and weights manifest JSON from file '${this.jsonFile.name}'. BrowserFiles supports loading Keras-style tf.Model artifacts only.`),n.readAsText(this.jsonFile)})}loadWeights(e){let t=[],n=[];for(let a of e)t.push(...a.weights),n.push(...a.paths);let o=this.checkManifestAndWeightFiles(e),s=n.map(a=>this.loadWeightsFile(a,o[a]));return Promise.all(s).then(a=>[t,a])}loadWeightsFile(e,t){return new Promise((n,o)=>{let s=new FileReader;s.onload=a=>{let c=a.target.result;n(c)},s.onerror=a=>o(`Failed to weights data from file of path '${e}'.`),s.readAsArrayBuffer(t)})}checkManifestAndWeightFiles(e){let t=[],n=this.weightsFiles.map(s=>v0(s.name)),o={};for(let s of e)s.paths.forEach(a=>{let c=v0(a);if(t.indexOf(c)!==-1)throw new Error(`Duplicate file basename found in weights manifest: '${c}'`);if(t.push(c),n.indexOf(c)===-1)throw new Error(`Weight file with basename '${c}' is not provided.`);o[a]=this.weightsFiles[n.indexOf(c)]});if(t.length!==this.weightsFiles.length)throw new Error(`Mismatch in the number of files in weights manifest (${t.length}) and the number of weight files provided (${this.weightsFiles.length}).`);return o}},SY=r=>P().getBool("IS_BROWSER")&&!Array.isArray(r)&&r.startsWith(rp.URL_SCHEME)?kY(r.slice(rp.URL_SCHEME.length)):null;Qt.registerSaveRouter(SY)});function Vv(r,e,t,n){a(r),t=t??0,n=n??1,c(t,n);let o=0,s=u=>(u.then(i=>{let l=t+ ++o/r.length*(n-t);return e(l),i}),u);function a(u){E(u!=null&&Array.isArray(u)&&u.length>0,()=>"promises must be a none empty array")}function c(u,i){E(u>=0&&u<=1,()=>`Progress fraction must be in range [0, 1], but got startFraction ${u}`),E(i>=0&&i<=1,()=>`Progress fraction must be in range [0, 1], but got endFraction ${i}`),E(i>=u,()=>`startFraction must be no more than endFraction, but got startFraction ${u} and endFraction ${i}`)}return Promise.all(r.map(s))}var W$=I(()=>{Z();});async function Wv(r,e){e==null&&(e={});let t=e.fetchFunc==null?P().platform.fetch:e.fetchFunc,n=r.map(p=>t(p,e.requestInit,{isBinary:!0})),c=(e.onProgress==null?await Promise.all(n):await Vv(n,e.onProgress,0,.5)).map(p=>p.arrayBuffer());return e.onProgress==null?await Promise.all(c):await Vv(c,e.onProgress,.5,1)}function U$(r,e){var t;let n=e.fetchFunc==null?P().platform.fetch:e.fetchFunc,o=0,s;return(t=e.onProgress)===null||t===void 0||t.call(e,0),new ReadableStream({pull:async a=>{for(var c;o<r.length;){s||(s=(await n(r[o],e.requestInit,{isBinary:!0})).body.getReader());let{done:u,value:i}=await s.read();if(u){o++,s=void 0,(c=e.onProgress)===null||c===void 0||c.call(e,o/r.length);continue}a.enqueue(i);return}a.close()}})}async function G$(r,e="",t,n){return Uv(a=>Wv(a,{requestInit:n}))(r,e,t)}function Uv(r){return async(e,t="",n)=>{let o=e.map(()=>!1),s={},a=n!=null?n.map(()=>!1):[],c=[];if(e.forEach((f,d)=>{let h=0;f.weights.forEach(g=>{let x="quantization"in g?g.quantization.dtype:g.dtype,y=Ii[x]*We(g.shape),w=()=>{o[d]=!0,s[d]==null&&(s[d]=[]),s[d].push({manifestEntry:g,groupOffset:h,sizeBytes:y})};n!=null?n.forEach((C,T)=>{C===g.name&&(w(),a[T]=!0)}):w(),c.push(g.name),h+=y})}),!a.every(f=>f)){let f=n.filter((d,h)=>!a[h]);throw new Error(`Could not find weights in manifest with names: ${f.join(", ")}. 
Manifest JSON has weights with names: ${c.join(", ")}.`)}let u=o.reduce((f,d,h)=>(d&&f.push(h),f),[]),i=[];u.forEach(f=>{e[f].paths.forEach(d=>{let h=t+(t.endsWith("/")?"":"/")+d;i.push(h)})});let l=await r(i),p={},m=0;return u.forEach(f=>{let d=e[f].paths.length,h=new gr(l.slice(m,m+d));s[f].forEach(x=>{let y=h.slice(x.groupOffset,x.groupOffset+x.sizeBytes),w=sd(y,[x.manifestEntry]);for(let C in w)p[C]=w[C]}),m+=d}),p}}var Gv=I(()=>{ar();Z();cc();gu();W$();g0();});function NY(r){let e=r.lastIndexOf("/"),t=r.lastIndexOf("?"),n=r.substring(0,e),o=t>e?r.substring(t):"";return[n+"/",o]}function _h(r){return r.match(Nm.URL_SCHEME_REGEX)!=null}function Th(r,e){return new Nm(r,e)}function H$(r,e){return Th(r,e)}var _Y,TY,Nm,z$,K$=I(()=>{ar();Z();gu();cc();xu();Gv();_Y="application/octet-stream",TY="application/json",Nm=class{constructor(e,t){if(this.DEFAULT_METHOD="POST",t==null&&(t={}),this.weightPathPrefix=t.weightPathPrefix,this.weightUrlConverter=t.weightUrlConverter,t.fetchFunc!=null?(E(typeof t.fetchFunc=="function",()=>"Must pass a function that matches the signature of `fetch` (see https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API)"),this.fetch=t.fetchFunc):this.fetch=P().platform.fetch,E(e!=null&&e.length>0,()=>"URL path for http must not be null, undefined or empty."),Array.isArray(e)&&E(e.length===2,()=>`URL paths for http must have a length of 2, (actual length is ${e.length}).`),this.path=e,t.requestInit!=null&&t.requestInit.body!=null)throw new Error("requestInit is expected to have no pre-existing body, but has one.");this.requestInit=t.requestInit||{},this.loadOptions=t}async save(e){if(e.modelTopology instanceof ArrayBuffer)throw new Error("BrowserHTTPRequest.save() does not support saving model topology in binary formats yet.");let t=Object.assign({method:this.DEFAULT_METHOD},this.requestInit);t.body=new FormData;let n=[{paths:["./model.weights.bin"],weights:e.weightSpecs}],o=ad(e,n);if(t.body.append("model.json",new Blob([JSON.stringify(o)],{type:TY}),"model.json"),e.weightData!=null){let a=gr.join(e.weightData);t.body.append("model.weights.bin",new Blob([a],{type:_Y}),"model.weights.bin")}let s=await this.fetch(this.path,t);if(s.ok)return{modelArtifactsInfo:Zs(e),responses:[s]};throw new Error(`BrowserHTTPRequest.save() failed due to HTTP response status ${s.status}.`)}async loadModelJSON(){let e=await this.fetch(this.path,this.requestInit);if(!e.ok)throw new Error(`Request to ${this.path} failed with status code ${e.status}. Please verify this URL points to the model JSON of the model to load.`);let t;try{t=await e.json()}catch{let a=`Failed to parse model JSON of response from ${this.path}.`;throw this.path.endsWith(".pb")?a+=" Your path contains a .pb file extension. Support for .pb models have been removed in TensorFlow.js 1.0 in favor of .json models. You can re-convert your Python TensorFlow model using the TensorFlow.js 1.0 conversion scripts or you can convert your.pb models with the 'pb2json'NPM script in the tensorflow/tfjs-converter repository.":a+=" Please make sure the server is serving valid JSON for this request.",new Error(a)}let n=t.modelTopology,o=t.weightsManifest;if(n==null&&o==null)throw new Error(`The JSON from HTTP path ${this.path} contains neither model topology or manifest for weights.`);return t}async load(){if(this.loadOptions.streamWeights)return this.loadStream();let e=await this.loadModelJSON();return Pl(e,t=>this.loadWeights(t))}async loadStream(){let e=await this.loadModelJSON(),t=await this.getWeightUrls(e.weightsManifest),n=Zp(e.weightsManifest),o=()=>U$(t,this.loadOptions);return Object.assign(Object.assign({},e),{weightSpecs:n,getWeightStream:o})}async getWeightUrls(e){let t=Array.isArray(this.path)?this.path[1]:this.path,[n,o]=NY(t),s=this.weightPathPrefix||n,a=[],c=[];for(let u of e)for(let i of u.paths)this.weightUrlConverter!=null?c.push(this.weightUrlConverter(i)):a.push(s+i+o);return this.weightUrlConverter&&a.push(...await Promise.all(c)),a}async loadWeights(e){let t=await this.getWeightUrls(e),n=Zp(e),o=await Wv(t,this.loadOptions);return[n,o]}};Nm.URL_SCHEME_REGEX=/^https?:\/\//;z$=(r,e)=>{if(typeof fetch>"u"&&(e==null||e.fetchFunc==null))return null;{let t=!0;if(Array.isArray(r)?t=r.every(n=>_h(n)):t=_h(r),t)return Th(r,e)}return null};Qt.registerSaveRouter(z$);Qt.registerLoadRouter(z$)});function q$(r,e,t,n){let o=arguments;return new zv(Hv(...o))}function Hv(r,e,t,n){return arguments.length===1?r.modelTopology!=null||r.weightSpecs!=null?new Em(r):(console.warn("Please call tf.io.fromMemory() with only one argument. The argument should be of type ModelArtifacts. The multi-argument signature of tf.io.fromMemory() has been deprecated and will be removed in a future release."),new Em({modelTopology:r})):(console.warn("Please call tf.io.fromMemory() with only one argument. The argument should be of type ModelArtifacts. The multi-argument signature of tf.io.fromMemory() has been deprecated and will be removed in a future release."),new Em({modelTopology:r,weightSpecs:e,weightData:t,trainingConfig:n}))}function j$(r){return new Nh(r)}function X$(r){return new Nh(r)}var Em,Nh,zv,Y$=I(()=>{Em=class{constructor(e){this.modelArtifacts=e}load(){return this.modelArtifacts}},Nh=class{constructor(e){this.saveHandler=e}save(e){return this.saveHandler(e)}},zv=class{constructor(e){e.load&&(this.load=()=>Promise.resolve(e.load())),e.save&&(this.save=t=>Promise.resolve(e.save(t)))}}});var Kv={};sr(Kv,{CompositeArrayBuffer:()=>gr,browserFiles:()=>L$,browserHTTPRequest:()=>H$,concatenateArrayBuffers:()=>t1,copyModel:()=>h1,decodeWeights:()=>sd,decodeWeightsStream:()=>Zk,encodeWeights:()=>Yk,fromMemory:()=>q$,fromMemorySync:()=>Hv,getLoadHandlers:()=>s1,getModelArtifactsForJSON:()=>Pl,getModelArtifactsForJSONSync:()=>I0,getModelArtifactsInfoForJSON:()=>Zs,getSaveHandlers:()=>o1,getWeightSpecs:()=>Zp,http:()=>Th,isHTTPScheme:()=>_h,listModels:()=>f1,loadWeights:()=>G$,moveModel:()=>g1,registerLoadRouter:()=>n1,registerSaveRouter:()=>r1,removeModel:()=>d1,weightsLoaderFactory:()=>Uv,withSaveHandler:()=>j$,withSaveHandlerSync:()=>X$});var J$=I(()=>{_0();T0();V$();K$();gu();Y$();xu();Gv();cc();N0();});function EY(r,e,t){let n=k(r,"labels","confusionMatrix"),o=k(e,"predictions","confusionMatrix");E(t==null||t>0&&Number.isInteger(t),()=>`If provided, numClasses must be a positive integer, but got ${t}`),E(n.rank===1,()=>`Expected the rank of labels to be 1, but got ${n.rank}`),E(o.rank===1,()=>`Expected the rank of predictions to be 1, but got ${o.rank}`),E(n.shape[0]===o.shape[0],()=>`Mismatch in the number of examples: ${n.shape[0]} vs. ${o.shape[0]}. Labels and predictions should have the same number of elements.`),E(t>0&&Number.isInteger(t),()=>`numClasses is required to be a positive integer, but got ${t}`);let s=dm(He(n,"int32"),t),a=dm(He(o,"int32"),t),c=Zr(s),u=Le(c,a);return He(u,"int32")}var Z$,Q$=I(()=>{L();Z();xr();ki();cv();O();ph();Z$=_({confusionMatrix_:EY})});var qv={};sr(qv,{confusionMatrix:()=>Z$});var eA=I(()=>{Q$();});var jv={};sr(jv,{draw:()=>OY,fromPixels:()=>BY,fromPixelsAsync:()=>FY,toPixels:()=>PY});function rA(r,e=3){if(e>4)throw new Error("Cannot construct Tensor with more than 4 channels from pixels.");if(r==null)throw new Error("pixels passed to tf.browser.fromPixels() can not be null");let t=!1,n=!1,o=!1,s=!1,a=!1,c=!1;if(r.data instanceof Uint8Array)t=!0;else if(typeof ImageData<"u"&&r instanceof ImageData)n=!0;else if(typeof HTMLVideoElement<"u"&&r instanceof HTMLVideoElement)o=!0;else if(typeof HTMLImageElement<"u"&&r instanceof HTMLImageElement)s=!0;else if(r.getContext!=null)a=!0;else if(typeof ImageBitmap<"u"&&r instanceof ImageBitmap)c=!0;else throw new Error(`pixels passed to tf.browser.fromPixels() must be either an HTMLVideoElement, HTMLImageElement, HTMLCanvasElement, ImageData in browser, or OffscreenCanvas, ImageData in webworker or {data: Uint32Array, width: number, height: number}, but was ${r.constructor.name}`);if(Ys(Tl,N.backendName)!=null){let d={pixels:r},h={numChannels:e};return N.runKernel(Tl,d,h)}let[i,l]=o?[r.videoWidth,r.videoHeight]:[r.width,r.height],p;if(a)p=r.getContext("2d").getImageData(0,0,i,l).data;else if(n||t)p=r.data;else if(s||o||c){if(Ou==null)if(typeof document>"u")if(typeof OffscreenCanvas<"u"&&typeof OffscreenCanvasRenderingContext2D<"u")Ou=new OffscreenCanvas(1,1).getContext("2d");else throw new Error("Cannot parse input in current context. Reason: OffscreenCanvas Context2D rendering is not supported.");else Ou=document.createElement("canvas").getContext("2d",{willReadFrequently:!0});Ou.canvas.width=i,Ou.canvas.height=l,Ou.drawImage(r,0,0,i,l),p=Ou.getImageData(0,0,i,l).data}let m;if(e===4)m=new Int32Array(p);else{let d=i*l;m=new Int32Array(d*e);for(let h=0;h<d;h++)for(let g=0;g<e;++g)m[h*e+g]=p[h*4+g]}return Au(m,[l,i,e],"int32")}function $Y(r){return r!=null&&r.data instanceof Uint8Array}function AY(){return typeof window<"u"&&typeof ImageBitmap<"u"&&window.hasOwnProperty("createImageBitmap")}function RY(r){return r!=null&&r.width!==0&&r.height!==0}function DY(r){return AY()&&!(r instanceof ImageBitmap)&&RY(r)&&!$Y(r)}async function FY(r,e=3){let t=null;if(P().getBool("WRAP_TO_IMAGEBITMAP")&&DY(r)){let n;try{n=await createImageBitmap(r,{premultiplyAlpha:"none"})}catch{n=null}n!=null&&n.width===r.width&&n.height===r.height?t=n:t=r}else t=r;return rA(t,e)}function nA(r){if(r.rank!==2&&r.rank!==3)throw new Error(`toPixels only supports rank 2 or 3 tensors, got rank ${r.rank}.`);let e=r.rank===2?1:r.shape[2];if(e>4||e===2)throw new Error(`toPixels only supports depth of size 1, 3 or 4 but got ${e}`);if(r.dtype!=="float32"&&r.dtype!=="int32")throw new Error(`Unsupported type for toPixels: ${r.dtype}. Please use float32 or int32 tensors.`)}function MY(r){let e=r?.alpha||1;if(e>1||e<0)throw new Error(`Alpha value ${e} is suppoed to be in range [0 - 1].`)}async function PY(r,e){let t=k(r,"img","toPixels");if(!(r instanceof pt)){let i=t;t=He(i,"int32"),i.dispose()}nA(t);let[n,o]=t.shape.slice(0,2),s=t.rank===2?1:t.shape[2],a=await t.data(),c=t.dtype==="float32"?255:1,u=new Uint8ClampedArray(o*n*4);for(let i=0;i<n*o;++i){let l=[0,0,0,255];for(let m=0;m<s;m++){let f=a[i*s+m];if(t.dtype==="float32"){if(f<0||f>1)throw new Error(`Tensor values for a float32 Tensor must be in the range [0 - 1] but encountered ${f}.`)}else if(t.dtype==="int32"&&(f<0||f>255))throw new Error(`Tensor values for a int32 Tensor must be in the range [0 - 255] but encountered ${f}.`);s===1?(l[0]=f*c,l[1]=f*c,l[2]=f*c):l[m]=f*c}let p=i*4;u[p+0]=Math.round(l[0]),u[p+1]=Math.round(l[1]),u[p+2]=Math.round(l[2]),u[p+3]=Math.round(l[3])}if(e!=null){tA||Ys(kl,N.backendName)!=null&&(console.warn("tf.browser.toPixels is not efficient to draw tensor on canvas. Please try tf.browser.draw instead."),tA=!0),e.width=o,e.height=n;let i=e.getContext("2d"),l=new ImageData(u,o,n);i.putImageData(l,0,0)}return t!==r&&t.dispose(),u}function OY(r,e,t){let n=k(r,"img","draw");if(!(r instanceof pt)){let a=n;n=He(a,"int32"),a.dispose()}nA(n),MY(t?.imageOptions);let o={image:n},s={canvas:e,options:t};N.runKernel(kl,o,s)}var Ou,tA,BY,oA=I(()=>{G();ar();J();jf();pn();L();xr();O();Nv();tA=!1;BY=_({fromPixels_:rA})});var $m={};sr($m,{prepareAndValidate:()=>sA});function sA(r,e){let t=r.shape.length,n=e.shape.length;if(t<1)throw new Error(`tf.gatherND() expects the input to be rank 1 or higher, but the rank was ${t}.`);if(n<1)throw new Error(`tf.gatherND() expects the indices to be rank 1 or higher, but the rank was ${n}.`);if(e.dtype!=="int32")throw new Error(`tf.gatherND() expects the indices to be int32 type, but the dtype was ${e.dtype}.`);if(e.shape[n-1]>t)throw new Error(`index innermost dimension length must be <= tensor rank; saw: ${e.shape[n-1]} vs. ${t}`);if(We(r.shape)===0)throw new Error(`Requested more than 0 entries, but input is empty. Input shape: ${r.shape}.`);let o=e.shape,s=o[o.length-1],a=1;for(let p=0;p<o.length-1;++p)a*=o[p];let c=r.shape,u=o.slice();u.pop();let i=1;for(let p=s;p<t;++p)i*=c[p],u.push(c[p]);let l=[...go(r.shape).map(p=>p/i),1].slice(0,s);return[u,a,i,l]}var Xv=I(()=>{Z()});var gt={};sr(gt,{assertParamsValid:()=>VY,computeFlatOffset:()=>HY,computeOutShape:()=>UY,getNormalizedAxes:()=>GY,isSliceContinous:()=>zY,maskToAxes:()=>WY,parseSliceParams:()=>KY,sliceInfo:()=>qY,startForAxis:()=>fA,startIndicesWithElidedDims:()=>lA,stopForAxis:()=>dA,stopIndicesWithElidedDims:()=>pA,stridesForAxis:()=>mA,stridesWithElidedDims:()=>iA});function VY(r,e,t){let n=r.shape.length;E(n===e.length,()=>`Error in slice${n}D: Length of begin ${e} must match the rank of the array (${n}).`),E(n===t.length,()=>`Error in slice${n}D: Length of size ${t} must match the rank of the array (${n}).`);for(let o=0;o<n;++o)E(e[o]+t[o]<=r.shape[o],()=>`Error in slice${n}D: begin[${o}] + size[${o}] (${e[o]+t[o]}) would overflow input.shape[${o}] (${r.shape[o]})`)}function WY(r){let e=[],t=0;for(;r>0;)r&1&&e.push(t),r/=2,t++;return e}function UY(r,e,t){let n=[];for(let o=0;o<r.length;o++)n[o]=Math.ceil((e[o]-r[o])/t[o]);return n}function iA(r,e,t,n){let o=[...r];for(let s=o.length;s<n.length;s++)o.push(1);for(let s=0;s<t;s++)s===0?o[e]=1:(o.splice(e,0,1),o.pop());return o}function cA(r,e,t){return t<=r?t:t-(e-1)}function uA(r,e){let t=[];for(let n=0;n<r;n++)t.push(e+n);return t}function GY(r,e,t,n,o,s,a,c,u){let i=r.length,l=new Array(i),p=new Array(i),m=new Array(i);if(e.length&&t>0){let f=e[0],d=t+1;l=lA(a,f,d,n,r),p=pA(c,f,d,o,r),m=iA(s,f,d,r)}else for(let f=0;f<i;f++)l[f]=fA(a,n,s,r,f,u),p[f]=dA(c,o,s,r,f,u),m[f]=mA(s,f,u);return{begin:l,end:p,strides:m}}function lA(r,e,t,n,o){let s=[...o],a=uA(t,e);for(let c=0;c<s.length;c++)if(a.indexOf(c)>-1)s[c]=0;else{let u=cA(e,t,c),i=n[u];r&1<<u&&(i=0),s[c]=i}return s}function pA(r,e,t,n,o){let s=[...o],a=uA(t,e);for(let c=0;c<s.length;c++)if(a.indexOf(c)>-1)s[c]=Number.MAX_SAFE_INTEGER;else{let u=cA(e,t,c),i=n[u];r&1<<u&&(i=Number.MAX_SAFE_INTEGER),s[c]=i}for(let c=0;c<s.length;c++){let u=o[c];s[c]<0&&(s[c]+=u),s[c]=wl(0,s[c],o[c])}return s}function mA(r,e,t){let n=r[e];return(t&1<<e||n==null)&&(n=1),n}function fA(r,e,t,n,o,s){let a=e[o],c=t[o]||1;(r&1<<o||s&1<<o||a==null)&&(c>0?a=Number.MIN_SAFE_INTEGER:a=Number.MAX_SAFE_INTEGER);let u=n[o];return a<0&&(a+=u),a=wl(0,a,u-1),a}function dA(r,e,t,n,o,s){let a=e[o],c=t[o]||1;(r&1<<o||s&1<<o||a==null)&&(c>0?a=Number.MAX_SAFE_INTEGER:a=Number.MIN_SAFE_INTEGER);let u=n[o];return a<0&&(a+=u),c>0?a=wl(0,a,u):a=wl(-1,a,u-1),a}function zY(r,e,t){let n=t.length;for(let o=0;o<t.length;o++)if(t[o]>1){n=o;break}for(let o=n+1;o<t.length;o++)if(e[o]>0||t[o]!==r[o])return!1;return!0}function HY(r,e){let t=r.length>0?r[r.length-1]:1;for(let n=0;n<r.length-1;n++)t+=r[n]*e[n];return t}function KY(r,e,t){let n,o=r.shape.length;typeof e=="number"?n=[e,...new Array(o-1).fill(0)]:e.length<o?n=e.concat(new Array(o-e.length).fill(0)):n=e.slice(),n.forEach(a=>{E(a!==-1,()=>"slice() does not support negative begin indexing.")});let s;return t==null?s=new Array(o).fill(-1):typeof t=="number"?s=[t,...new Array(o-1).fill(-1)]:t.length<o?s=t.concat(new Array(o-t.length).fill(-1)):s=t,s=s.map((a,c)=>a>=0?a:(E(a===-1,()=>`Negative size values should be exactly -1 but got ${a} for the slice() size at index ${c}.`),r.shape[c]-n[c])),[n,s]}function qY(r,e,t,n,o,s,a,c,u){let i;if(n==null?(i=new Array(e.length),i.fill(1)):i=n,a!=null&&(a&a-1)!==0)throw new Error("Multiple ellipses in slice is not allowed.");let l=!1,p={dims:i.length,numAddAxisAfterEllipsis:0,begin:e.slice(),end:t.slice(),strides:i.slice(),beginMask:o,endMask:s,ellipsisMask:a,newAxisMask:c,shrinkAxisMask:u};for(let w=0;w<p.dims;w++)l&&(1<<w&c)!==0&&p.numAddAxisAfterEllipsis++,1<<w&a&&(l=!0);l||(p.ellipsisMask|=1<<p.dims,p.dims++);let m={dims:r.length,beginMask:0,endMask:0,beginValid:!1,endValid:!1};jY(p,m);let f=!0,d=!0,h=!0,g=[],x=[];for(let w=0;w<r.length;++w){if(m.strides[w]===0)throw Error(`strides[${w}] must be non-zero`);let C=!!(m.shrinkAxisMask&1<<w),T=r[w];if(T===-1){g.push(C?1:-1);continue}let $=[m.beginMask&1<<w,m.endMask&1<<w],A=[m.strides[w]>0?0:-1,m.strides[w]>0?T:T-1];if(C&&m.strides[w]<=0)throw Error("only stride 1 allowed on non-range indexing.");h=h&&m.strides[w]===1;let R=!!(m.beginMask&1<<w&&m.endMask&1<<w);if(m.beginValid&&m.endValid){if(C){let V=m.begin[w]<0?T+m.begin[w]:m.begin[w];if(m.begin[w]=V,m.end[w]=m.begin[w]+1,V<0||V>=T)throw Error(`slice index ${m.begin[w]} of dimension ${w} out of bounds.`)}else m.begin[w]=aA(m.begin[w],0,m.strides[w],T,$,A),m.end[w]=aA(m.end[w],1,m.strides[w],T,$,A);let B=m.strides[w]===1&&m.begin[w]===0&&m.end[w]===T;f=f&&B,d=d&&(w===0&&m.strides[w]===1||B)}else f=f&&m.strides[w]===1&&R,d=d&&(w===0&&m.strides[w]===1||R);let D,F=!1;if(m.beginValid&&m.endValid?(D=m.end[w]-m.begin[w],F=!0):C?(D=1,F=!0):R&&T>=0&&(m.strides[w]<0?D=-T:D=T,F=!0),F){let B;D===0||D<0!=m.strides[w]<0?B=0:B=Math.trunc(D/m.strides[w])+(D%m.strides[w]!==0?1:0),g.push(B)}else g.push(-1)}for(let w=0;w<m.finalShapeGatherIndices.length;++w){let C=m.finalShapeGatherIndices[w];C>=0?x.push(g[C]):C===Yv&&x.push(1)}return{finalShapeSparse:x.filter((w,C)=>m.finalShapeGatherIndices[C]!==Yv),finalShape:x,isIdentity:f,sliceDim0:d,isSimpleSlice:h,begin:m.begin,end:m.end,strides:m.strides}}function jY(r,e){e.beginMask=0,e.endMask=0,e.shrinkAxisMask=0;let t=0;e.beginValid=r.begin!=null,e.endValid=r.end!=null,e.begin=new Array(e.dims),e.end=new Array(e.dims),e.strides=new Array(e.dims),e.finalShapeGatherIndices=[],e.finalShapeGatherIndicesSparse=[],e.inputShapeGatherIndicesSparse=new Array(e.dims);for(let n=0;n<r.dims;n++)if(1<<n&r.ellipsisMask){let o=Math.min(e.dims-(r.dims-n)+1+r.numAddAxisAfterEllipsis,e.dims);for(;t<o;t++)e.begin[t]=0,e.end[t]=0,e.strides[t]=1,e.beginMask|=1<<t,e.endMask|=1<<t,e.finalShapeGatherIndices.push(t),e.finalShapeGatherIndicesSparse.push(-1),e.inputShapeGatherIndicesSparse[t]=n}else if(1<<n&r.newAxisMask)e.finalShapeGatherIndices.push(Yv),e.finalShapeGatherIndicesSparse.push(-1);else{if(t===e.begin.length)throw Error(`Index out of range using input dim ${t}; input has only ${e.dims} dims, ${e.begin.length}.`);r.begin!=null&&(e.begin[t]=r.begin[n]),r.end!=null&&(e.end[t]=r.end[n]),e.strides[t]=r.strides[n],r.beginMask&1<<n&&(e.beginMask|=1<<t),r.endMask&1<<n&&(e.endMask|=1<<t),r.shrinkAxisMask&1<<n?(e.finalShapeGatherIndices.push(LY),e.finalShapeGatherIndicesSparse.push(-1),e.shrinkAxisMask|=1<<t):(e.finalShapeGatherIndices.push(t),e.finalShapeGatherIndicesSparse.push(n)),e.inputShapeGatherIndicesSparse[t]=n,t++}}function aA(r,e,t,n,o,s){if(o[e])return t>0?s[e]:s[e+1&1];{let a=r<0?n+r:r;return a<s[0]?s[0]:a>s[1]?s[1]:a}}var Yv,LY,Jv=I(()=>{Z();Yv=-2,LY=-1});var Eh,hA=I(()=>{Eh="4.22.0"});var np,Zv=I(()=>{wh();vh();Ih();Ch();Sh();kh();Tm();np=class{static sgd(e){return new la(e)}static momentum(e,t,n=!1){return new Sc(e,t,n)}static rmsprop(e,t=.9,n=0,o=null,s=!1){return new kc(e,t,n,o,s)}static adam(e=.001,t=.9,n=.999,o=null){return new Ic(e,t,n,o)}static adadelta(e=.001,t=.95,n=null){return new wc(e,t,n)}static adamax(e=.002,t=.9,n=.999,o=null,s=0){return new Cc(e,t,n,o,s)}static adagrad(e,t=.1){return new vc(e,t)}}});var XY,gA=I(()=>{Zv();XY=np});function $h(){return new Promise(r=>YY(()=>r()))}var YY,xA=I(()=>{YY=typeof requestAnimationFrame<"u"?requestAnimationFrame:typeof setImmediate<"u"?setImmediate:r=>r()});function JY(r,e){let t=r[0].length;r.forEach((o,s)=>{E(o.length===t,()=>`Error in concat${t}D: rank of tensors[${s}] must be the same as the rank of the rest (${t})`)}),E(e>=0&&e<t,()=>`Error in concat${t}D: axis must be between 0 and ${t-1}.`);let n=r[0];r.forEach((o,s)=>{for(let a=0;a<t;a++)E(a===e||o[a]===n[a],()=>`Error in concat${t}D: Shape of tensors[${s}] (${o}) does not match the shape of the rest (${n}) along the non-concatenated axis ${s}.`)})}function ZY(r,e){let t=r[0].slice();for(let n=1;n<r.length;n++)t[e]+=r[n][e];return t}var bA=I(()=>{Z();});var yA=I(()=>{});function QY(r,e,t){let n=new Array;if(t==null&&e==null)return n;if(e==null)for(;n.length<r+t.length;)n.push(-1);else n=e.slice();if(t==null)return n;if(r+t.length!==n.length)throw new Error(`rt input.shape and shape=${e} are incompatible: rt input.rank = ${r+t.length}, but shape.rank = ${n.length}`);for(let o=1;o<t.length;++o){let s=t[o],a=n[n.length-t.length+o],c=n[a];if(s>=0)if(c>=0){if(c!==s)throw new Error(`rt input.shape and shape=${e} are incompatible: rt input.shape[${o+r}] = ${s} but shape[${o+r}] = ${c}`)}else n[a]=s}return n}function e9(r){let e={FIRST_DIM_SIZE:pa.FIRST_DIM_SIZE,VALUE_ROWIDS:pa.VALUE_ROWIDS,ROW_LENGTHS:pa.ROW_LENGTHS,ROW_SPLITS:pa.ROW_SPLITS,ROW_LIMITS:pa.ROW_LIMITS,ROW_STARTS:pa.ROW_STARTS},t=[];for(let n of r)if(n in e)t.push(e[n]);else break;return t}function t9(r){return r.length===0?0:r[0]===pa.FIRST_DIM_SIZE?r.length-1:r.length}function r9(r,e){if(r==null||e==null)return;let t=r.length,n=e.length;if(t>=n)throw new Error(`defaultValue.shape=${r} and ragged tensor flatValues.shape=${e}, are incompatible: defaultValue.rank = ${t} must be less than ragged tensor input flatValues.rank = ${n})`);for(let o=0;o<Math.min(t,n-1);++o){let s=r[o],a=e[o+1];if(s>=0&&a>=0&&s!==1&&s!==a)throw new Error(`defaultValue.shape=${r}, and ragged tensor input flatValues.shape=${e} are incompatible: defaultValue.shape[${o-r.length}] = ${s} but ragged tensor input.flatValues.shape[${o-r.length}] = ${a}`)}}var pa,wA=I(()=>{(function(r){r[r.FIRST_DIM_SIZE=0]="FIRST_DIM_SIZE",r[r.VALUE_ROWIDS=1]="VALUE_ROWIDS",r[r.ROW_LENGTHS=2]="ROW_LENGTHS",r[r.ROW_SPLITS=3]="ROW_SPLITS",r[r.ROW_LIMITS=4]="ROW_LIMITS",r[r.ROW_STARTS=5]="ROW_STARTS"})(pa||(pa={}))});function n9(r){return r<=Ah?r:Il(r,Math.floor(Math.sqrt(r)))}var Ah,Qv=I(()=>{Z();Ah=30});function o9(r,e,t){let n=t*(typeof r=="number"?r:r[0]),o=e*(typeof r=="number"?r:r[1]);return[n,o]}var vA=I(()=>{});function s9(r,e,t,n=!0){let o=[];if(n)o=o.concat(e.slice(0)),o.push(r[0]/t),o=o.concat(r.slice(1));else{o=o.concat(r[0]);let s=e.length;for(let a=0;a<s;++a)o=o.concat([r[a+1]/e[a],e[a]]);o=o.concat(r.slice(s+1))}return o}function a9(r,e,t=!0){let n=[];if(t){n.push(e);for(let o=e+1;o<r;++o)o<=2*e?(n.push(o),n.push(o-(e+1))):n.push(o)}else{let o=[],s=[];for(let a=1;a<r;++a)a>=e*2+1||a%2===1?s.push(a):o.push(a);n.push(...o),n.push(0),n.push(...s)}return n}function i9(r,e,t,n=!0){let o=[];n?o.push(r[0]/t):o.push(r[0]*t);for(let s=1;s<r.length;++s)s<=e.length?n?o.push(e[s-1]*r[s]):o.push(r[s]/e[s-1]):o.push(r[s]);return o}function c9(r,e){let t=[0];for(let n=0;n<e;++n)t.push(r[n][0]);return t}function u9(r,e,t){let n=r.slice(0,1);for(let o=0;o<t;++o)n.push(r[o+1]-e[o][0]-e[o][1]);return n}var IA=I(()=>{});var l9,p9,CA=I(()=>{l9=1.7580993408473768,p9=1.0507009873554805});var m9,f9,d9,h9,g9,x9,SA=I(()=>{m9=.3275911,f9=.254829592,d9=-.284496736,h9=1.421413741,g9=-1.453152027,x9=1.061405429});function b9(r,e){if(r.length!==e.length)throw new Error(`Cannot merge real and imag arrays of different lengths. real:${r.length}, imag: ${e.length}.`);let t=new Float32Array(r.length*2);for(let n=0;n<t.length;n+=2)t[n]=r[n/2],t[n+1]=e[n/2];return t}function y9(r){let e=new Float32Array(r.length/2),t=new Float32Array(r.length/2);for(let n=0;n<r.length;n+=2)e[n/2]=r[n],t[n/2]=r[n+1];return{real:e,imag:t}}function w9(r){let e=Math.ceil(r.length/4),t=new Float32Array(e),n=new Float32Array(e);for(let o=0;o<r.length;o+=4)t[Math.floor(o/4)]=r[o],n[Math.floor(o/4)]=r[o+1];return{real:t,imag:n}}function v9(r){let e=Math.floor(r.length/4),t=new Float32Array(e),n=new Float32Array(e);for(let o=2;o<r.length;o+=4)t[Math.floor(o/4)]=r[o],n[Math.floor(o/4)]=r[o+1];return{real:t,imag:n}}function I9(r,e){let t=r[e*2],n=r[e*2+1];return{real:t,imag:n}}function C9(r,e,t,n){r[n*2]=e,r[n*2+1]=t}function S9(r,e){let t=new Float32Array(r/2),n=new Float32Array(r/2);for(let o=0;o<Math.ceil(r/2);o++){let s=(e?2:-2)*Math.PI*(o/r);t[o]=Math.cos(s),n[o]=Math.sin(s)}return{real:t,imag:n}}function k9(r,e,t){let n=(t?2:-2)*Math.PI*(r/e),o=Math.cos(n),s=Math.sin(n);return{real:o,imag:s}}var kA=I(()=>{});function T9(r,e){r=r.replace(/\s/g,"");let t=(r.length-r.replace(_9,"").length)/eI.length;if(t<1)throw new Error("Equations without an arrow are not supported.");if(t>1)throw new Error(`Equation must contain exactly one arrow ("${eI}").`);let[n,o]=r.split(eI);E(n.indexOf(TA)===-1,()=>`The ellipsis notation ("${TA}") is not supported yet.`);let s=n.split(_A),a=s.length;if(e!==a)throw new Error(`Expected ${a} input tensors, received ${e}`);if(a>2)throw new Error("Support for more than 2 input tensors is not implemented yet.");let c=[];for(let m=0;m<o.length;++m){let f=o[m];if(!s.some(d=>d.indexOf(f)!==-1))throw new Error(`Output subscripts contain the label ${f} not present in the input subscripts.`);c.indexOf(f)===-1&&c.push(f)}for(let m=0;m<n.length;++m){let f=n[m];c.indexOf(f)===-1&&f!==_A&&c.push(f)}let u=new Array(s.length);for(let m=0;m<a;++m){if(new Set(s[m].split("")).size!==s[m].length)throw new Error(`Found duplicate axes in input component ${s[m]}. Support for duplicate axes in input is not implemented yet.`);u[m]=[];for(let f=0;f<s[m].length;++f)u[m].push(c.indexOf(s[m][f]))}let i=c.length,l=o.length,p=[];for(let m=l;m<i;++m)p.push(m);return{allDims:c,summedDims:p,idDims:u}}function N9(r,e){let t=new Array(r);t.fill(-1);for(let o=0;o<e.length;++o)t[e[o]]=o;let n=[];for(let o=0;o<r;++o)t[o]===-1&&n.push(o);return t=t.filter(o=>o!==-1),{permutationIndices:t,expandDims:n}}function E9(r,e,t){let n=new Array(r);for(let o=0;o<t.length;++o){let s=t[o].shape;for(let a=0;a<e[o].length;++a)n[e[o][a]]===void 0?n[e[o][a]]=s[a]:E(n[e[o][a]]===s[a],()=>`Expected dimension ${n[e[o][a]]} at axis ${a} of input shaped ${JSON.stringify(s)}, but got dimension ${s[a]}`)}}function $9(r,e){let t=r,n=[],o=0;r.length===0&&t.push(-1),o=r.length+1;for(let a=0;a<o;++a)n.push([]);let s=[];for(let a=0;a<t.length;++a){let c=t[a],u=R9(e,c);for(let i of u)s.indexOf(i)===-1&&(n[a].push(i),s.push(i))}return{path:t,steps:n}}function A9(r){return r.every((e,t)=>e===t)}function R9(r,e){let t=[];for(let n=0;n<r.length;++n)(r[n].length===0||r[n].indexOf(e)!==-1||e===-1)&&t.push(n);return t}var eI,_9,_A,TA,NA=I(()=>{Zt();eI="->",_9=/->/g,_A=",",TA="..."});function D9(r,e,t=0){let n=[];if(typeof e=="number")E(r.shape[t]%e===0,()=>"Number of splits must evenly divide the axis."),n=new Array(e).fill(r.shape[t]/e);else{let o=e.reduce((a,c)=>(c===-1&&(a+=1),a),0);E(o<=1,()=>"There should be only one negative value in split array.");let s=e.indexOf(-1);if(s!==-1){let a=e.reduce((c,u)=>u>0?c+u:c);e[s]=r.shape[t]-a}E(r.shape[t]===e.reduce((a,c)=>a+c),()=>"The sum of sizes must match the size of the axis dimension."),n=e}return n}var EA=I(()=>{Z()});function F9(r){return`Received SparseTensor with denseShape[0] = 0 but
  indices.shape[0] = ${r}`}function M9(r,e){return`indices(${r}, 0) is invalid: ${e} < 0`}function P9(r,e,t){return`indices(${r}, 0) is invalid: ${e} >= ${t}`}var $A=I(()=>{});function O9(r,e){return`only one output dimension may be -1, not both ${r} and ${e}`}function B9(r,e){return`size ${r} must be non-negative, not ${e}`}function L9(){return"reshape cannot infer the missing input size for an empty tensor unless all specified input sizes are non-zero"}function V9(r,e){let t=We(r),n=We(e);return`Input to reshape is a SparseTensor with ${t}
  dense values, but the requested shape requires a multiple of ${n}. inputShape=${r} outputShape= ${e}`}function W9(r,e){let t=We(r),n=We(e);return`Input to reshape is a tensor with ${t} dense values, but the requested shape has ${n}. inputShape=${r} outputShape=${e}`}var AA=I(()=>{Z();});function U9(){return"segment ids must be >= 0"}function G9(){return"segment ids are not increasing"}function z9(r,e){return`Segment id ${r} out of range [0, ${e}), possibly because segmentIds input is not sorted.`}function H9(r,e,t){return`Bad: indices[${r}] == ${e} out of range [0, ${t})`}var RA=I(()=>{});var tI={};sr(tI,{collectGatherOpShapeInfo:()=>j9,computeOutShape:()=>q9,segOpComputeOptimalWindowSize:()=>K9});function K9(r,e){let t=!1,n;for(r<=Ah?(n=r,t=!0):n=Il(r,Math.floor(Math.sqrt(r)));!t;)n>e||n===r?t=!0:n=Il(r,n+1);return n}function q9(r,e,t){let n=[],o=r.length;for(let s=0;s<o;s++)s!==e?n.push(r[s]):n.push(t);return n}function j9(r,e,t,n){let o=e.shape.length,s=r.shape.length;if(n!==0&&(n<-o||n>o))throw new Error(`Expect batchDims in the range of [-${o}, ${o}], but got ${n}`);if(n<0&&(n+=o),n>s)throw new Error(`batchDims (${n}) must be less than rank(x) (
    ${s}).`);if(t<n)throw new Error(`batchDims (${n}) must be less than or equal to axis (${t}).`);for(let p=0;p<n;++p)if(r.shape[p]!==e.shape[p])throw new Error(`x.shape[${p}]: ${r.shape[p]} should be equal to indices.shape[${p}]: ${e.shape[p]}.`);let a=r.shape[t],c=[],u=1,i=1,l=1;for(let p=0;p<n;++p)c.push(r.shape[p]),u*=r.shape[p];for(let p=n;p<t;p++)c.push(r.shape[p]),i*=r.shape[p];for(let p=n;p<o;p++)c.push(e.shape[p]);for(let p=t+1;p<s;p++)c.push(r.shape[p]),l*=r.shape[p];return{batchSize:u,sliceSize:l,outerSize:i,dimSize:a,outputShape:c}}var DA=I(()=>{Z();Qv();});var S={};sr(S,{ERF_A1:()=>f9,ERF_A2:()=>d9,ERF_A3:()=>h9,ERF_A4:()=>g9,ERF_A5:()=>x9,ERF_P:()=>m9,PARALLELIZE_THRESHOLD:()=>Ah,RowPartitionType:()=>pa,SELU_SCALE:()=>p9,SELU_SCALEALPHA:()=>l9,applyActivation:()=>Fu,assertAndGetBroadcastShape:()=>et,assertAxesAreInnerMostDims:()=>k5,assertParamsConsistent:()=>JY,assignToTypedArray:()=>C9,axesAreInnerMostDims:()=>K0,calculateShapes:()=>EN,checkEinsumDimSizes:()=>E9,checkPadOnDimRoundingMode:()=>Bt,combineLocations:()=>nT,combineRaggedTensorToTensorShapes:()=>QY,complexWithEvenIndex:()=>w9,complexWithOddIndex:()=>v9,computeConv2DInfo:()=>Iu,computeConv3DInfo:()=>K1,computeDefaultPad:()=>P0,computeDilation2DInfo:()=>Cj,computeOptimalWindowSize:()=>n9,computeOutAndReduceShapes:()=>S5,computeOutShape:()=>ZY,computePool2DInfo:()=>M0,computePool3DInfo:()=>Sj,convertConv2DDataFormat:()=>q1,decodeEinsumEquation:()=>T9,eitherStridesOrDilationsAreOne:()=>Sr,expandShapeToKeepDim:()=>Ti,exponent:()=>k9,exponents:()=>S9,fromStringArrayToUint8:()=>Y9,fromUint8ToStringArray:()=>X9,getAxesPermutation:()=>_5,getBroadcastDims:()=>j_,getComplexWithIndex:()=>I9,getEinsumComputePath:()=>$9,getEinsumPermutation:()=>N9,getFusedBiasGradient:()=>Du,getFusedDyActivation:()=>Ru,getImageCenter:()=>o9,getInnerMostAxes:()=>N5,getPermuted:()=>a9,getRaggedRank:()=>t9,getReductionAxes:()=>gd,getReshaped:()=>s9,getReshapedPermuted:()=>i9,getRowPartitionTypesHelper:()=>e9,getSliceBeginCoords:()=>c9,getSliceSize:()=>u9,getSparseFillEmptyRowsIndicesDenseShapeMismatch:()=>F9,getSparseFillEmptyRowsNegativeIndexErrorMessage:()=>M9,getSparseFillEmptyRowsOutOfRangeIndexErrorMessage:()=>P9,getSparseReshapeEmptyTensorZeroOutputDimErrorMessage:()=>L9,getSparseReshapeInputOutputMismatchErrorMessage:()=>W9,getSparseReshapeInputOutputMultipleErrorMessage:()=>V9,getSparseReshapeMultipleNegativeOneOutputDimErrorMessage:()=>O9,getSparseReshapeNegativeOutputDimErrorMessage:()=>B9,getSparseSegmentReductionIndicesOutOfRangeErrorMessage:()=>H9,getSparseSegmentReductionNegativeSegmentIdsErrorMessage:()=>U9,getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage:()=>G9,getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage:()=>z9,getUndoAxesPermutation:()=>T5,isIdentityPermutation:()=>A9,log:()=>n6,mergeRealAndImagArrays:()=>b9,prepareAndValidate:()=>sA,prepareSplitSize:()=>D9,segment_util:()=>tI,shouldFuse:()=>Mu,slice_util:()=>gt,splitRealAndImagArrays:()=>y9,stridesOrDilationsArePositive:()=>ta,tupleValuesAreOne:()=>vu,upcastType:()=>Ft,validateDefaultValueShape:()=>r9,validateInput:()=>ep,validateUpdateShape:()=>Ev,warn:()=>Xs});function X9(r){try{return r.map(e=>Rl(e))}catch(e){throw new Error(`Failed to decode encoded string bytes into utf-8, error: ${e}`)}}function Y9(r){return r.map(e=>sc(e))}var FA=I(()=>{Z();zl();er();bA();Or();tp();yA();wA();Qv();Jv();Fl();vA();IA();Xv();vm();CA();tp();SA();Kf();kA();NA();EA();$A();AA();RA();DA();});var ur={};sr(ur,{nonMaxSuppressionV3Impl:()=>dh,nonMaxSuppressionV4Impl:()=>hh,nonMaxSuppressionV5Impl:()=>gh,whereImpl:()=>uh});var MA=I(()=>{km();$v();});var PA=I(()=>{J$();eA();er();oA();Xv();vm();Jv();yh();wt();F2();Z();hA();wh();vh();Ih();Ch();Sh();yc();Zv();kh();Tm();pn();Fl();xh();oo();gA();Yr();jf();Ai();ar();xA();FA();d0();MA();Lw();J();});var v=I(()=>{v1();O$();PA();P$()});function ee(r,e){Array.isArray(r)||(r=[r]),r.forEach(t=>{t!=null&&b.assert(t.dtype!=="complex64",()=>`${e} does not support complex64 tensors in the CPU backend.`)})}var we=I(()=>{v();});function rI(r){let e=new Float32Array(r.length);for(let t=0;t<r.length;++t)e[t]=Math.abs(r[t]);return e}var Q9,OA,nI=I(()=>{v();we();Q9=r=>{let{x:e}=r.inputs,t=r.backend;ee(e,"abs");let n=new Float32Array(b.sizeFromShape(e.shape)),o=t.data.get(e.dataId).values;return n=rI(o),t.makeOutput(n,e.shape,e.dtype)},OA={kernelName:"Abs",backendName:"cpu",kernelFunc:Q9}});function Ge(r){return(e,t,n,o,s)=>{let a=S.assertAndGetBroadcastShape(e,t),c=a.length,u=b.computeStrides(a),i=b.sizeFromShape(a),l=b.getTypedArrayFromDType(s,i),p=e.length,m=t.length,f=b.computeStrides(e),d=b.computeStrides(t),h=S.getBroadcastDims(e,a),g=S.getBroadcastDims(t,a);if(h.length+g.length===0)for(let x=0;x<l.length;++x)l[x]=r(n[x%n.length],o[x%o.length]);else for(let x=0;x<l.length;++x){let y=b.indexToLoc(x,c,u),w=y.slice(-p);h.forEach(A=>w[A]=0);let C=b.locToIndex(w,p,f),T=y.slice(-m);g.forEach(A=>T[A]=0);let $=b.locToIndex(T,m,d);l[x]=r(n[C],o[$])}return[l,a]}}var Lt=I(()=>{v();});function Xt(r){let{inputs:e,backend:t}=r,{real:n,imag:o}=e,s=t.data.get(n.dataId).values,a=t.data.get(o.dataId).values,c=t.makeTensorInfo(n.shape,"complex64"),u=t.data.get(c.dataId);return u.complexTensorInfos={real:t.makeTensorInfo(n.shape,"float32",s),imag:t.makeTensorInfo(o.shape,"float32",a)},c}var BA,Oi=I(()=>{v();BA={kernelName:Kc,backendName:"cpu",kernelFunc:Xt}});function op(r,e,t="float32"){if(t==="complex64"){let o=op(r,e,"float32"),s=op(r,e,"float32");return Xt({inputs:{real:o,imag:s},backend:r})}let n=b.makeZerosTypedArray(b.sizeFromShape(e),t);return r.makeTensorInfo(e,t,n)}var oI=I(()=>{v();Oi();});function wr(r){let{inputs:e,backend:t}=r,{x:n}=e;return t.incRef(n.dataId),{dataId:n.dataId,shape:n.shape,dtype:n.dtype}}var LA,ma=I(()=>{v();LA={kernelName:Gn,backendName:"cpu",kernelFunc:wr}});function An(r){let{inputs:e,backend:t}=r,{input:n}=e,o=t.data.get(n.dataId).complexTensorInfos.real,s=t.data.get(o.dataId).values;return t.makeTensorInfo(o.shape,o.dtype,s)}var VA,Bu=I(()=>{v();VA={kernelName:iu,backendName:"cpu",kernelFunc:An}});function sI(r,e,t,n){if(n==="int32"){let o=Int32Array.from(r);return[e,"int32",o]}if(n==="bool"){let o=b.toTypedArray([0],t),[s,a]=Ge((c,u)=>c!==u?1:0)(e,[],r,o,"bool");return[a,"bool",s]}throw new Error(`Error in Cast: failed to cast ${t} to ${n}`)}function Rn(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{dtype:s}=n;if(s==="complex64"){if(o.dtype==="complex64")return wr({inputs:{x:o},backend:t});let l=op(t,o.shape,o.dtype),p=Rn({inputs:{x:o},backend:t,attrs:{dtype:"float32"}}),m=Xt({inputs:{real:p,imag:l},backend:t});return t.disposeIntermediateTensorInfo(l),t.disposeIntermediateTensorInfo(p),m}if(o.dtype==="complex64"){let l=An({inputs:{input:o},backend:t}),p=Rn({inputs:{x:l},backend:t,attrs:{dtype:s}});return t.disposeIntermediateTensorInfo(l),p}if(!b.hasEncodingLoss(o.dtype,s)){let l=wr({inputs:{x:o},backend:t});return{dataId:l.dataId,shape:l.shape,dtype:s}}let a=t.data.get(o.dataId).values,[c,u,i]=sI(a,o.shape,o.dtype,s);return t.makeTensorInfo(c,u,i)}var WA,Lu=I(()=>{v();Lt();oI();Oi();ma();Bu();WA={kernelName:Wn,backendName:"cpu",kernelFunc:Rn}});function Xe(r,e,t,n){return t==null?({inputs:o,backend:s})=>{let{a,b:c}=o,u=s;ee([a,c],r);let i=u.data.get(a.dataId).values,l=u.data.get(c.dataId).values,p=a.dtype==="string"?S.fromUint8ToStringArray(i):i,m=a.dtype==="string"?S.fromUint8ToStringArray(l):l,f=n||a.dtype,[d,h]=e(a.shape,c.shape,p,m,f);return u.makeTensorInfo(h,f,d)}:({inputs:o,backend:s})=>{let{a,b:c}=o,u=s;if(a.dtype==="complex64"||c.dtype==="complex64"){let i=Rn({inputs:{x:a},backend:u,attrs:{dtype:"complex64"}}),l=u.data.get(i.dataId),p=l.complexTensorInfos.real,m=l.complexTensorInfos.imag,f=u.data.get(p.dataId).values,d=u.data.get(m.dataId).values,h=Rn({inputs:{x:c},backend:u,attrs:{dtype:"complex64"}}),g=u.data.get(h.dataId),x=g.complexTensorInfos.real,y=g.complexTensorInfos.imag,w=u.data.get(x.dataId).values,C=u.data.get(y.dataId).values,[T,$,A]=t(a.shape,c.shape,f,d,w,C),R=u.makeTensorInfo(A,"float32",T),D=u.makeTensorInfo(A,"float32",$),F=Xt({inputs:{real:R,imag:D},backend:u});return u.disposeIntermediateTensorInfo(i),u.disposeIntermediateTensorInfo(h),u.disposeIntermediateTensorInfo(R),u.disposeIntermediateTensorInfo(D),F}else{let i=u.data.get(a.dataId).values,l=u.data.get(c.dataId).values,p=n||a.dtype,[m,f]=e(a.shape,c.shape,i,l,p);return u.makeTensorInfo(f,p,m)}}}function sp(r){return(e,t,n,o,s,a)=>{let c=S.assertAndGetBroadcastShape(e,t),u=b.sizeFromShape(c),i=c.length,l=b.computeStrides(c),p=b.getTypedArrayFromDType("float32",u),m=b.getTypedArrayFromDType("float32",u),f=S.getBroadcastDims(e,c),d=S.getBroadcastDims(t,c),h=S.mergeRealAndImagArrays(n,o),g=S.mergeRealAndImagArrays(s,a),x=e.length,y=b.computeStrides(e),w=t.length,C=b.computeStrides(t);if(f.length+d.length===0)for(let T=0;T<p.length;T++){let $=T%h.length,A=T%g.length,R=r(h[$*2],h[$*2+1],g[A*2],g[A*2+1]);p[T]=R.real,m[T]=R.imag}else for(let T=0;T<p.length;T++){let $=b.indexToLoc(T,i,l),A=$.slice(-x);f.forEach(V=>A[V]=0);let R=b.locToIndex(A,x,y),D=$.slice(-w);d.forEach(V=>D[V]=0);let F=b.locToIndex(D,w,C),B=r(h[R*2],h[R*2+1],g[F*2],g[F*2+1]);p[T]=B.real,m[T]=B.imag}return[p,m,c]}}var Yt=I(()=>{v();we();Lu();Oi();});var aI,eJ,fa,UA,Vu=I(()=>{v();Lt();Yt();aI=Ge(((r,e)=>r+e)),eJ=sp(((r,e,t,n)=>({real:r+t,imag:e+n}))),fa=Xe("Add",aI,eJ),UA={kernelName:"Add",backendName:"cpu",kernelFunc:fa}});function ap(r,e,t,n,o){let s=b.sizeFromShape(n),a=b.makeZerosTypedArray(o,t);for(let c=0;c<r.length;c++){let u=r[c];if(u<0)throw new Error("Input x must be non-negative!");u>=o||(s>0?a[u]+=e[c]:a[u]+=1)}return a}function Rh(r,e,t,n=!1){let o=r.shape[0],s=r.shape[1],a=xe([o,t],e.dtype);for(let c=0;c<o;c++)for(let u=0;u<s;u++){let i=r.get(c,u);if(i<0)throw new Error("Input x must be non-negative!");i>=t||(n?a.set(1,c,i):e.size>0?a.set(a.get(c,i)+e.get(c,u),c,i):a.set(a.get(c,i)+1,c,i))}return a}var Dh=I(()=>{v();});var iI,tJ,GA,cI=I(()=>{v();Lt();Yt();iI=Ge(((r,e)=>r&e)),tJ=Xe(No,iI),GA={kernelName:No,backendName:"cpu",kernelFunc:tJ}});function rr(r){return(e,t,n)=>{let o=b.getArrayFromDType(t,e.length);for(let s=0;s<e.length;++s)o[s]=r(e[s],n);return o}}var so=I(()=>{v();});function Se(r,e,t){let n=rr(e);return Vr(r,n,t)}function Vr(r,e,t){return({inputs:n,attrs:o,backend:s})=>{let{x:a}=n;ee(a,r);let c=s,u=c.data.get(a.dataId).values,i;if(a.dtype==="string"){if(!Array.isArray(u))throw new Error("String tensor's value was not an instance of Array");i=S.fromUint8ToStringArray(u)}else i=u;let l=t||a.dtype,p=e(i,l,o);return c.makeTensorInfo(a.shape,l,p)}}var Ze=I(()=>{v();we();so();});var uI,rJ,zA,lI=I(()=>{v();so();Ze();uI=rr(r=>Math.ceil(r)),rJ=Vr(Eo,uI),zA={kernelName:Eo,backendName:"cpu",kernelFunc:rJ}});function Wu(r,e,t,n){let o=b.getArrayFromDType(t,b.sizeFromShape(e));if(n&&t!=="string"){let s=0;r.forEach(a=>{let c=b.sizeFromShape(a.shape);o.set(a.vals,s),s+=c})}else{let s=0;r.forEach(a=>{let c=t==="string"?S.fromUint8ToStringArray(a.vals):a.vals,u=0;for(let i=0;i<a.shape[0];++i){let l=i*e[1]+s;for(let p=0;p<a.shape[1];++p)o[l+p]=c[u++]}s+=a.shape[1]})}return o}var pI=I(()=>{v();});var mI,fI,HA,Fh=I(()=>{v();Lt();Yt();mI=Ge((r,e)=>r===e?1:0),fI=Xe(Uo,mI,null,"bool"),HA={kernelName:Uo,backendName:"cpu",kernelFunc:fI}});var dI,hI,KA,Mh=I(()=>{v();so();Ze();dI=rr(r=>Math.exp(r)),hI=Vr("Exp",dI,"float32"),KA={kernelName:"Exp",backendName:"cpu",kernelFunc:hI}});var gI,nJ,qA,xI=I(()=>{v();so();Ze();gI=rr(r=>Math.expm1(r)),nJ=Vr(Go,gI),qA={kernelName:Go,backendName:"cpu",kernelFunc:nJ}});var bI,oJ,jA,yI=I(()=>{v();so();Ze();bI=rr(r=>Math.floor(r)),oJ=Vr(Ho,bI),jA={kernelName:Ho,backendName:"cpu",kernelFunc:oJ}});var wI,sJ,XA,vI=I(()=>{v();Lt();Yt();wI=Ge((r,e)=>Math.floor(r/e)),sJ=Xe(Ko,wI,null,"int32"),XA={kernelName:Ko,backendName:"cpu",kernelFunc:sJ}});function Ph(r,e,t,n,o,s,a,c,u){let i=xe([n,s],t);for(let l=0;l<n;l++){let p=[],m=0;for(let f=0;f<o;f++){let d=r[l*o+f];m+=d*a[f],p.push(d)}if(m<0||m>=u/s)throw new Error(`Invalid indices: ${p} does not index into ${c}`);for(let f=0;f<s;f++)i.values[l*s+f]=e.get(...e.indexToLoc(m*s+f))}return i}var II=I(()=>{v();});function Oh(r,e,t){let n=xe(t,r.dtype);for(let o=0;o<n.size;++o){let a=n.indexToLoc(o).slice(),c=a[0],u=a[2],i=e.locToIndex([c,u]);a[2]=e.values[i];let l=r.locToIndex(a);0<=l&&l<r.values.length&&(n.values[o]=r.values[l])}return n}var CI=I(()=>{v();});var SI,aJ,YA,kI=I(()=>{v();Lt();Yt();SI=Ge((r,e)=>r>e?1:0),aJ=Xe(Xo,SI,null,"bool"),YA={kernelName:Xo,backendName:"cpu",kernelFunc:aJ}});var _I,iJ,JA,TI=I(()=>{v();Lt();Yt();_I=Ge((r,e)=>r>=e?1:0),iJ=Xe(Yo,_I,null,"bool"),JA={kernelName:Yo,backendName:"cpu",kernelFunc:iJ}});var NI,cJ,ZA,EI=I(()=>{v();Lt();Yt();NI=Ge((r,e)=>r<e?1:0),cJ=Xe(ts,NI,null,"bool"),ZA={kernelName:ts,backendName:"cpu",kernelFunc:cJ}});var $I,uJ,QA,AI=I(()=>{v();Lt();Yt();$I=Ge((r,e)=>r<=e?1:0),uJ=Xe(rs,$I,null,"bool"),QA={kernelName:rs,backendName:"cpu",kernelFunc:uJ}});function Bh(r,e,t){let n=(e-r)/(t-1),o=b.makeZerosTypedArray(t,"float32");o[0]=r;for(let s=1;s<o.length;s++)o[s]=o[s-1]+n;return o}var RI=I(()=>{v();});var DI,lJ,eR,FI=I(()=>{v();so();Ze();DI=rr(r=>Math.log(r)),lJ=Vr("Log",DI),eR={kernelName:"Log",backendName:"cpu",kernelFunc:lJ}});function Lh(r,e,t,n){let o=b.getTypedArrayFromDType(n,b.sizeFromShape(t));for(let s=0;s<o.length;++s){let a=s*e,c=r[a];for(let u=0;u<e;++u){let i=r[a+u];(Number.isNaN(i)||i>c)&&(c=i)}o[s]=c}return o}var MI=I(()=>{v();});var PI,pJ,tR,OI=I(()=>{v();Lt();Yt();PI=Ge(((r,e)=>Math.max(r,e))),pJ=Xe(cs,PI),tR={kernelName:cs,backendName:"cpu",kernelFunc:pJ}});var BI,mJ,rR,LI=I(()=>{v();Lt();Yt();BI=Ge(((r,e)=>Math.min(r,e))),mJ=Xe(ps,BI),rR={kernelName:ps,backendName:"cpu",kernelFunc:mJ}});var Rm,fJ,Uu,nR,Gu=I(()=>{v();Lt();Yt();Rm=Ge(((r,e)=>r*e)),fJ=sp(((r,e,t,n)=>({real:r*t-e*n,imag:r*n+e*t}))),Uu=Xe(ds,Rm,fJ),nR={kernelName:ds,backendName:"cpu",kernelFunc:Uu}});function VI(r,e,t){let n=b.createScalarValue(-1,t);return Rm([],e,n,r,t)}function dJ(r){let{inputs:e,backend:t}=r,{x:n}=e;ee(n,"neg");let o=t.data.get(n.dataId).values,[s,a]=VI(o,n.shape,n.dtype);return t.makeTensorInfo(a,n.dtype,s)}var oR,WI=I(()=>{v();we();Gu();oR={kernelName:"Neg",backendName:"cpu",kernelFunc:dJ}});var UI,hJ,sR,GI=I(()=>{v();Lt();Yt();UI=Ge(((r,e)=>r!==e?1:0)),hJ=Xe(hs,UI,null,"bool"),sR={kernelName:hs,backendName:"cpu",kernelFunc:hJ}});function ip(r,e,t,n,o){let s=e.length,a=b.sizeFromShape(e),c=b.computeStrides(e),u=b.computeStrides(o),i=b.getTypedArrayFromDType(t,b.sizeFromShape(o));for(let l=0;l<a;++l){let p=b.indexToLoc(l,s,c),m=new Array(p.length);for(let d=0;d<m.length;d++)m[d]=p[n[d]];let f=b.locToIndex(m,s,u);i[f]=r[l]}return i}var Vh=I(()=>{v();});function It(r){let{inputs:e,attrs:t,backend:n}=r,{x:o}=e,{perm:s}=t;ee(o,"transpose");let a=o.shape.length,c=new Array(a);for(let p=0;p<c.length;p++)c[p]=o.shape[s[p]];let u=n.data.get(o.dataId).values,i=ip(u,o.shape,o.dtype,s,c);return{dataId:n.write(i,c,o.dtype),shape:c,dtype:o.dtype}}var aR,Qr=I(()=>{v();we();Vh();aR={kernelName:vn,backendName:"cpu",kernelFunc:It}});function zI(r,e,t,n){let[o,s]=S.computeOutAndReduceShapes(r,n),a=Ft(e,"int32"),c=b.makeZerosTypedArray(b.sizeFromShape(o),a),u=b.sizeFromShape(s);for(let i=0;i<c.length;++i){let l=i*u,p=1;for(let m=0;m<u;++m)p*=t[l+m];c[i]=p}return{outVals:c,outShape:o,outDtype:a}}function gJ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,keepDims:a}=n;ee(o,"prod");let c=o.shape.length,u=b.parseAxisParam(s,o.shape),i=S.getAxesPermutation(u,c),l=u,p=o,m=[];i!=null&&(p=It({inputs:{x:o},backend:t,attrs:{perm:i}}),m.push(p),l=S.getInnerMostAxes(l.length,c));let f=t.data.get(p.dataId).values,{outVals:d,outShape:h,outDtype:g}=zI(p.shape,p.dtype,f,l),x=h;return a&&(x=S.expandShapeToKeepDim(h,u)),m.forEach(y=>t.disposeIntermediateTensorInfo(y)),t.makeTensorInfo(x,g,d)}var iR,HI=I(()=>{v();we();Qr();iR={kernelName:Is,backendName:"cpu",kernelFunc:gJ}});function xJ(r,e,t){r.forEach((n,o)=>{if(n<0||n>=t){let s=b.indexToLoc(o,e.length,b.computeStrides(e)).join(",");throw new Error(`indices[${s}] = ${n} is not in [0, ${t})`)}})}function bJ(r,e){for(let t=0;t<r.length;++t){let n=r[t],o=t===r.length-1?e:r[t+1].length;if(n.length===0)throw new Error("Ragged splits may not be empty");if(n[0]<0)throw new Error("Ragged splits must be non-negative");if(n[n.length-1]>o)throw new Error("Ragged splits must not point past values");for(let s=1;s<n.length;++s)if(n[s-1]>n[s])throw new Error("Ragged splits must be sorted in ascending order")}}function yJ(r,e,t,n){let o=[],s=0,a=e.length-1+t.length,c=new Array(a).fill(null).map(()=>[0]);bJ(t,n);let u=1;for(let i=0;i<e.length-1;++i){u*=e[i];let l=e[i+1];for(let p=1;p<u+1;++p)c[i].push(p*l)}for(let i=0;i<r.length;++i){let l=r[i],p=r[i]+1;for(let m=0;m<t.length;++m){let f=t[m],d=m+e.length-1;if(d>=0){let h=c[d],g=h[h.length-1]-f[l];for(let x=l;x<p;++x)c[d].push(f[x+1]+g)}l=f[l],p=f[p]}p!==l&&(o.push([l,p]),s+=p-l)}return{outSplits:c,valueSlices:o,numValues:s}}function wJ(r){let e=[];for(let t=0;t<r.length;++t){let n=r[t].length,o=b.getArrayFromDType("int32",n);e.push(o),r[t].forEach((s,a)=>o[a]=s)}return e}function cR(r,e){let t=r.slice(0,e);for(;t.length<e;)t.push(1);for(let n=e;n<r.length;n++)t[e-1]*=r[n];return t}function vJ(r,e,t,n,o,s){let a=cR(e,2)[1],c=cR(s,2)[1],u=0;for(let i of t)for(let l=i[0];l<i[1];++l){for(let p=0;p<n;++p)o[u*c+p]=r[l*a+p];++u}}function IJ(r,e,t,n,o){let s=e.slice();s[0]=o;let a=b.getArrayFromDType(t,b.sizeFromShape(s)),c=r.length,u=c===0?0:c/e[0];return vJ(r,e,n,u,a,s),[a,s]}function Wh(r,e,t,n,o,s,a,c){if(r.length===0)throw new Error("paramsNestedSplits must be non empty");if(e[0].length===0)throw new Error("Split tensors must not be scalars");let u=e[0][0]-1;if(xJ(s,a,u),n.length===0)throw new Error("params.rank must be nonzero");let i=n[0],{outSplits:l,valueSlices:p,numValues:m}=yJ(s,a,r,i),f=wJ(l),d=IJ(t,n,o,p,m);return[f,d[0],d[1]]}var KI=I(()=>{v();});function Uh(r,e,t,n,o,s,a){if(e.length>1)throw new Error("starts must be a scalar or vector");if(o.length>1)throw new Error("limits must be a scalar or vector");if(a.length>1)throw new Error("deltas must be a scalar or vector");let c=e.length===0,u=o.length===0,i=a.length===0,l=[];c||l.push(e[0]),u||l.push(o[0]),i||l.push(a[0]);for(let g=1;g<l.length;++g)if(l[g]!==l[g-1])throw new Error("starts, limits, and deltas must have the same shape");let p=l.length===0?1:l[0],m=b.getArrayFromDType("int32",p+1);m[0]=0;for(let g=0;g<p;++g){let x=c?r[0]:r[g],y=u?n[0]:n[g],w=i?s[0]:s[g];if(w===0)throw new Error("Requires delta != 0");let C;if(w>0&&y<x||w<0&&y>x)C=0;else if(C=Math.ceil(Math.abs((y-x)/w)),C>uR)throw new Error(`Requires ((limit - start) / delta) <= ${uR}`);m[g+1]=m[g]+C}let f=m[p],d=b.getArrayFromDType(t,f),h=0;for(let g=0;g<p;++g){let x=m[g+1]-m[g],y=c?r[0]:r[g],w=i?s[0]:s[g];for(let C=0;C<x;++C)d[h++]=y,y+=w}return[m,d]}var uR,qI=I(()=>{v();uR=2147483647});function lR(r,e,t){for(let n=0;n<t;n++)r[n]=e[n]}function pR(r,e){let t=[];for(let n of r){if(n<0){if(!e)throw new Error(`Dimension ${n} must be >= 0`);if(n<-1)throw new Error(`Dimension ${n} must be >= -1`);n=-1}t.push(n)}return t}function Gh(r,e,t,n,o,s,a,c,u,i){return new jI(r,e,t,n,o,s,a,c,u,i).compute()}var Dn,jI,XI=I(()=>{v();Dn=S.RowPartitionType,jI=class r{constructor(e,t,n,o,s,a,c,u,i,l){this.shape=e,this.shapeShape=t,this.values=n,this.valuesShape=o,this.valuesDType=s,this.defaultValue=a,this.defaultValueShape=c,this.rowPartitionValues=u,this.rowPartitionValuesShapes=i,this.rowPartitionTypes=S.getRowPartitionTypesHelper(l),this.raggedRank=S.getRaggedRank(this.rowPartitionTypes)}getRowPartitionTypeByDimension(e){return this.rowPartitionTypes[0]===Dn.FIRST_DIM_SIZE?this.rowPartitionTypes[e+1]:this.rowPartitionTypes[e]}getRowPartitionTensor(e){return this.rowPartitionTypes[0]===Dn.FIRST_DIM_SIZE?this.rowPartitionValues[e+1]:this.rowPartitionValues[e]}getMaxWidth(e){let t=this.getRowPartitionTensor(e-1);switch(this.getRowPartitionTypeByDimension(e-1)){case Dn.VALUE_ROWIDS:return r.getMaxWidthValueRowID(t);case Dn.ROW_SPLITS:return r.getMaxWidthRowSplit(t);default:throw new Error(`Cannot handle partition type ${Dn[this.getRowPartitionTypeByDimension(e-1)]}`)}}static getMaxWidthRowSplit(e){let t=e.length;if(t===0||t===1)return 0;let n=0;for(let o=0;o<t-1;++o){let s=e[o+1]-e[o];s>n&&(n=s)}return n}static getMaxWidthValueRowID(e){let t=e.length;if(t===0)return 0;let n=0,o=e[0],s=0;for(let a=1;a<t;++a){let c=e[a];c!==o&&(o=c,s=Math.max(a-n,s),n=a)}return Math.max(t-n,s)}tensorShapeFromTensor(e,t,n=!0){if(t.length===0){if(e[0]===-1)return[];throw new Error("The only valid scalar shape tensor is the fully unknown shape specified as -1.")}return pR(e,n)}calculateOutputSize(e){let t=this.valuesShape,n=this.defaultValueShape;S.validateDefaultValueShape(n,t);let o=this.tensorShapeFromTensor(this.shape,this.shapeShape),a=S.combineRaggedTensorToTensorShapes(this.raggedRank,o,t);a[0]<0&&(a[0]=e);for(let c=1;c<=this.raggedRank;++c)a[c]<0&&(a[c]=this.getMaxWidth(c));return a}calculateFirstParentOutputIndex(e,t,n){let o=Math.min(e,n),s=[],a=0;for(let c=0;c<o;++c,a+=t)s.push(a);for(let c=o;c<e;++c)s.push(-1);return b.assert(s.length===e,()=>"Final length of result must be equal to firstDimension."),s}calculateOutputIndexRowSplit(e,t,n,o){let s=e.length,a=[];for(let c=0;c<s-1;++c){let u=e[c+1]-e[c],i=Math.min(o,u),l=t[c];l===-1&&(i=0);for(let p=0;p<i;++p)a.push(l),l+=n;for(let p=0;p<u-i;++p)a.push(-1)}if(s>0&&a.length!==e[s-1])throw new Error("Invalid row split size.");return a}calculateOutputIndexValueRowID(e,t,n,o){let s=e.length,a=[];if(s===0)return[];let c=0,u=e[0];if(u>=t.length)throw new Error(`Got currentValueRowId=${u}, which is not less than ${t.length}`);let i=t[u];a.push(i);for(let l=1;l<s;++l){let p=e[l];if(p===u)i>=0&&(++c,c<o?i+=n:i=-1);else{if(c=0,u=p,p>=t.length)throw new Error(`Got nextValueRowId=${p} which is not less than ${t.length}`);i=t[p]}a.push(i)}if(a.length!==e.length)throw new Error("Invalid row ids.");return a}calculateOutputIndex(e,t,n,o){let s=this.getRowPartitionTensor(e),a=this.getRowPartitionTypeByDimension(e);switch(a){case Dn.VALUE_ROWIDS:return this.calculateOutputIndexValueRowID(s,t,n,o);case Dn.ROW_SPLITS:if(s.length-1>t.length)throw new Error(`Row partition size is greater than output size: ${s.length-1} > ${t.length}`);return this.calculateOutputIndexRowSplit(s,t,n,o);default:throw new Error(`Unsupported partition type: ${Dn[a]}`)}}getFirstDimensionSize(){let e=this.rowPartitionValues[0];if(this.rowPartitionTypes.length===0)throw new Error("No row_partition_types given.");let t=this.rowPartitionTypes[0];switch(t){case Dn.FIRST_DIM_SIZE:return e[0];case Dn.VALUE_ROWIDS:throw new Error("Cannot handle VALUE_ROWIDS in first dimension.");case Dn.ROW_SPLITS:return this.rowPartitionValuesShapes[0][0]-1;default:throw new Error(`Cannot handle type ${Dn[t]}`)}}compute(){if(this.rowPartitionValues[0].length<=0)throw new Error("Invalid first partition input. Tensor requires at least one element.");let t=this.getFirstDimensionSize(),n=this.calculateOutputSize(t),o=new Array(this.raggedRank+1);o[o.length-1]=1;for(let u=o.length-2;u>=0;--u)o[u]=o[u+1]*n[u+1];let s=pR(n,!1),a=b.getArrayFromDType(this.valuesDType,b.sizeFromShape(s));if(o[0]*n[0]>0){let u=this.calculateFirstParentOutputIndex(t,o[0],n[0]);for(let i=1;i<=this.raggedRank;++i)u=this.calculateOutputIndex(i-1,u,o[i],n[i]);this.setOutput(this.raggedRank,u,a,s)}return[s,a]}setOutput(e,t,n,o){if(n.length===0)return;let s=this.values,a=n,c=o.slice();c=c.slice(e+1);let u=b.sizeFromShape(c),i=t.length,l=this.defaultValue;if(l.length!==u&&l.length!==1){let d=this.defaultValueShape;Qe(()=>{let h=K(l,d);l=mc(h,c).dataSync()})}let p=0,m=0,f=0;for(let d=0;d<=i;++d){let h=d<i?t[d]:-1;if(h===f){++f;continue}if(m<f){let g=s.subarray(p*u),x=a.subarray(m*u),y=(f-m)*u;lR(x,g,y)}if(d>=i){let g=n.length;h=Math.floor(g/u)}if(h>f)if(this.defaultValue.length===1)a.subarray(f*u,h*u).fill(this.defaultValue[0]),f=h;else for(;h>f;){let g=a.slice(f*u);lR(g,l,u),++f}h<0?(p=d+1,m=f):(p=d,m=f,f=m+1)}}}});function zu(r,e,t,n){let o=r===e,s=r<e&&t<0,a=e<r&&t>1;if(o||s||a)return b.makeZerosTypedArray(0,n);let c=Math.abs(Math.ceil((e-r)/t)),u=b.makeZerosTypedArray(c,n);e<r&&t===1&&(t=-1),u[0]=r;for(let i=1;i<u.length;i++)u[i]=u[i-1]+t;return u}var YI=I(()=>{v();});var JI,CJ,mR,ZI=I(()=>{v();so();Ze();JI=rr(r=>1/Math.sqrt(r)),CJ=Vr($s,JI),mR={kernelName:$s,backendName:"cpu",kernelFunc:CJ}});function ao(r,e,t,n,o,s,a,c,u,i){let l=[n/o,o],p=r.values,m=e.values;if(n===0)return xe(t,e.dtype);let f=u instanceof Je?u:xe(l,e.dtype);typeof u=="string"||typeof u=="number"?f.values.fill(u):typeof u=="boolean"&&f.values.fill(+u);for(let d=0;d<s;d++){let h=[],g=0;for(let x=0;x<a;x++){let y=p[d*a+x];h.push(y),g+=y*c[x]}if(g<0||g>=n/o)throw new Error(`Invalid indices: ${h} does not index into ${t}`);for(let x=0;x<o;x++)i?f.values[g*o+x]+=m[d*o+x]:f.values[g*o+x]=e.rank===0?m[0]:m[d*o+x]}return f}var Dm=I(()=>{v();});var fR,QI,dR,zh=I(()=>{v();so();Ze();fR=rr(r=>1/(1+Math.exp(-r))),QI=Se(Os,r=>1/(1+Math.exp(-r))),dR={kernelName:Os,backendName:"cpu",kernelFunc:QI}});function Hu(r,e,t,n,o){let s=gt.isSliceContinous(n,e,t),a=b.sizeFromShape(t),c=b.computeStrides(n);if(s){let p=gt.computeFlatOffset(e,c);return o==="string"?r.slice(p,p+a):r.subarray(p,p+a)}let u=o==="string"?S.fromUint8ToStringArray(r):r,i=xe(n,o,u),l=xe(t,o);for(let p=0;p<l.size;++p){let m=l.indexToLoc(p),f=m.map((d,h)=>d+e[h]);l.set(i.get(...f),...m)}return o==="string"?S.fromStringArrayToUint8(l.values):l.values}function Fn(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{begin:s,size:a}=n;ee(o,"slice");let[c,u]=gt.parseSliceParams(o,s,a);gt.assertParamsValid(o,c,u);let i=t.data.get(o.dataId).values,l=Hu(i,c,u,o.shape,o.dtype);return t.makeTensorInfo(u,o.dtype,l)}var hR,_c=I(()=>{v();we();hR={kernelName:ni,backendName:"cpu",kernelFunc:Fn}});function Hh(r,e,t,n,o,s,a){let c=e[0],u=s[0],i=new Array(u),l=new Array(c),p=e[1];if(u===0){if(c!==0)throw new Error(S.getSparseFillEmptyRowsIndicesDenseShapeMismatch(c));let g=b.getArrayFromDType(t,0),x=b.getArrayFromDType(o,0);return[g,[0,p],x,i,l]}let m=!0,f=0,d=new Array(u).fill(0);for(let g=0;g<c;++g){let x=r[g*p];if(x<0)throw new Error(S.getSparseFillEmptyRowsNegativeIndexErrorMessage(g,x));if(x>=u)throw new Error(S.getSparseFillEmptyRowsOutOfRangeIndexErrorMessage(g,x,u));++d[x],m=m&&x>=f,f=x}let h=!0;for(let g=0;g<u;++g){let x=d[g]===0;i[g]=x,h=h&&!x,d[g]=Math.max(d[g],1),g>0&&(d[g]+=d[g-1])}if(h&&m){let g=r,x=n;for(let y=0;y<c;++y)l[y]=y;return[g,[c,p],x,i,l]}else{let g=d[u-1],x=b.getArrayFromDType(t,g*p),y=b.getArrayFromDType(o,g),w=new Array(u).fill(0);for(let C=0;C<c;++C){let T=r[C*p],$=w[T],A=(T===0?0:d[T-1])+$;w[T]++;for(let R=0;R<p;++R)x[A*p+R]=r[C*p+R];y[A]=n[C],l[C]=A}for(let C=0;C<u;++C)if(w[C]===0){let $=C===0?0:d[C-1];x[$*p+0]=C;for(let A=1;A<p;++A)x[$*p+A]=0;y[$]=a}return[x,[g,p],y,i,l]}}var eC=I(()=>{v();});function Kh(r,e,t,n,o){let s=b.sizeFromShape(n),a=e[0],c=o.length,u=[],i=1,l=-1;for(let g=0;g<c;++g){let x=o[g];if(x===-1){if(l!==-1)throw new Error(S.getSparseReshapeMultipleNegativeOneOutputDimErrorMessage(l,g));l=g,u.push(1)}else{if(x<0)throw new Error(S.getSparseReshapeNegativeOutputDimErrorMessage(g,x));i*=x,u.push(x)}}if(l!==-1){if(i<=0)throw new Error(S.getSparseReshapeEmptyTensorZeroOutputDimErrorMessage());let g=Math.trunc(s/i);if(i*g!==s)throw new Error(S.getSparseReshapeInputOutputMultipleErrorMessage(n,u));u[l]=g}if(b.sizeFromShape(u)!==s)throw new Error(S.getSparseReshapeInputOutputMismatchErrorMessage(n,u));let m=n.length,f=[];if(m>0){f[m-1]=1;for(let g=m-2;g>=0;--g)f[g]=f[g+1]*n[g+1]}let d=[];if(c>0){d[c-1]=1;for(let g=c-2;g>=0;--g)d[g]=d[g+1]*u[g+1]}let h=b.getArrayFromDType(t,a*c);for(let g=0;g<a;++g){let x=0;for(let y=0;y<m;++y)x+=r[g*m+y]*f[y];for(let y=0;y<c;++y)h[g*c+y]=Math.trunc(x/d[y]),x%=d[y]}return[h,[a,c],u]}var tC=I(()=>{v();});function cp(r,e,t,n,o,s=!1,a=0){let c=n.length,u=[e[0],r.length/e[0]],i=u[1],p=c>0?o[c-1]+1:0;if(p<0)throw new Error(S.getSparseSegmentReductionNegativeSegmentIdsErrorMessage());let m=e.slice();m[0]=p;let f=m.reduce((w,C)=>w*C,1),d=b.getArrayFromDType(t,f);if(c===0)return p>0&&d.fill(a),[d,m];if(p<=0)throw new Error(S.getSparseSegmentReductionNegativeSegmentIdsErrorMessage());let h=0,g=1,x=0,y=o[h];for(;;){let w=0;if(g<c){if(w=o[g],y===w){++g;continue}if(y>=w)throw new Error(S.getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage())}if(y<0||y>=p)throw new Error(S.getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage(y,p));y>x&&d.fill(a,x*i,y*i);for(let C=h;C<g;++C){let T=n[C];if(T<0||T>=u[0])throw new Error(S.getSparseSegmentReductionIndicesOutOfRangeErrorMessage(C,n[C],u[0]));for(let $=0;$<i;$++)d[y*i+$]+=r[T*i+$]}if(s)for(let C=0;C<i;C++)d[y*i+C]/=g-h;if(h=g,++g,x=y+1,y=w,g>c)break}return x<p&&d.fill(a,x*i,p*i),[d,m]}var qh=I(()=>{v();});var gR,SJ,xR,rC=I(()=>{v();so();Ze();gR=rr(r=>Math.sqrt(r)),SJ=Se(Ls,r=>Math.sqrt(r)),xR={kernelName:Ls,backendName:"cpu",kernelFunc:SJ}});var nC,kJ,bR,oC=I(()=>{v();Lt();Yt();nC=Ge(((r,e)=>{let t=r-e;return t*t})),kJ=Xe(Gs,nC),bR={kernelName:Gs,backendName:"cpu",kernelFunc:kJ}});var sC,_J,yR,aC=I(()=>{v();so();Ze();sC=rr((r,e)=>{let{pattern:t,replaceGlobal:n,rewrite:o}=e;return r.replace(new RegExp(t,n?"g":""),o)}),_J=Vr(nc,sC),yR={kernelName:nc,backendName:"cpu",kernelFunc:_J}});function jh(r,e,t,n){let o=xe(r,e.dtype);for(let s=0;s<o.size;s++){let a=o.indexToLoc(s),c=new Array(a.length);for(let u=0;u<c.length;u++)c[u]=a[u]*t[u]+n[u];o.set(e.get(...c),...a)}return o}var iC=I(()=>{v();});function Ku(r,e,t,n,o,s,a,c){return new cC(t,n,o,s,a,c).compute(r,e)}var cC,uC=I(()=>{v();cC=class{constructor(e,t,n,o,s,a){this.separator=b.encodeString(e),this.nGramWidths=t,this.leftPad=b.encodeString(n),this.rightPad=b.encodeString(o),this.padWidth=s,this.preserveShort=a}getPadWidth(e){return Math.min(this.padWidth<0?e-1:this.padWidth,e-1)}getNumNGrams(e,t){let n=this.getPadWidth(t);return Math.max(0,e+2*n-t+1)}createNGrams(e,t,n,o,s,a){for(let c=0;c<s;++c){let u=this.getPadWidth(a),i=Math.max(0,u-c),l=Math.max(0,u-(s-(c+1))),p=a-(i+l),m=t+(i>0?0:c-u),f=0;f+=i*this.leftPad.length;for(let y=0;y<p;++y)f+=e[m+y].length;f+=l*this.rightPad.length;let d=i+l+p-1;f+=d*this.separator.length,n[o+c]=new Uint8Array(f);let h=n[o+c],g=0,x=y=>y.forEach(w=>h[g++]=w);for(let y=0;y<i;++y)x(this.leftPad),x(this.separator);for(let y=0;y<p-1;++y)x(e[m+y]),x(this.separator);if(p>0){x(e[m+p-1]);for(let y=0;y<l;++y)x(this.separator),x(this.rightPad)}else{for(let y=0;y<l-1;++y)x(this.rightPad),x(this.separator);x(this.rightPad)}}}compute(e,t){let n=e.length,o=t.length;if(o>0){let u=t[0];if(u!==0)throw new Error(`First split value must be 0, got ${u}`);for(let i=1;i<o;++i){let l=t[i]>=u;if(l=l&&t[i]<=n,!l)throw new Error(`Invalid split value ${t[i]}, must be in [${u}, ${n}]`);u=t[i]}if(u!==n)throw new Error(`Last split value must be data size. Expected ${n}, got ${u}`)}let s=o-1,a=b.getArrayFromDType("int32",o);if(n===0||o===0){let u=new Array(n);for(let i=0;i<=s;++i)a[i]=0;return[u,a]}a[0]=0;for(let u=1;u<=s;++u){let i=t[u]-t[u-1],l=0;this.nGramWidths.forEach(p=>{l+=this.getNumNGrams(i,p)}),this.preserveShort&&i>0&&l===0&&(l=1),a[u]=a[u-1]+l}let c=new Array(a[s]);for(let u=0;u<s;++u){let i=t[u],l=a[u];if(this.nGramWidths.forEach(p=>{let m=t[u+1]-t[u],f=this.getNumNGrams(m,p);this.createNGrams(e,i,c,l,f,p),l+=f}),this.preserveShort&&l===a[u]){let p=t[u+1]-t[u];if(p===0)continue;let m=p+2*this.padWidth;this.createNGrams(e,i,c,l,1,m)}}return[c,a]}}});function TJ(r,e,t,n){if(!r.length)return;if(e.length===0){for(let s=0;s<r.length;++s)n.push(r.subarray(s,s+1));return}if(e.length===1){let s=e[0],a=r.indexOf(s);for(;a!==-1;){let c=r.subarray(0,a);(!t||c.length!==0)&&n.push(c),r=r.subarray(a+1),a=r.indexOf(s)}(!t||r.length!==0)&&n.push(r);return}let o=0;for(let s=0;s<r.length+1;s++)if(s===r.length||e.indexOf(r[s])!==-1){let a=r.subarray(o,s);(!t||a.length!==0)&&n.push(a),o=s+1}}function qu(r,e,t){let n=r.length,o=[],s=0,a=0,c=new Array(n);for(let m=0;m<n;++m){let f=o.length;TJ(r[m],e,t,o);let d=o.length-f;c[m]=d,s+=d,a=Math.max(a,d)}let u=b.getArrayFromDType("int32",s*2),i=new Array(s),l=[n,a],p=0;for(let m=0;m<n;++m)for(let f=0;f<c[m];++f)u[p*2]=m,u[p*2+1]=f,i[p]=o[p],++p;return[u,i,l]}var lC=I(()=>{v();});function ju(r,e){let t=b.getArrayFromDType("int32",r.length);for(let n=0;n<r.length;++n)t[n]=b.fingerPrint64(r[n]).modulo(e).getLowBitsUnsigned();return t}var pC=I(()=>{v();});var mC,NJ,Fm,wR,Mm=I(()=>{v();Lt();Yt();mC=Ge(((r,e)=>r-e)),NJ=sp(((r,e,t,n)=>({real:r-t,imag:e-n}))),Fm=Xe("Sub",mC,NJ),wR={kernelName:"Sub",backendName:"cpu",kernelFunc:Fm}});function Xh(r,e){let t=new Array(r.rank);for(let o=0;o<t.length;o++)t[o]=r.shape[o]*e[o];let n=xe(t,r.dtype);for(let o=0;o<n.values.length;++o){let s=n.indexToLoc(o),a=new Array(r.rank);for(let u=0;u<a.length;u++)a[u]=s[u]%r.shape[u];let c=r.locToIndex(a);n.values[o]=r.values[c]}return n}var fC=I(()=>{v();});function vR(r,e,t=0,n=r.length-1){for(;n>t;){if(n-t>600){let c=n-t+1,u=e-t+1,i=Math.log(c),l=.5*Math.exp(2*i/3),p=.5*Math.sqrt(i*l*(c-l)/c)*Math.sign(u-c/2),m=Math.max(t,Math.floor(e-u*l/c+p)),f=Math.min(n,Math.floor(e+(c-u)*l/c+p));vR(r,e,m,f)}let o=r[e],s=t,a=n;for(b.swap(r,t,e),Pm(r[n],o)>0&&b.swap(r,t,n);s<a;){for(b.swap(r,s,a),s++,a--;Pm(r[s],o)<0;)s=s+1;for(;Pm(r[a],o)>0;)a=a-1}Pm(r[t],o)===0?b.swap(r,t,a):(a=a+1,b.swap(r,a,n)),a<=e&&(t=a+1),e<=a&&(n=a-1)}}function Yh(r,e,t,n,o){let s=e[e.length-1],[a,c]=[r.length/s,s],u=b.getTypedArrayFromDType(t,a*n),i=b.getTypedArrayFromDType("int32",a*n);for(let p=0;p<a;p++){let m=p*c,f=r.subarray(m,m+c),d=new Array(f.length);f.forEach((y,w)=>d[w]={value:y,index:w}),n<d.length&&(vR(d,n),d=d.slice(0,n)),o&&d.sort(Pm);let h=p*n,g=u.subarray(h,h+n),x=i.subarray(h,h+n);for(let y=0;y<n;y++)g[y]=d[y].value,x[y]=d[y].index}let l=e.slice();return l[l.length-1]=n,[xe(l,t,u),xe(l,"int32",i)]}var Pm,dC=I(()=>{v();Pm=(r,e)=>{let t=e.value-r.value;return t===0?r.index-e.index:t}});function Xu(r,e,t,n){let o=b.parseAxisParam(e,t)[0],s=[1,t[0],1];for(let d=0;d<o;d++)s[0]*=t[d];s[1]=t[o];for(let d=o+1;d<t.length;d++)s[2]*=t[d];let a=new Map,c=new Int32Array(t[o]),u=new Je(s,n,r),i=[],l=s[0]===1&&s[2]===1;for(let d=0;d<t[o];d++){let h;if(l)h=r[d].toString();else{let x=[];for(let y=0;y<s[0];y++)for(let w=0;w<s[2];w++)x.push(u.get(y,d,w));h=x.join(",")}let g=a.get(h);if(g!=null)c[d]=g;else{let x=a.size;a.set(h,x),c[d]=x,i.push(d)}}let p=s.slice();p[1]=a.size;let m=new Je(p,n);i.forEach((d,h)=>{for(let g=0;g<s[0];g++)for(let x=0;x<s[2];x++)m.set(u.get(g,d,x),g,h,x)});let f=t.slice();return f[o]=p[1],{outputValues:m.values,outputShape:f,indices:c}}var hC=I(()=>{v();});var gC={};sr(gC,{addImpl:()=>aI,bincountImpl:()=>ap,bincountReduceImpl:()=>Rh,bitwiseAndImpl:()=>iI,castImpl:()=>sI,ceilImpl:()=>uI,concatImpl:()=>Wu,equalImpl:()=>mI,expImpl:()=>dI,expm1Impl:()=>gI,floorDivImpl:()=>wI,floorImpl:()=>bI,gatherNdImpl:()=>Ph,gatherV2Impl:()=>Oh,greaterEqualImpl:()=>_I,greaterImpl:()=>SI,lessEqualImpl:()=>$I,lessImpl:()=>NI,linSpaceImpl:()=>Bh,logImpl:()=>DI,maxImpl:()=>Lh,maximumImpl:()=>PI,minimumImpl:()=>BI,multiplyImpl:()=>Rm,negImpl:()=>VI,notEqualImpl:()=>UI,prodImpl:()=>zI,raggedGatherImpl:()=>Wh,raggedRangeImpl:()=>Uh,raggedTensorToTensorImpl:()=>Gh,rangeImpl:()=>zu,rsqrtImpl:()=>JI,scatterImpl:()=>ao,sigmoidImpl:()=>fR,simpleAbsImpl:()=>rI,sliceImpl:()=>Hu,sparseFillEmptyRowsImpl:()=>Hh,sparseReshapeImpl:()=>Kh,sparseSegmentReductionImpl:()=>cp,sqrtImpl:()=>gR,squaredDifferenceImpl:()=>nC,staticRegexReplaceImpl:()=>sC,stridedSliceImpl:()=>jh,stringNGramsImpl:()=>Ku,stringSplitImpl:()=>qu,stringToHashBucketFastImpl:()=>ju,subImpl:()=>mC,tileImpl:()=>Xh,topKImpl:()=>Yh,transposeImpl:()=>ip,uniqueImpl:()=>Xu});var Bi=I(()=>{nI();Vu();Dh();cI();Lu();lI();pI();Fh();Mh();xI();yI();vI();II();CI();kI();TI();EI();AI();RI();FI();MI();OI();LI();Gu();WI();GI();HI();KI();qI();XI();YI();ZI();Dm();zh();_c();eC();tC();qh();rC();oC();aC();iC();uC();lC();pC();Mm();fC();dC();Vh();hC();});var ve,Mc,ot=I(()=>{(function(r){r[r.float32=0]="float32",r[r.int32=1]="int32",r[r.bool=2]="bool",r[r.string=3]="string",r[r.complex64=4]="complex64"})(ve||(ve={}));(function(r){r[r.linear=0]="linear",r[r.relu=1]="relu",r[r.relu6=2]="relu6",r[r.prelu=3]="prelu",r[r.leakyrelu=4]="leakyrelu",r[r.sigmoid=5]="sigmoid",r[r.elu=6]="elu"})(Mc||(Mc={}))});function nae(r){eV=r.wasm.cwrap(Hn,null,["number","array","number","number","array","number","number","number","number","number","number","number","number"])}function oae(r){let{inputs:e,backend:t,attrs:n}=r,{a:o,b:s,bias:a,preluActivationWeights:c}=e;if(o.dtype!=="float32"||s.dtype!=="float32")throw new Error("_FusedMatMul for non non-float32 tensors not yet supported.");let{transposeA:u,transposeB:i,activation:l,leakyreluAlpha:p}=n,m=t.dataIdMap.get(o.dataId).id,f=t.dataIdMap.get(s.dataId).id,d=0;if(a!=null){let R=t.dataIdMap.get(a.dataId);if(R.shape.length!==1)throw new Error(`_FusedMatMul only supports rank-1 bias but got rank ${R.shape.length}.`);d=R.id}let h=c==null?0:t.dataIdMap.get(c.dataId).id,g=Mc[l];if(g==null)throw new Error(`${l} activation not yet supported for FusedConv2D in the wasm backend.`);let x=u?o.shape[2]:o.shape[1],y=i?s.shape[1]:s.shape[2],w=Br.assertAndGetBroadcastShape(o.shape.slice(0,-2),s.shape.slice(0,-2)),C=t.makeOutput([...w,x,y],o.dtype),T=t.dataIdMap.get(C.dataId).id,$=new Uint8Array(new Int32Array(o.shape).buffer),A=new Uint8Array(new Int32Array(s.shape).buffer);return eV(m,$,o.shape.length,f,A,s.shape.length,u,i,g,d,h,p||0,T),C}var eV,tV,rV=I(()=>{v();ot();tV={kernelName:Hn,backendName:"wasm",setupFunc:nae,kernelFunc:oae}});function he(r,e){let t;function n(s){t=s.wasm.cwrap(r,null,["number","number","number"])}function o(s){let{backend:a,inputs:{x:c}}=s,u=a.dataIdMap.get(c.dataId).id,i=a.makeOutput(c.shape,e||c.dtype),l=a.dataIdMap.get(i.dataId).id;return b.sizeFromShape(i.shape)===0||t(u,ve[c.dtype],l),i}return{kernelName:r,backendName:"wasm",setupFunc:n,kernelFunc:o}}var tt=I(()=>{v();ot();});var nV,oV=I(()=>{v();tt();nV=he("Abs")});var sV,aV=I(()=>{v();tt();sV=he(xo)});var iV,cV=I(()=>{v();tt();iV=he(bo)});function Ke(r,e,t){let n;function o(a){n=a.wasm.cwrap(r,null,["number","array","number","number","array","number","number","number"])}function s(a){let{backend:c,inputs:u}=a,{a:i,b:l}=u,p=c.dataIdMap.get(i.dataId).id,m=c.dataIdMap.get(l.dataId).id,f=t??i.dtype,d=S.assertAndGetBroadcastShape(i.shape,l.shape),h=c.makeOutput(d,f);if(b.sizeFromShape(d)===0)return h;let g=new Uint8Array(new Int32Array(i.shape).buffer),x=new Uint8Array(new Int32Array(l.shape).buffer),y=c.dataIdMap.get(h.dataId).id;return n(p,g,i.shape.length,m,x,l.shape.length,ve[i.dtype],y),h}return{kernelName:r,backendName:"wasm",setupFunc:o,kernelFunc:s}}var zt=I(()=>{v();ot();});var sae,uV,lV=I(()=>{v();zt();sae=!0,uV=Ke("Add",sae)});function aae(r){pV=r.wasm.cwrap(yo,null,["array","number","number","number"])}function iae(r){let{inputs:e,backend:t}=r,n=t.makeOutput(e[0].shape,e[0].dtype);if(b.sizeFromShape(n.shape)===0)return n;let o=e.map(c=>t.dataIdMap.get(c.dataId).id),s=new Uint8Array(new Int32Array(o).buffer),a=t.dataIdMap.get(n.dataId).id;return pV(s,o.length,ve[n.dtype],a),n}var pV,mV,fV=I(()=>{v();ot();mV={kernelName:yo,backendName:"wasm",setupFunc:aae,kernelFunc:iae}});function cl(r){let{inputs:{x:e},backend:t}=r;if(e.dtype==="string")return kn(t.readSync(e.dataId),e.shape,e.dtype);let n=t.makeOutput(e.shape,e.dtype),o=t.typedArrayFromHeap(e);return t.typedArrayFromHeap(n).set(o),n}var dV,cf=I(()=>{v();dV={kernelName:Gn,backendName:"wasm",kernelFunc:cl}});function cae(r){hV=r.wasm.cwrap(vn,null,["number","array","number","number","number","array","number"])}function bn(r){let{inputs:e,backend:t,attrs:n}=r,[o,s]=lae(e.x.shape,n.perm),a=!0;for(let d=0;d<s.length;d++)s[d]!==d&&(a=!1);let c=uae(e.x.shape,n.perm),u={dataId:e.x.dataId,shape:o,dtype:e.x.dtype};if(a){let d=cl({inputs:e,backend:t});return d.shape=c,d}let i=t.makeOutput(c,u.dtype),l=t.dataIdMap.get(u.dataId).id,p=t.dataIdMap.get(i.dataId).id,m=new Uint8Array(new Int32Array(s).buffer),f=new Uint8Array(new Int32Array(u.shape).buffer);return hV(l,f,u.shape.length,ve[u.dtype],p,m,s.length),i}function uae(r,e){let t=new Array(r.length);for(let n=0;n<t.length;n++)t[n]=r[e[n]];return t}function lae(r,e){let t=[],n=[];for(let o=0;o<r.length;++o)r[o]!==1&&t.push(r[o]),r[e[o]]!==1&&n.push(e[o]);for(let o=0;o<n.length;++o){let s=-1;for(let a=0;a<n.length;++a)n[a]>=o&&(s===-1||n[s]>n[a])&&(s=a);n[s]=o}return[t,n]}var hV,gV,ul=I(()=>{v();cf();ot();gV={kernelName:vn,backendName:"wasm",kernelFunc:bn,setupFunc:cae}});function Dr(r,e,t){let n=r.shape,o=r.shape.length,s=b.parseAxisParam(e,n),a=s,c=S.getAxesPermutation(a,o),u=null,i=!1;if(c!=null){let l=new Array(o);for(let f=0;f<l.length;f++)l[f]=n[c[f]];a=S.getInnerMostAxes(a.length,o),u=bn({inputs:{x:r},attrs:{perm:c},backend:t});let p=t.dataIdMap.get(r.dataId).id;t.dataIdMap.get(u.dataId).id!==p&&(i=!0)}return{transposed:u,originalAxes:s,axes:a,inputWasTransposed:i}}var zi=I(()=>{v();ul();});function pae(r){xV=r.wasm.cwrap("All",null,["number, number, number"])}function mae(r){let{backend:e,inputs:t,attrs:n}=r,{axis:o,keepDims:s}=n,{x:a}=t,u=e.dataIdMap.get(a.dataId).id,i=a,{transposed:l,axes:p,originalAxes:m,inputWasTransposed:f}=Dr(a,o,e);if(f){let w=e.dataIdMap.get(l.dataId).id;i=l,u=w}let d=i.shape.length;S.assertAxesAreInnerMostDims("all",p,d);let[h,g]=S.computeOutAndReduceShapes(i.shape,p),x=b.sizeFromShape(g),y=e.makeOutput(h,a.dtype);if(b.sizeFromShape(i.shape)!==0){let w=e.dataIdMap.get(y.dataId).id;xV(u,x,w)}if(f&&e.disposeData(l.dataId),s){let w=S.expandShapeToKeepDim(y.shape,m);y.shape=w}return y}var xV,bV,yV=I(()=>{v();zi();bV={kernelName:"All",backendName:"wasm",setupFunc:pae,kernelFunc:mae}});function fae(r){wV=r.wasm.cwrap("Any",null,["number, number, number"])}function dae(r){let{backend:e,inputs:t,attrs:n}=r,{axis:o,keepDims:s}=n,{x:a}=t,u=e.dataIdMap.get(a.dataId).id,i=a,{transposed:l,axes:p,originalAxes:m,inputWasTransposed:f}=Dr(a,o,e);if(f){let w=e.dataIdMap.get(l.dataId).id;i=l,u=w}let d=i.shape.length;S.assertAxesAreInnerMostDims("any",p,d);let[h,g]=S.computeOutAndReduceShapes(i.shape,p),x=b.sizeFromShape(g),y=e.makeOutput(h,a.dtype);if(b.sizeFromShape(i.shape)!==0){let w=e.dataIdMap.get(y.dataId).id;wV(u,x,w)}if(f&&e.disposeData(l.dataId),s){let w=S.expandShapeToKeepDim(y.shape,m);y.shape=w}return y}var wV,vV,IV=I(()=>{v();zi();vV={kernelName:"Any",backendName:"wasm",setupFunc:fae,kernelFunc:dae}});function jx(r){let e;function t(o){e=o.wasm.cwrap(r,null,["number","number","number","number","number"])}function n(o){let{backend:s,inputs:a,attrs:c}=o,{axis:u}=c,{x:i}=a,l=s.dataIdMap.get(i.dataId).id,p=l,m=i,{transposed:f,axes:d,inputWasTransposed:h}=Dr(i,u,s);if(h){let T=s.dataIdMap.get(f.dataId).id;T!==l&&(m=f,p=T)}let g=m.shape.slice(0,-1),x=s.makeOutput(g,"int32"),y=s.dataIdMap.get(x.dataId).id,w=b.sizeFromShape(x.shape),C=m.shape[d[0]];return e(p,ve[m.dtype],w,C,y),h&&s.disposeData(f.dataId),x}return{kernelName:r,backendName:"wasm",setupFunc:t,kernelFunc:n}}var vS=I(()=>{v();zi();ot();});var CV,SV=I(()=>{v();vS();CV=jx(Ea)});var kV,_V=I(()=>{v();vS();kV=jx($a)});var TV,NV=I(()=>{v();tt();TV=he(wo)});var EV,$V=I(()=>{v();tt();EV=he(vo)});var AV,RV=I(()=>{v();tt();AV=he(Io)});var DV,FV=I(()=>{v();zt();DV=Ke(So,!1)});var MV,PV=I(()=>{v();tt();MV=he(Co)});function hae(r){OV=r.wasm.cwrap(ko,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function gae(r){let{inputs:e,attrs:t,backend:n}=r,o=e.x,s=n.dataIdMap.get(o.dataId).id,{filterSize:a,strides:c,pad:u,dimRoundingMode:i}=t,l=S.computePool2DInfo(o.shape,a,c,1,u,i),p=l.filterHeight,m=l.filterWidth,f=l.padInfo.top,d=l.padInfo.right,h=l.padInfo.bottom,g=l.padInfo.left,x=l.strideHeight,y=l.strideWidth,w=l.inChannels;if(l.dataFormat!=="channelsLast")throw new Error(`wasm backend does not support dataFormat:'${l.dataFormat}'. Please use 'channelsLast'.`);if(l.dilationWidth!==1||l.dilationHeight!==1)throw new Error(`was backend only supports average pooling with dilation = [1, 1], got [${l.dilationHeight}, ${l.dilationWidth}].`);let C=n.makeOutput(l.outShape,"float32"),T=n.dataIdMap.get(C.dataId).id;return OV(s,o.shape[0],o.shape[1],o.shape[2],p,m,f,d,h,g,x,y,w,T),C}var OV,BV,LV=I(()=>{v();BV={kernelName:ko,backendName:"wasm",setupFunc:hae,kernelFunc:gae}});function xae(r){VV=r.wasm.cwrap("AvgPool3D",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function bae(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{filterSize:s,strides:a,pad:c,dimRoundingMode:u,dataFormat:i}=n,l=S.computePool3DInfo(o.shape,s,a,1,c,u,i),p=t.makeOutput(l.outShape,o.dtype);return VV(t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(p.dataId).id,l.batchSize,l.inChannels,l.inDepth,l.inHeight,l.inWidth,l.outDepth,l.outHeight,l.outWidth,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.effectiveFilterDepth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),p}var VV,WV,UV=I(()=>{v();WV={kernelName:Aa,backendName:"wasm",setupFunc:xae,kernelFunc:bae}});function yae(r){GV=r.wasm.cwrap("AvgPool3DGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function wae(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,input:s}=e,{filterSize:a,strides:c,pad:u,dimRoundingMode:i}=n,l=S.computePool3DInfo(s.shape,a,c,1,u,i),p=t.makeOutput(s.shape,s.dtype);return GV(t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(p.dataId).id,l.batchSize,l.inChannels,l.inDepth,l.inHeight,l.inWidth,l.outDepth,l.outHeight,l.outWidth,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.effectiveFilterDepth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left,l.filterDepth,l.filterHeight,l.filterWidth),p}var GV,zV,HV=I(()=>{v();zV={kernelName:Hc,backendName:"wasm",setupFunc:yae,kernelFunc:wae}});function vae(r){KV=r.wasm.cwrap("AvgPoolGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Iae(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,input:s}=e,{filterSize:a,strides:c,pad:u}=n,i=S.computePool2DInfo(s.shape,a,c,1,u),l=t.makeOutput(s.shape,s.dtype);return KV(t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(l.dataId).id,i.batchSize,i.inChannels,i.inHeight,i.inWidth,i.outHeight,i.outWidth,i.strideHeight,i.strideWidth,i.dilationHeight,i.dilationWidth,i.effectiveFilterHeight,i.effectiveFilterWidth,i.padInfo.top,i.padInfo.left,i.filterHeight,i.filterWidth),l}var KV,qV,jV=I(()=>{v();qV={kernelName:zc,backendName:"wasm",setupFunc:vae,kernelFunc:Iae}});function Vt(r){let{inputs:e,attrs:t}=r,{x:n}=e,{shape:o}=t,s=b.sizeFromShape(n.shape),a=b.inferFromImplicitShape(o,s);return b.assert(s===b.sizeFromShape(a),()=>`new shape: ${a}, old shape: ${n.shape}. New shape and old shape must have the same number of elements.`),r.backend.incRef(n.dataId),{dataId:n.dataId,shape:a,dtype:n.dtype}}var XV,ba=I(()=>{v();XV={kernelName:ti,backendName:"wasm",kernelFunc:Vt}});function Cae(r){YV=r.wasm.cwrap(_o,null,["number","array","number","number","array","number","number","number","number"])}function Sae(r){let{inputs:e,backend:t,attrs:n}=r,{a:o,b:s}=e,{transposeA:a,transposeB:c}=n;if(o.dtype!=="float32"||s.dtype!=="float32")throw new Error("BatchMatMul for non non-float32 tensors not yet supported.");let u=o.shape.length,i=s.shape.length,l=a?o.shape[u-2]:o.shape[u-1],p=c?s.shape[i-1]:s.shape[i-2],m=a?o.shape[u-1]:o.shape[u-2],f=c?s.shape[i-2]:s.shape[i-1],d=o.shape.slice(0,-2),h=s.shape.slice(0,-2),g=b.sizeFromShape(d),x=b.sizeFromShape(h),w=Br.assertAndGetBroadcastShape(o.shape.slice(0,-2),s.shape.slice(0,-2)).concat([m,f]);b.assert(l===p,()=>`Error in matMul: inner shapes (${l}) and (${p}) of Tensors with shapes ${o.shape} and ${s.shape} and transposeA=${a} and transposeB=${c} must match.`);let C=a?[g,l,m]:[g,m,l],T=c?[x,f,p]:[x,p,f],$=Vt({inputs:{x:o},backend:t,attrs:{shape:C}}),A=Vt({inputs:{x:s},backend:t,attrs:{shape:T}}),R=t.dataIdMap.get($.dataId).id,D=t.dataIdMap.get(A.dataId).id,F=a?$.shape[2]:$.shape[1],B=c?A.shape[1]:A.shape[2],V=Math.max(g,x),U=t.makeOutput([V,F,B],$.dtype),z=t.dataIdMap.get(U.dataId).id,W=new Uint8Array(new Int32Array($.shape).buffer),q=new Uint8Array(new Int32Array(A.shape).buffer);return YV(R,W,$.shape.length,D,q,A.shape.length,a,c,z),t.disposeData($.dataId),t.disposeData(A.dataId),U.shape=w,U}var YV,JV,ZV=I(()=>{v();ba();JV={kernelName:_o,backendName:"wasm",setupFunc:Cae,kernelFunc:Sae}});var Pc=I(()=>{Bi();Bi();Bi();Bi();Bi();Bi();Bi();});function Pn(r){let{inputs:{x:e},attrs:{begin:t,size:n},backend:o}=r,[s,a]=gt.parseSliceParams(e,t,n),c=gt.isSliceContinous(e.shape,s,a),u=o.readSync(e.dataId),i=o.makeOutput(a,e.dtype),l=b.computeStrides(e.shape),p=o.dataIdMap.get(i.dataId);if(c){let d=gt.computeFlatOffset(s,l);return e.dtype==="string"?p.stringBytes=u.slice(d,d+b.sizeFromShape(a)):o.typedArrayFromHeap(i).set(u.subarray(d,d+b.sizeFromShape(a))),i}if(e.dtype==="string"){let d=Hu(u,s,a,e.shape,e.dtype);return p.stringBytes=d,i}let m=o.typedArrayFromHeap(i),f=e.shape.length;if(f===2)kae(u,l[0],m,s,a);else if(f===3)_ae(u,l[0],l[1],m,s,a);else if(f===4)Tae(u,l[0],l[1],l[2],m,s,a);else{let d=Hu(u,s,a,e.shape,e.dtype);m.set(d)}return i}function kae(r,e,t,n,o){let s=0,a=n[0],c=n[1],u=a+o[0];for(let i=a;i<u;i++){let l=i*e+c;t.set(r.subarray(l,l+o[1]),s),s+=o[1]}}function _ae(r,e,t,n,o,s){let a=0,c=o[0],u=o[1],i=o[2],l=c+s[0],p=u+s[1];for(let m=c;m<l;m++)for(let f=u;f<p;f++){let d=m*e+f*t+i;n.set(r.subarray(d,d+s[2]),a),a+=s[2]}}function Tae(r,e,t,n,o,s,a){let c=0,u=s[0],i=s[1],l=s[2],p=u+a[0],m=i+a[1],f=l+a[2],d=s[3];for(let h=u;h<p;h++)for(let g=i;g<m;g++)for(let x=l;x<f;x++){let y=h*e+g*t+x*n+d;o.set(r.subarray(y,y+a[3]),c),c+=a[3]}}var QV,ll=I(()=>{v();Pc();QV={kernelName:ni,backendName:"wasm",kernelFunc:Pn}});function Nae(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{blockShape:s,crops:a}=n,c=s.reduce((x,y)=>x*y),u=S.getReshaped(o.shape,s,c),i=S.getPermuted(u.length,s.length),l=S.getReshapedPermuted(o.shape,s,c),p=S.getSliceBeginCoords(a,s.length),m=S.getSliceSize(l,a,s.length),f=Vt({inputs:{x:o},backend:t,attrs:{shape:u}}),d=bn({inputs:{x:f},backend:t,attrs:{perm:i}}),h=Vt({inputs:{x:d},backend:t,attrs:{shape:l}}),g=Pn({inputs:{x:h},backend:t,attrs:{begin:p,size:m}});return t.disposeData(f.dataId),t.disposeData(d.dataId),t.disposeData(h.dataId),g}var eW,tW=I(()=>{v();ba();ll();ul();eW={kernelName:Ra,backendName:"wasm",kernelFunc:Nae}});function Eae(r){rW=r.wasm.cwrap(To,null,["number","number","boolean","number","number","number"])}function $ae(r){let{backend:e,inputs:t,attrs:n}=r,{x:o,weights:s}=t,{size:a}=n,c=s.shape.reduce((p,m)=>p*m,1)!==0,u=o.shape.length===1?[a]:[o.shape[0],a],i=e.makeOutput(u,s.dtype);function l(p){return e.dataIdMap.get(p.dataId).id}return rW(l(o),a,c,l(s),ve[s.dtype],l(i)),i}var rW,nW,oW=I(()=>{v();ot();nW={kernelName:To,backendName:"wasm",setupFunc:Eae,kernelFunc:$ae}});var Aae,sW,aW=I(()=>{v();zt();Aae=!0,sW=Ke(No,Aae)});function Rae(r){let{inputs:e,backend:t}=r,{s0:n,s1:o}=e,s=t.typedArrayFromHeap(n),a=t.typedArrayFromHeap(o),c=S.assertAndGetBroadcastShape(Array.from(s),Array.from(a));return t.makeOutput([c.length],"int32",void 0,new Int32Array(c))}var iW,cW=I(()=>{v();iW={kernelName:Da,backendName:"wasm",kernelFunc:Rae}});function zr(r){let{inputs:{x:e},attrs:{dtype:t},backend:n}=r,o=n.makeOutput(e.shape,t),s=n.typedArrayFromHeap(e);return n.typedArrayFromHeap(o).set(s),o}var uW,Hi=I(()=>{v();uW={kernelName:Wn,backendName:"wasm",kernelFunc:zr}});var lW,pW=I(()=>{v();tt();lW=he(Eo)});function Dae(r){mW=r.wasm.cwrap(Un,null,["number","number","number","number"])}function Fae(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{clipValueMin:s,clipValueMax:a}=n,c=t.dataIdMap.get(o.dataId).id,u=t.makeOutput(o.shape,o.dtype),i=t.dataIdMap.get(u.dataId).id;return mW(c,s,a,i),u}var mW,fW,dW=I(()=>{v();fW={kernelName:Un,backendName:"wasm",setupFunc:Dae,kernelFunc:Fae}});function IS(r){let{inputs:e,backend:t}=r,n=b.parseAxisParam(r.attrs.axis,e[0].shape)[0],o=e.map(f=>f.shape);S.assertParamsConsistent(o,n);let s=S.computeOutShape(e.map(f=>f.shape),n),a=e.filter(f=>b.sizeFromShape(f.shape)>0);if(a.length===1)return cl({inputs:{x:a[0]},backend:t});let c=t.makeOutput(s,e[0].dtype);if(b.sizeFromShape(s)===0)return c;if(a[0].dtype==="string"){let f=a.map(w=>{let T=[-1,b.sizeFromShape(w.shape.slice(n))];return Vt({inputs:{x:w},backend:t,attrs:{shape:T}})}),d=f.map(w=>({vals:t.readSync(w.dataId),shape:w.shape}));s=S.computeOutShape(f.map(w=>w.shape),1);let h=f[0].shape[0]===1,g=Wu(d,s,e[0].dtype,h),x=S.computeOutShape(a.map(w=>w.shape),n);c.shape=x;let y=t.dataIdMap.get(c.dataId);return y.stringBytes=S.fromStringArrayToUint8(g),f.forEach(w=>t.disposeData(w.dataId)),c}let u=b.sizeFromShape(a[0].shape.slice(0,n)),i=0,l=a.map(f=>{let d=b.sizeFromShape(f.shape.slice(n));return i+=d,d}),p=a.map(f=>t.typedArrayFromHeap(f)),m=t.typedArrayFromHeap(c);for(let f=0;f<u;f++){let d=f*i;for(let h=0;h<p.length;h++){let g=l[h],x=f*g,y=p[h].subarray(x,x+g);m.set(y,d),d+=g}}return c}var hW,CS=I(()=>{v();Pc();cf();ba();hW={kernelName:Fa,backendName:"wasm",kernelFunc:IS}});function Mae(r){gW=r.wasm.cwrap($o,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Pae(r){let{inputs:e,attrs:t,backend:n}=r,{x:o,filter:s}=e,a=n.dataIdMap.get(o.dataId).id,c=n.dataIdMap.get(s.dataId).id,{strides:u,dilations:i,pad:l,dimRoundingMode:p,dataFormat:m}=t,f=S.convertConv2DDataFormat(m),d=S.computeConv2DInfo(o.shape,s.shape,u,i,l,p,!1,f),h=d.filterHeight,g=d.filterWidth,x=d.padInfo.top,y=d.padInfo.right,w=d.padInfo.bottom,C=d.padInfo.left,T=d.dilationHeight,$=d.dilationWidth,A=d.strideHeight,R=d.strideWidth,D=d.inChannels,F=d.outChannels,B=d.padInfo.type==="SAME"?1:0;if(d.dataFormat!=="channelsLast")throw new Error(`wasm backend Conv2D does not support dataFormat:'${d.dataFormat}'. Please use 'channelsLast'.`);let V=n.makeOutput(d.outShape,"float32"),U=n.dataIdMap.get(V.dataId).id;return gW(a,o.shape[0],o.shape[1],o.shape[2],c,h,g,x,y,w,C,B,T,$,A,R,D,F,U),V}var gW,xW,bW=I(()=>{v();xW={kernelName:$o,backendName:"wasm",setupFunc:Mae,kernelFunc:Pae}});function Oae(r){yW=r.wasm.cwrap(Ao,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Bae(r){let{backend:e,inputs:t,attrs:n}=r,{dy:o,filter:s}=t,{strides:a,pad:c,dataFormat:u,dimRoundingMode:i,inputShape:l}=n,p=1,m=S.convertConv2DDataFormat(u),f=S.computeConv2DInfo(l,s.shape,a,p,c,i,!1,m),{batchSize:d,filterHeight:h,filterWidth:g,inChannels:x,inHeight:y,inWidth:w,outChannels:C,outHeight:T,outWidth:$,strideHeight:A,strideWidth:R}=f,D=h-1-f.padInfo.top,F=g-1-f.padInfo.left,B=f.dataFormat==="channelsLast",V=b.computeStrides(f.inShape),U=b.computeStrides(o.shape),[z,W,q]=b.computeStrides(s.shape),j=V[0],Y=B?V[1]:V[2],Q=B?V[2]:1,re=B?1:V[1],ae=U[0],ie=B?U[1]:U[2],oe=B?U[2]:1,se=B?1:U[1],ue=e.makeOutput(f.inShape,"float32"),pe=e.dataIdMap.get(ue.dataId).id,ye=e.dataIdMap.get(o.dataId).id,Te=e.dataIdMap.get(s.dataId).id;return yW(ye,Te,d,h,g,y,w,x,T,$,C,A,R,D,F,z,W,q,j,Y,Q,re,ae,ie,oe,se,pe),ue}var yW,wW,vW=I(()=>{v();wW={kernelName:Ao,backendName:"wasm",setupFunc:Oae,kernelFunc:Bae}});function Lae(r){IW=r.wasm.cwrap(Ro,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Vae(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,filter:s}=e,{strides:a,pad:c,dilations:u}=n;if(o.dtype!=="float32")throw new Error(`Tensor x must have dtype float32, got ${o.dtype}`);if(s.dtype!=="float32")throw new Error(`Tensor filter must have dtype float32, got ${s.dtype}`);let i=S.computeConv3DInfo(o.shape,s.shape,a,u,c),l=t.makeOutput(i.outShape,o.dtype);return IW(t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(l.dataId).id,i.batchSize,i.inDepth,i.inHeight,i.inWidth,i.inChannels,i.outDepth,i.outHeight,i.outWidth,i.outChannels,i.strideDepth,i.strideHeight,i.strideWidth,i.dilationDepth,i.dilationHeight,i.dilationWidth,i.filterDepth,i.filterHeight,i.filterWidth,i.padInfo.front,i.padInfo.top,i.padInfo.left),l}var IW,CW,SW=I(()=>{v();CW={kernelName:Ro,backendName:"wasm",setupFunc:Lae,kernelFunc:Vae}});function Wae(r){kW=r.wasm.cwrap(Ji,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Uae(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,dy:s}=e,{strides:a,pad:c,filterShape:u}=n;if(o.dtype!=="float32")throw new Error(`Tensor dy must have dtype float32, got ${o.dtype}`);if(s.dtype!=="float32")throw new Error(`Tensor filter must have dtype float32, got ${s.dtype}`);let i=S.computeConv3DInfo(o.shape,u,a,1,c),l=t.makeOutput(i.filterShape,s.dtype);return kW(t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(l.dataId).id,i.batchSize,i.inDepth,i.inHeight,i.inWidth,i.inChannels,i.outDepth,i.outHeight,i.outWidth,i.outChannels,i.strideDepth,i.strideHeight,i.strideWidth,i.dilationDepth,i.dilationHeight,i.dilationWidth,i.filterDepth,i.filterHeight,i.filterWidth,i.padInfo.front,i.padInfo.top,i.padInfo.left),l}var kW,_W,TW=I(()=>{v();_W={kernelName:Ji,backendName:"wasm",setupFunc:Wae,kernelFunc:Uae}});function Gae(r){NW=r.wasm.cwrap(Do,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function zae(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,filter:s}=e,{pad:a,strides:c,inputShape:u}=n;if(o.dtype!=="float32")throw new Error(`Tensor dy must have dtype float32, got ${o.dtype}`);if(s.dtype!=="float32")throw new Error(`Tensor filter must have dtype float32, got ${s.dtype}`);let i=S.computeConv3DInfo(u,s.shape,c,1,a),l=t.makeOutput(i.inShape,o.dtype);return NW(t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(l.dataId).id,i.batchSize,i.inDepth,i.inHeight,i.inWidth,i.inChannels,i.outDepth,i.outHeight,i.outWidth,i.outChannels,i.strideDepth,i.strideHeight,i.strideWidth,i.dilationDepth,i.dilationHeight,i.dilationWidth,i.filterDepth,i.filterHeight,i.filterWidth,i.padInfo.front,i.padInfo.top,i.padInfo.left),l}var NW,EW,$W=I(()=>{v();EW={kernelName:Do,backendName:"wasm",setupFunc:Gae,kernelFunc:zae}});var AW,RW=I(()=>{v();tt();AW=he("Cos")});var DW,FW=I(()=>{v();tt();DW=he(Fo)});function Hae(r){MW=r.wasm.cwrap(Oo,null,["number","number","number","number","array","number","number","number","number","number"])}function Kae(r){let{backend:e,inputs:t,attrs:n}=r,{method:o,extrapolationValue:s,cropSize:a}=n,{image:c,boxes:u,boxInd:i}=t,l=u.shape[0],[p,m]=a,f=[l,p,m,c.shape[3]],d=e.dataIdMap.get(c.dataId),h;c.dtype!=="float32"&&(h=zr({backend:e,inputs:{x:c},attrs:{dtype:"float32"}}),d=e.dataIdMap.get(h.dataId));let g=d.id,x=e.dataIdMap.get(u.dataId).id,y=e.dataIdMap.get(i.dataId).id,w=e.makeOutput(f,"float32"),C=e.dataIdMap.get(w.dataId).id,T=new Uint8Array(new Int32Array(c.shape).buffer);return MW(g,x,y,l,T,p,m,SS[o],s,C),h!=null&&e.disposeData(h.dataId),w}var SS,MW,PW,OW=I(()=>{v();Hi();(function(r){r[r.bilinear=0]="bilinear",r[r.nearest=1]="nearest"})(SS||(SS={}));PW={kernelName:Oo,backendName:"wasm",setupFunc:Hae,kernelFunc:Kae}});function qae(r){BW=r.wasm.cwrap(Mo,null,["number","number","number","number","number","number"])}function jae(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,exclusive:a,reverse:c}=n,u=o.shape.length;b.assert(o.dtype==="float32"||o.dtype==="int32",()=>`cumprod does not support ${o.dtype} tensors in the WASM backend`);let i=S.getAxesPermutation([s],u),l=o;i!==null&&(l=bn({inputs:{x:o},attrs:{perm:i},backend:t}));let p=S.getInnerMostAxes(1,u)[0];S.assertAxesAreInnerMostDims("cumprod",[p],u);let m=t.makeOutput(l.shape,l.dtype),f=l.shape[p],d=t.dataIdMap.get(l.dataId).id,h=t.dataIdMap.get(m.dataId).id;BW(d,a?1:0,c?1:0,f,h,ve[o.dtype]);let g=m;if(i!==null){let x=S.getUndoAxesPermutation(i);g=bn({inputs:{x:m},attrs:{perm:x},backend:t}),t.disposeData(l.dataId),t.disposeData(m.dataId)}return g}var BW,LW,VW=I(()=>{v();ot();ul();LW={kernelName:Mo,backendName:"wasm",setupFunc:qae,kernelFunc:jae}});function Xae(r){WW=r.wasm.cwrap(Po,null,["number","number","number","number","number","number"])}function Yae(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,exclusive:a,reverse:c}=n,u=o.shape.length;b.assert(o.dtype==="float32"||o.dtype==="int32",()=>`cumsum does not support ${o.dtype} tensors in the WASM backend`);let i=S.getAxesPermutation([s],u),l=o;i!==null&&(l=bn({inputs:{x:o},attrs:{perm:i},backend:t}));let p=S.getInnerMostAxes(1,u)[0];S.assertAxesAreInnerMostDims("cumsum",[p],u);let m=t.makeOutput(l.shape,l.dtype),f=l.shape[p],d=t.dataIdMap.get(l.dataId).id,h=t.dataIdMap.get(m.dataId).id;WW(d,a?1:0,c?1:0,f,h,ve[o.dtype]);let g=m;if(i!==null){let x=S.getUndoAxesPermutation(i);g=bn({inputs:{x:m},attrs:{perm:x},backend:t}),t.disposeData(l.dataId),t.disposeData(m.dataId)}return g}var WW,UW,GW=I(()=>{v();ot();ul();UW={kernelName:Po,backendName:"wasm",setupFunc:Xae,kernelFunc:Yae}});function Jae(r){zW=r.wasm.cwrap("DenseBincount",null,["number","array","number","number","boolean","number","number","boolean","number"])}function Zae(r){let{backend:e,inputs:t,attrs:n}=r,{x:o,weights:s}=t,{size:a,binaryOutput:c}=n,u=s.shape.reduce((m,f)=>m*f,1)!==0,i=o.shape.length===1?[a]:[o.shape[0],a],l=e.makeOutput(i,s.dtype);function p(m){return e.dataIdMap.get(m.dataId).id}return zW(p(o),new Uint8Array(new Int32Array(o.shape).buffer),o.shape.length,a,u,p(s),ve[s.dtype],c,p(l)),l}var zW,HW,KW=I(()=>{v();ot();HW={kernelName:Pa,backendName:"wasm",setupFunc:Jae,kernelFunc:Zae}});function Qae(r){qW=r.wasm.cwrap(Bo,null,["number","number","number","array","number","array","array","number","number"])}function eie(r){let{backend:e,inputs:t,attrs:n}=r,{x:o}=t,{blockSize:s,dataFormat:a}=n,c=o.shape[0],u=a==="NHWC"?o.shape[1]:o.shape[2],i=a==="NHWC"?o.shape[2]:o.shape[3],l=a==="NHWC"?o.shape[3]:o.shape[1],p=u*s,m=i*s,f=l/(s*s),d=a==="NHWC"?[c,p,m,f]:[c,f,p,m],h=e.makeOutput(d,"float32"),x=e.dataIdMap.get(o.dataId).id,y=new Uint8Array(new Int32Array(b.computeStrides(o.shape)).buffer),w=new Uint8Array(new Int32Array(d).buffer),C=new Uint8Array(new Int32Array(b.computeStrides(d)).buffer),T=e.dataIdMap.get(h.dataId).id;return qW(x,s,a==="NHWC"?1:0,y,o.shape.length-1,w,C,d.length,T),h}var qW,jW,XW=I(()=>{v();jW={kernelName:Bo,backendName:"wasm",setupFunc:Qae,kernelFunc:eie}});function tie(r){YW=r.wasm.cwrap(Lo,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function rie(r){let{inputs:e,attrs:t,backend:n}=r,{x:o,filter:s}=e,a=n.dataIdMap.get(o.dataId).id,c=n.dataIdMap.get(s.dataId).id,{strides:u,dilations:i,pad:l,dimRoundingMode:p}=t,m=i??[1,1],f=S.computeConv2DInfo(o.shape,s.shape,u,m,l,p,!0),d=f.filterHeight,h=f.filterWidth,g=f.padInfo.top,x=f.padInfo.right,y=f.padInfo.bottom,w=f.padInfo.left,C=f.dilationHeight,T=f.dilationWidth,$=f.strideHeight,A=f.strideWidth,R=f.inChannels,D=f.outChannels,F=f.padInfo.type==="SAME"?1:0;if(f.dataFormat!=="channelsLast")throw new Error(`wasm backend DepthwiseConv2dNative does not support dataFormat:'${f.dataFormat}'. Please use 'channelsLast'.`);let B=n.makeOutput(f.outShape,"float32"),V=n.dataIdMap.get(B.dataId).id;return YW(a,o.shape[0],o.shape[1],o.shape[2],c,d,h,g,x,y,w,F,C,T,$,A,R,D,V),B}var YW,JW,ZW=I(()=>{v();JW={kernelName:Lo,backendName:"wasm",setupFunc:tie,kernelFunc:rie}});function nie(r){QW=r.wasm.cwrap("Diag",null,["number","number","number","number"])}function oie(r){let{inputs:e,backend:t}=r,{x:n}=e,o=b.sizeFromShape(n.shape),s=t.makeOutput([...n.shape,...n.shape],n.dtype);return QW(t.dataIdMap.get(n.dataId).id,ve[n.dtype],o,t.dataIdMap.get(s.dataId).id),s}var QW,e4,t4=I(()=>{v();ot();e4={kernelName:Oa,backendName:"wasm",setupFunc:nie,kernelFunc:oie}});function sie(r){r4=r.wasm.cwrap(Vo,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function aie(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,filter:s}=e,{strides:a,pad:c,dilations:u}=n;if(o.dtype!==s.dtype)throw new Error(`Dilation2D error: x must have the same dtype as filter. Got ${o.dtype} and ${s.dtype}`);let i=S.computeDilation2DInfo(o.shape,s.shape,a,c,"NHWC",u),l=t.makeOutput(i.outShape,o.dtype);return r4(t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(l.dataId).id,ve[o.dtype],i.batchSize,i.inChannels,i.inHeight,i.inWidth,i.outHeight,i.outWidth,i.strideHeight,i.strideWidth,i.dilationHeight,i.dilationWidth,i.filterHeight,i.filterWidth,i.padInfo.top,i.padInfo.left),l}var r4,n4,o4=I(()=>{v();ot();n4={kernelName:Vo,backendName:"wasm",setupFunc:sie,kernelFunc:aie}});function iie(r){s4=r.wasm.cwrap(Zc,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function cie(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,filter:s,dy:a}=e,{strides:c,pad:u,dilations:i}=n;if(o.dtype!==s.dtype||o.dtype!==a.dtype)throw new Error(`Dilation2DBackpropFilter error: x must have the same dtype as filter and dy. Got ${o.dtype}, ${s.dtype}, and ${a.dtype}`);let l=S.computeDilation2DInfo(o.shape,s.shape,c,u,"NHWC",i),p=t.makeOutput(s.shape,s.dtype);return s4(t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(a.dataId).id,t.dataIdMap.get(p.dataId).id,ve[o.dtype],l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.filterHeight,l.filterWidth,l.padInfo.top,l.padInfo.left),p}var s4,a4,i4=I(()=>{v();ot();a4={kernelName:Zc,backendName:"wasm",setupFunc:iie,kernelFunc:cie}});function uie(r){c4=r.wasm.cwrap(Jc,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function lie(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,filter:s,dy:a}=e,{strides:c,pad:u,dilations:i}=n;if(o.dtype!==s.dtype||o.dtype!==a.dtype)throw new Error(`Dilation2DBackpropInput error: x must have the same dtype as filter and dy. Got ${o.dtype}, ${s.dtype}, and ${a.dtype}`);let l=S.computeDilation2DInfo(o.shape,s.shape,c,u,"NHWC",i),p=t.makeOutput(o.shape,o.dtype);return c4(t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(a.dataId).id,t.dataIdMap.get(p.dataId).id,ve[o.dtype],l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.filterHeight,l.filterWidth,l.padInfo.top,l.padInfo.left),p}var c4,u4,l4=I(()=>{v();ot();u4={kernelName:Jc,backendName:"wasm",setupFunc:uie,kernelFunc:lie}});var p4,m4=I(()=>{v();tt();p4=he("Elu")});function pie(r){f4=r.wasm.cwrap(Zi,null,["number","number","number"])}function mie(r){let{inputs:e,backend:t}=r,{dy:n,y:o}=e,s=t.makeOutput(o.shape,"float32"),a=c=>t.dataIdMap.get(c.dataId).id;return f4(a(o),a(n),a(s)),s}var f4,d4,h4=I(()=>{v();d4={kernelName:Zi,backendName:"wasm",setupFunc:pie,kernelFunc:mie}});var fie,g4,x4=I(()=>{v();zt();fie=!1,g4=Ke(Uo,fie,"bool")});var b4,y4=I(()=>{v();tt();b4=he("Erf")});var w4,v4=I(()=>{v();tt();w4=he("Exp","float32")});function Xx(r){let{inputs:e,attrs:t,backend:n}=r,{input:o}=e,{dim:s}=t,a=o.shape.length,c=o.shape.slice(),u=s;return s<0&&(b.assert(-(a+1)<=s,()=>`Axis must be in the interval [${-(a+1)}, ${a}]`),u=a+s+1),c.splice(u,0,1),Vt({inputs:{x:o},backend:n,attrs:{shape:c}})}var I4,kS=I(()=>{v();ba();I4={kernelName:Wa,backendName:"wasm",kernelFunc:Xx}});var C4,S4=I(()=>{v();tt();C4=he(Go,"float32")});function _S(r){let{attrs:{shape:e,value:t},backend:n}=r,{attrs:{dtype:o}}=r;o=o||b.inferDtype(t);let s=n.makeOutput(e,o);return n.typedArrayFromHeap(s).fill(t),s}var k4,TS=I(()=>{v();v();k4={kernelName:Ua,backendName:"wasm",kernelFunc:_S}});function die(r){_4=r.wasm.cwrap(zo,null,["number","number","number","number","number","number"])}function hie(r){let{inputs:e,backend:t}=r,{image:n}=e,o=t.makeOutput(n.shape,n.dtype),s=t.dataIdMap.get(n.dataId).id,a=t.dataIdMap.get(o.dataId).id,[c,u,i,l]=n.shape;return _4(s,c,u,i,l,a),o}var _4,T4,N4=I(()=>{v();T4={kernelName:zo,backendName:"wasm",kernelFunc:hie,setupFunc:die}});var E4,$4=I(()=>{v();tt();E4=he(Ho)});var gie,A4,R4=I(()=>{v();zt();gie=!1,A4=Ke(Ko,gie)});function xie(r){D4=r.wasm.cwrap(qo,null,["number","number","number","number","number","number","number"])}function bie(r){let{backend:e,inputs:t,attrs:n}=r,{varianceEpsilon:o}=n,{x:s,mean:a,variance:c,offset:u,scale:i}=t,l=e.dataIdMap.get(s.dataId).id,p=e.dataIdMap.get(a.dataId).id,m=e.dataIdMap.get(c.dataId).id,f=u!=null?e.dataIdMap.get(u.dataId).id:0,d=i!=null?e.dataIdMap.get(i.dataId).id:0,h=e.makeOutput(s.shape,s.dtype);if(b.sizeFromShape(s.shape)===0)return h;let g=e.dataIdMap.get(h.dataId).id;return D4(l,p,m,f,d,o,g),h}var D4,F4,M4=I(()=>{v();F4={kernelName:qo,backendName:"wasm",setupFunc:xie,kernelFunc:bie}});function yie(r){P4=r.wasm.cwrap(Kn,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function wie(r){let{inputs:e,attrs:t,backend:n}=r,{x:o,filter:s,bias:a,preluActivationWeights:c}=e,{strides:u,pad:i,dilations:l,dataFormat:p,dimRoundingMode:m,activation:f,leakyreluAlpha:d}=t,h=S.computeConv2DInfo(o.shape,s.shape,u,l,i,m),g=Mc[f];if(g==null)throw new Error(`${f} activation not yet supported for FusedConv2D in the wasm backend.`);let x=n.dataIdMap.get(o.dataId).id,y=n.dataIdMap.get(s.dataId).id,w=h.outChannels,C=0;if(a!=null){let oe=n.dataIdMap.get(a.dataId);if(oe.shape.length!==1)throw new Error(`FusedConv2D only supports rank-1 bias but got rank ${oe.shape.length}.`);if(oe.shape[0]!==w)throw new Error(`FusedConv2D bias shape (${oe.shape}) does not match the number of output channels (${w})`);C=oe.id}let T=h.filterHeight,$=h.filterWidth,A=h.padInfo.top,R=h.padInfo.right,D=h.padInfo.bottom,F=h.padInfo.left,B=h.dilationHeight,V=h.dilationWidth,U=h.strideHeight,z=h.strideWidth,W=h.inChannels,q=h.padInfo.type==="SAME"?1:0,j=h.batchSize,Y=h.inHeight,Q=h.inWidth;if(p!=="NHWC")throw new Error(`wasm backend FusedConv2D does not support dataFormat:'${p}'. Please use 'NHWC'.`);let re=n.makeOutput(h.outShape,"float32"),ae=n.dataIdMap.get(re.dataId).id,ie=c==null?0:n.dataIdMap.get(c.dataId).id;return P4(x,j,Y,Q,y,T,$,C,A,R,D,F,q,B,V,U,z,W,w,g,ie,d||0,ae),re}var P4,O4,B4=I(()=>{v();ot();O4={kernelName:Kn,backendName:"wasm",setupFunc:yie,kernelFunc:wie}});function vie(r){L4=r.wasm.cwrap(qn,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Iie(r){let{inputs:e,attrs:t,backend:n}=r,{x:o,filter:s,bias:a,preluActivationWeights:c}=e,{strides:u,pad:i,dilations:l,dataFormat:p,dimRoundingMode:m,activation:f,leakyreluAlpha:d}=t,h=S.computeConv2DInfo(o.shape,s.shape,u,l,i,m,!0),g=Mc[f];if(g==null)throw new Error(`${f} activation not yet supported for FusedDepthwiseConv2D in the wasm backend.`);let x=n.dataIdMap.get(o.dataId).id,y=n.dataIdMap.get(s.dataId).id,w=h.outChannels,C=0;if(a!=null){let oe=n.dataIdMap.get(a.dataId);if(oe.shape.length!==1)throw new Error(`FusedDepthwiseConv2D only supports rank-1 bias but got rank ${oe.shape.length}.`);if(oe.shape[0]!==w)throw new Error(`FusedDepthwiseConv2D bias shape (${oe.shape}) does not match the number of output channels (${w})`);C=oe.id}let T=h.filterHeight,$=h.filterWidth,A=h.padInfo.top,R=h.padInfo.right,D=h.padInfo.bottom,F=h.padInfo.left,B=h.dilationHeight,V=h.dilationWidth,U=h.strideHeight,z=h.strideWidth,W=h.inChannels,q=h.padInfo.type==="SAME"?1:0,j=h.batchSize,Y=h.inHeight,Q=h.inWidth;if(p!=="NHWC")throw new Error(`wasm backend FusedDepthwiseConv2D does not support dataFormat:'${p}'. Please use 'NHWC'.`);let re=n.makeOutput(h.outShape,"float32"),ae=n.dataIdMap.get(re.dataId).id,ie=c==null?0:n.dataIdMap.get(c.dataId).id;return L4(x,j,Y,Q,y,T,$,C,A,R,D,F,q,B,V,U,z,W,w,g,ie,d||0,ae),re}var L4,V4,W4=I(()=>{v();ot();V4={kernelName:qn,backendName:"wasm",setupFunc:vie,kernelFunc:Iie}});function Cie(r){U4=r.wasm.cwrap(jo,null,["number","number","number","number","number","number","array","number"])}function Sie(r){let{backend:e,inputs:t}=r,{params:n,indices:o}=t,[s,a,c,u]=$m.prepareAndValidate(n,o),i=e.makeOutput(s,n.dtype);if(a===0)return i;let l=o.shape,p=l[l.length-1],f=e.dataIdMap.get(n.dataId).id,h=e.dataIdMap.get(o.dataId).id,g=new Uint8Array(new Int32Array(u).buffer),x=e.dataIdMap.get(i.dataId).id;return U4(f,ve[n.dtype],h,a,p,c,g,x),i}var U4,G4,z4=I(()=>{v();ot();G4={kernelName:jo,backendName:"wasm",setupFunc:Cie,kernelFunc:Sie}});function kie(r){H4=r.wasm.cwrap("Gather",null,["number","number","array","number","number","number","array","number"])}function _ie(r){let{backend:e,inputs:t,attrs:n}=r,{x:o,indices:s}=t,{axis:a,batchDims:c}=n,u=b.parseAxisParam(a,o.shape)[0],i=e.readSync(s.dataId),l=o.shape[u];for(let D=0;D<i.length;++D){let F=i[D];b.assert(F<=l-1&&F>=0,()=>`GatherV2: the index value ${F} is not in [0, ${l-1}]`)}let p=S.segment_util.collectGatherOpShapeInfo(o,s,u,c),m=Vt({inputs:{x:o},attrs:{shape:[p.batchSize,p.outerSize,p.dimSize,p.sliceSize]},backend:e}),f=b.sizeFromShape(s.shape),d=Vt({inputs:{x:s},attrs:{shape:[p.batchSize,f/p.batchSize]},backend:e}),h=[p.batchSize,p.outerSize,f/p.batchSize,p.sliceSize],g=e.makeOutput(h,o.dtype);if(b.sizeFromShape(o.shape)===0)return g;let x=m.shape.length-1,w=e.dataIdMap.get(m.dataId).id,T=e.dataIdMap.get(d.dataId).id,$=e.dataIdMap.get(g.dataId).id,A=new Uint8Array(new Int32Array(b.computeStrides(m.shape)).buffer),R=new Uint8Array(new Int32Array(b.computeStrides(h)).buffer);return H4(w,ve[o.dtype],A,x,T,p.batchSize,R,$),e.disposeData(m.dataId),e.disposeData(d.dataId),g.shape=p.outputShape,g}var H4,K4,q4=I(()=>{v();ba();ot();K4={kernelName:Ga,backendName:"wasm",setupFunc:kie,kernelFunc:_ie}});var Tie,j4,X4=I(()=>{v();zt();Tie=!1,j4=Ke(Xo,Tie,"bool")});var Nie,Y4,J4=I(()=>{v();zt();Nie=!1,Y4=Ke(Yo,Nie,"bool")});var Z4,Q4=I(()=>{v();tt();Z4=he(Jo,"bool")});var eU,tU=I(()=>{v();tt();eU=he(Zo,"bool")});var rU,nU=I(()=>{v();tt();rU=he(Qo,"bool")});function Eie(r){oU=r.wasm.cwrap(es,null,["number","number","number","number"])}function $ie(r){let{inputs:{x:e},attrs:{alpha:t},backend:n}=r,o=n.dataIdMap.get(e.dataId).id,s=n.makeOutput(e.shape,"float32");if(b.sizeFromShape(e.shape)!==0){let a=n.dataIdMap.get(s.dataId).id;oU(o,ve[e.dtype],t,a)}return s}var oU,sU,aU=I(()=>{v();ot();sU={kernelName:es,backendName:"wasm",setupFunc:Eie,kernelFunc:$ie}});var Aie,iU,cU=I(()=>{v();zt();Aie=!1,iU=Ke(ts,Aie,"bool")});var Rie,uU,lU=I(()=>{v();zt();Rie=!1,uU=Ke(rs,Rie,"bool")});function Die(r){pU=r.wasm.cwrap(ns,null,["number","number","number","number"])}function Fie(r){let{attrs:e,backend:t}=r,{start:n,stop:o,num:s}=e,a=Math.floor(s),c=t.makeOutput([a],"float32");return pU(t.dataIdMap.get(c.dataId).id,n,o,a),c}var pU,mU,fU=I(()=>{v();mU={kernelName:ns,backendName:"wasm",setupFunc:Die,kernelFunc:Fie}});var dU,hU=I(()=>{v();tt();dU=he("Log")});var gU,xU=I(()=>{v();tt();gU=he(os)});var Mie,bU,yU=I(()=>{v();zt();Mie=!1,bU=Ke(ss,Mie,"bool")});var wU,vU=I(()=>{v();tt();wU=he(as)});var Pie,IU,CU=I(()=>{v();zt();Pie=!1,IU=Ke(is,Pie,"bool")});var Oie,SU,kU=I(()=>{v();zt();Oie=!1,SU=Ke(jw,Oie,"bool")});function Bie(r){_U=r.wasm.cwrap("LRN",null,["number","number","number","number","number","number","number"])}function Lie(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{depthRadius:s,bias:a,alpha:c,beta:u}=n;if(o.dtype!=="float32")throw new Error("LRN error: x must have dtype float32");let i=t.makeOutput(o.shape,o.dtype);return _U(t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(i.dataId).id,o.shape[3],s,a,c,u),i}var _U,TU,NU=I(()=>{v();TU={kernelName:"LRN",backendName:"wasm",setupFunc:Bie,kernelFunc:Lie}});function Vie(r){EU=r.wasm.cwrap(Qi,null,["number","number","number","number","number","number","number","number","number"])}function Wie(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,y:s,dy:a}=e,{depthRadius:c,bias:u,alpha:i,beta:l}=n;if(o.dtype!=="float32"||s.dtype!=="float32"||a.dtype!=="float32")throw new Error("LRNGrad error: x, y, and dy must have dtype float32");let p=t.makeOutput(o.shape,o.dtype);return EU(t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(a.dataId).id,t.dataIdMap.get(p.dataId).id,a.shape[3],c,u,i,l),p}var EU,$U,AU=I(()=>{v();$U={kernelName:Qi,backendName:"wasm",setupFunc:Vie,kernelFunc:Wie}});function Uie(r){RU=r.wasm.cwrap("Max",null,["number","number","number","number"])}function Gie(r){let{backend:e,inputs:t,attrs:n}=r,{reductionIndices:o,keepDims:s}=n,{x:a}=t,u=e.dataIdMap.get(a.dataId).id,i=a,{transposed:l,axes:p,originalAxes:m,inputWasTransposed:f}=Dr(a,o,e);if(f){let w=e.dataIdMap.get(l.dataId).id;i=l,u=w}let d=i.shape.length;S.assertAxesAreInnerMostDims("max",p,d);let[h,g]=S.computeOutAndReduceShapes(i.shape,p),x=b.sizeFromShape(g),y=e.makeOutput(h,a.dtype);if(b.sizeFromShape(i.shape)!==0){let w=e.dataIdMap.get(y.dataId).id;RU(u,ve[a.dtype],x,w)}if(f&&e.disposeData(l.dataId),s){let w=S.expandShapeToKeepDim(y.shape,m);y.shape=w}return y}var RU,DU,FU=I(()=>{v();zi();ot();DU={kernelName:"Max",backendName:"wasm",setupFunc:Uie,kernelFunc:Gie}});var zie,MU,PU=I(()=>{v();zt();zie=!1,MU=Ke(cs,zie)});function Hie(r){OU=r.wasm.cwrap(us,null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Kie(r){let{inputs:e,attrs:t,backend:n}=r,o=e.x,s=n.dataIdMap.get(o.dataId).id;b.assert(o.dtype==="float32",()=>`Error in MaxPool: only float32 input is supported. Got ${o.dtype}.`);let{filterSize:a,strides:c,pad:u,dimRoundingMode:i}=t,l=S.computePool2DInfo(o.shape,a,c,1,u,i),p=l.filterHeight,m=l.filterWidth,f=l.padInfo.top,d=l.padInfo.right,h=l.padInfo.bottom,g=l.padInfo.left,x=l.dilationHeight,y=l.dilationWidth,w=l.strideHeight,C=l.strideWidth,T=l.inChannels,$=l.outChannels;if(l.dataFormat!=="channelsLast")throw new Error(`wasm backend does not support dataFormat:'${l.dataFormat}'. Please use 'channelsLast'.`);let A=n.makeOutput(l.outShape,"float32"),R=n.dataIdMap.get(A.dataId).id;return OU(s,o.shape[0],o.shape[1],o.shape[2],p,m,f,d,h,g,x,y,w,C,T,$,R),A}var OU,BU,LU=I(()=>{v();BU={kernelName:us,backendName:"wasm",setupFunc:Hie,kernelFunc:Kie}});function qie(r){VU=r.wasm.cwrap("MaxPool3D",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function jie(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{filterSize:s,strides:a,pad:c,dimRoundingMode:u,dataFormat:i}=n,l=S.computePool3DInfo(o.shape,s,a,1,c,u,i),p=t.makeOutput(l.outShape,o.dtype);return VU(t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(p.dataId).id,l.batchSize,l.inChannels,l.inDepth,l.inHeight,l.inWidth,l.outDepth,l.outHeight,l.outWidth,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.effectiveFilterDepth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),p}var VU,WU,UU=I(()=>{v();WU={kernelName:qa,backendName:"wasm",setupFunc:qie,kernelFunc:jie}});function Xie(r){GU=r.wasm.cwrap("MaxPool3DGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Yie(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,input:s}=e,{filterSize:a,strides:c,pad:u,dimRoundingMode:i}=n,l=S.computePool3DInfo(s.shape,a,c,1,u,i),p=t.makeOutput(s.shape,s.dtype);return GU(t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(p.dataId).id,l.batchSize,l.inChannels,l.inDepth,l.inHeight,l.inWidth,l.outDepth,l.outHeight,l.outWidth,l.strideDepth,l.strideHeight,l.strideWidth,l.dilationDepth,l.dilationHeight,l.dilationWidth,l.effectiveFilterDepth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.front,l.padInfo.top,l.padInfo.left),p}var GU,zU,HU=I(()=>{v();zU={kernelName:nu,backendName:"wasm",setupFunc:Xie,kernelFunc:Yie}});function Jie(r){KU=r.wasm.cwrap("MaxPoolGrad",null,["number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function Zie(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,input:s}=e,{filterSize:a,strides:c,pad:u,dimRoundingMode:i}=n,l=S.computePool2DInfo(s.shape,a,c,1,u,i),p=t.makeOutput(s.shape,s.dtype);return KU(t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(p.dataId).id,l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.top,l.padInfo.left),p}var KU,qU,jU=I(()=>{v();qU={kernelName:ru,backendName:"wasm",setupFunc:Jie,kernelFunc:Zie}});function Qie(r){XU=r.wasm.cwrap("MaxPoolWithArgmax",null,["number","number","number","number","boolean","number","number","number","number","number","number","number","number","number","number","number","number","number","number"])}function ece(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{filterSize:s,strides:a,pad:c,includeBatchInIndex:u}=n;b.assert(o.shape.length===4,()=>`Error in maxPool: input must be rank 4 but got rank ${o.shape.length}.`);let i=[1,1];b.assert(S.eitherStridesOrDilationsAreOne(a,i),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${i}'`);let l=S.computePool2DInfo(o.shape,s,a,[1,1],c),p=t.makeOutput(l.outShape,o.dtype),m=t.makeOutput(l.outShape,"int32");return XU(t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(p.dataId).id,t.dataIdMap.get(m.dataId).id,ve[o.dtype],u,l.batchSize,l.inChannels,l.inHeight,l.inWidth,l.outHeight,l.outWidth,l.strideHeight,l.strideWidth,l.dilationHeight,l.dilationWidth,l.effectiveFilterHeight,l.effectiveFilterWidth,l.padInfo.top,l.padInfo.left),[p,m]}var XU,YU,JU=I(()=>{v();ot();YU={kernelName:ja,backendName:"wasm",setupFunc:Qie,kernelFunc:ece}});function tce(r){ZU=r.wasm.cwrap(ls,null,["number, number, number"])}function rce(r){let{backend:e,inputs:t,attrs:n}=r,{axis:o,keepDims:s}=n,{x:a}=t,c=e.dataIdMap.get(a.dataId).id,u=c,i=a,{transposed:l,axes:p,originalAxes:m,inputWasTransposed:f}=Dr(a,o,e),d=p;if(f){let C=e.dataIdMap.get(l.dataId).id;C!==c&&(i=l,u=C,d=S.getInnerMostAxes(d.length,i.shape.length))}S.assertAxesAreInnerMostDims("mean",d,i.shape.length);let[h,g]=S.computeOutAndReduceShapes(i.shape,d),x=b.sizeFromShape(g),y=i;i.dtype!=="float32"&&(y=zr({backend:e,inputs:{x:i},attrs:{dtype:"float32"}}),u=e.dataIdMap.get(y.dataId).id);let w=e.makeOutput(h,"float32");if(b.sizeFromShape(i.shape)!==0){let C=e.dataIdMap.get(w.dataId).id;ZU(u,x,C)}if(f&&e.disposeData(l.dataId),s){let C=S.expandShapeToKeepDim(w.shape,m);w.shape=C}return i.dtype!=="float32"&&e.disposeData(y.dataId),w}var ZU,QU,eG=I(()=>{v();Hi();zi();QU={kernelName:ls,backendName:"wasm",setupFunc:tce,kernelFunc:rce}});function nce(r){tG=r.wasm.cwrap("Min",null,["number","number","number","number"])}function oce(r){let{backend:e,inputs:t,attrs:n}=r,{axis:o,keepDims:s}=n,{x:a}=t,c=e.dataIdMap.get(a.dataId).id,u=c,i=a,{transposed:l,axes:p,originalAxes:m,inputWasTransposed:f}=Dr(a,o,e);if(f){let w=e.dataIdMap.get(l.dataId).id;w!==c&&(i=l,u=w)}let d=i.shape.length;S.assertAxesAreInnerMostDims("min",p,d);let[h,g]=S.computeOutAndReduceShapes(i.shape,p),x=b.sizeFromShape(g),y=e.makeOutput(h,i.dtype);if(b.sizeFromShape(i.shape)!==0){let w=e.dataIdMap.get(y.dataId).id;tG(u,ve[a.dtype],x,w)}if(f&&e.disposeData(l.dataId),s){let w=S.expandShapeToKeepDim(y.shape,m);y.shape=w}return y}var tG,rG,nG=I(()=>{v();zi();ot();rG={kernelName:"Min",backendName:"wasm",setupFunc:nce,kernelFunc:oce}});var sce,oG,sG=I(()=>{v();zt();sce=!1,oG=Ke(ps,sce)});function ace(r){aG=r.wasm.cwrap(ms,null,["number","array","number","number","array","array","number","number"])}function ice(r){let{inputs:{x:e},backend:t,attrs:{paddings:n,mode:o}}=r,s=n.map((d,h)=>d[0]+e.shape[h]+d[1]),a=t.dataIdMap.get(e.dataId).id,c=t.makeOutput(s,e.dtype),u=t.dataIdMap.get(c.dataId).id,i=new Uint8Array(new Int32Array(e.shape).buffer),l=n.map(d=>d[0]),p=n.map(d=>d[1]),m=new Uint8Array(new Int32Array(l).buffer),f=new Uint8Array(new Int32Array(p).buffer);return aG(a,i,e.shape.length,ve[e.dtype],m,f,NS[o],u),c}var NS,aG,iG,cG=I(()=>{v();ot();(function(r){r[r.reflect=0]="reflect",r[r.symmetric=1]="symmetric"})(NS||(NS={}));iG={kernelName:ms,backendName:"wasm",kernelFunc:ice,setupFunc:ace}});function cce(r){uG=r.wasm.cwrap(Vs,null,["number","number","number","number"])}function ES(r){let{backend:e,inputs:{logits:t},attrs:{dim:n}}=r,o=e.dataIdMap.get(t.dataId).id,s=e.makeOutput(t.shape,t.dtype),a=e.dataIdMap.get(s.dataId).id,c=t.shape[n],u=b.sizeFromShape(t.shape)/c;return b.sizeFromShape(s.shape)===0||uG(o,a,c,u),s}var uG,lG,$S=I(()=>{v();lG={kernelName:Vs,backendName:"wasm",setupFunc:cce,kernelFunc:ES}});function uce(r){pG=r.wasm.cwrap(fs,null,["number","number","number","number","number","number"])}function lce(r){let{inputs:e,backend:t,attrs:n}=r,{logits:o}=e,{numSamples:s,seed:a,normalized:c}=n;if(o.dtype!=="float32")throw new Error(`Tensor logits must have dtype float32, got ${o.dtype}`);let u=c?o:ES({inputs:{logits:o},backend:t,attrs:{dim:o.shape.length-1}}),[i,l]=u.shape,p=t.makeOutput([i,s],"int32");return pG(t.dataIdMap.get(u.dataId).id,i,l,s,a,t.dataIdMap.get(p.dataId).id),c||t.disposeData(u.dataId),p}var pG,mG,fG=I(()=>{v();$S();mG={kernelName:fs,backendName:"wasm",setupFunc:uce,kernelFunc:lce}});var dG,hG=I(()=>{v();zt();dG=Ke("Mod",!0)});var pce,gG,xG=I(()=>{v();zt();pce=!0,gG=Ke(ds,pce)});var bG,yG=I(()=>{v();tt();bG=he("Neg")});function Np(r,e){let t=new Int32Array(r.wasm.HEAPU8.buffer,e,4),n=t[0],o=t[1],s=t[2],a=t[3];return r.wasm._free(e),{pSelectedIndices:n,selectedSize:o,pSelectedScores:s,pValidOutputs:a}}var Yx=I(()=>{});function mce(r){wG=r.wasm.cwrap(gs,"number",["number","number","number","number","number"])}function fce(r){let{backend:e,inputs:t,attrs:n}=r,{iouThreshold:o,maxOutputSize:s,scoreThreshold:a}=n,{boxes:c,scores:u}=t,i=e.dataIdMap.get(c.dataId).id,l=e.dataIdMap.get(u.dataId).id,p=wG(i,l,s,o,a),{pSelectedIndices:m,selectedSize:f,pSelectedScores:d,pValidOutputs:h}=Np(e,p);return e.wasm._free(d),e.wasm._free(h),e.makeOutput([f],"int32",m)}var wG,vG,IG=I(()=>{v();Yx();vG={kernelName:gs,backendName:"wasm",setupFunc:mce,kernelFunc:fce}});function dce(r){CG=r.wasm.cwrap(xs,"number",["number","number","number","number","number","bool"])}function hce(r){let{backend:e,inputs:t,attrs:n}=r,{iouThreshold:o,maxOutputSize:s,scoreThreshold:a,padToMaxOutputSize:c}=n,{boxes:u,scores:i}=t,l=e.dataIdMap.get(u.dataId).id,p=e.dataIdMap.get(i.dataId).id,m=CG(l,p,s,o,a,c),{pSelectedIndices:f,selectedSize:d,pSelectedScores:h,pValidOutputs:g}=Np(e,m);e.wasm._free(h);let x=e.makeOutput([d],"int32",f),y=e.makeOutput([],"int32",g);return[x,y]}var CG,SG,kG=I(()=>{v();Yx();SG={kernelName:xs,backendName:"wasm",setupFunc:dce,kernelFunc:hce}});function gce(r){_G=r.wasm.cwrap(bs,"number",["number","number","number","number","number","number"])}function xce(r){let{backend:e,inputs:t,attrs:n}=r,{iouThreshold:o,maxOutputSize:s,scoreThreshold:a,softNmsSigma:c}=n,{boxes:u,scores:i}=t,l=e.dataIdMap.get(u.dataId).id,p=e.dataIdMap.get(i.dataId).id,m=_G(l,p,s,o,a,c),{pSelectedIndices:f,selectedSize:d,pSelectedScores:h,pValidOutputs:g}=Np(e,m);e.wasm._free(g);let x=e.makeOutput([d],"int32",f),y=e.makeOutput([d],"float32",h);return[x,y]}var _G,TG,NG=I(()=>{v();Yx();TG={kernelName:bs,backendName:"wasm",setupFunc:gce,kernelFunc:xce}});var bce,EG,$G=I(()=>{v();zt();bce=!1,EG=Ke(hs,bce,"bool")});function yce(r){AG=r.wasm.cwrap(ys,null,["number","number","number","number","number"])}function wce(r){let{inputs:e,backend:t,attrs:n}=r,{indices:o}=e,{dtype:s,depth:a,onValue:c,offValue:u}=n,i=t.makeOutput([...o.shape,a],s),l=t.dataIdMap.get(i.dataId).id,m=t.dataIdMap.get(o.dataId).id;return AG(m,a,c,u,l),i}var AG,RG,DG=I(()=>{v();RG={kernelName:ys,backendName:"wasm",setupFunc:yce,kernelFunc:wce}});function vce(r){let{inputs:{x:e},backend:t}=r,n=t.makeOutput(e.shape,e.dtype);return t.typedArrayFromHeap(n).fill(1),n}var FG,MG=I(()=>{v();FG={kernelName:Ja,backendName:"wasm",kernelFunc:vce}});function Ice(r){let{inputs:e,backend:t,attrs:n}=r,{axis:o}=n;if(e.length===1)return Xx({inputs:{input:e[0]},backend:t,attrs:{dim:o}});let s=e[0].shape,a=e[0].dtype;e.forEach(l=>{b.assertShapesMatch(s,l.shape,"All tensors passed to stack must have matching shapes"),b.assert(a===l.dtype,()=>"All tensors passed to stack must have matching dtypes")});let c=[],u=e.map(l=>{let p=Xx({inputs:{input:l},backend:t,attrs:{dim:o}});return c.push(p),p}),i=IS({inputs:u,backend:t,attrs:{axis:o}});return c.forEach(l=>t.disposeData(l.dataId)),i}var PG,OG=I(()=>{v();CS();kS();PG={kernelName:Za,backendName:"wasm",kernelFunc:Ice}});function Cce(r){BG=r.wasm.cwrap(ws,null,["number","array","number","number","array","array","number","number"])}function Sce(r){let{inputs:{x:e},backend:t,attrs:{paddings:n,constantValue:o}}=r,s=n.map((h,g)=>h[0]+e.shape[g]+h[1]);if(b.sizeFromShape(e.shape)===0)return _S({backend:t,attrs:{shape:s,value:o,dtype:e.dtype}});let a=t.dataIdMap.get(e.dataId).id,c=t.makeOutput(s,e.dtype),i=t.dataIdMap.get(c.dataId).id,l=new Uint8Array(new Int32Array(e.shape).buffer),p=n.map(h=>h[0]),m=n.map(h=>h[1]),f=new Uint8Array(new Int32Array(p).buffer),d=new Uint8Array(new Int32Array(m).buffer);return BG(a,l,e.shape.length,ve[e.dtype],f,d,o,i),c}var BG,Jx,AS=I(()=>{v();TS();ot();Jx={kernelName:ws,backendName:"wasm",kernelFunc:Sce,setupFunc:Cce}});var kce,LG,VG=I(()=>{v();zt();kce=!1,LG=Ke("Pow",kce)});function _ce(r){WG=r.wasm.cwrap(vs,null,["number","number","number"])}function Tce(r){let{inputs:e,backend:t}=r,{x:n,alpha:o}=e,s=t.dataIdMap.get(n.dataId).id,a=t.dataIdMap.get(o.dataId).id,c=s,u=n,i=u;u.dtype!=="float32"&&(i=zr({backend:t,inputs:{x:n},attrs:{dtype:"float32"}}),c=t.dataIdMap.get(i.dataId).id);let l=t.makeOutput(n.shape,"float32"),p=t.dataIdMap.get(l.dataId).id;return WG(c,a,p),u.dtype!=="float32"&&t.disposeData(i.dataId),l}var WG,UG,GG=I(()=>{v();Hi();UG={kernelName:vs,backendName:"wasm",setupFunc:_ce,kernelFunc:Tce}});function Nce(r){zG=r.wasm.cwrap(Is,null,["number","number","number","number"])}function Ece(r){let{backend:e,inputs:t,attrs:n}=r,{axis:o,keepDims:s}=n,{x:a}=t,c=e.dataIdMap.get(a.dataId).id,u=c,i=a,{transposed:l,axes:p,originalAxes:m,inputWasTransposed:f}=Dr(a,o,e),d=p;if(f){let w=e.dataIdMap.get(l.dataId).id;w!==c&&(i=l,u=w,d=S.getInnerMostAxes(d.length,i.shape.length))}S.assertAxesAreInnerMostDims("prod",d,i.shape.length);let[h,g]=S.computeOutAndReduceShapes(i.shape,d),x=b.sizeFromShape(g),y=e.makeOutput(h,i.dtype);if(b.sizeFromShape(i.shape)!==0){let w=e.dataIdMap.get(y.dataId).id;zG(u,x,ve[y.dtype],w)}if(f&&e.disposeData(l.dataId),s){let w=S.expandShapeToKeepDim(y.shape,m);y.shape=w}return y}var zG,HG,KG=I(()=>{v();zi();ot();HG={kernelName:Is,backendName:"wasm",setupFunc:Nce,kernelFunc:Ece}});var $ce,qG,jG=I(()=>{v();Pc();$ce=r=>{let{backend:e,attrs:t}=r,{start:n,stop:o,step:s,dtype:a}=t,c=zu(n,o,s,a),u=e.makeOutput([c.length],a);return e.typedArrayFromHeap(u).set(c),u},qG={kernelName:ei,backendName:"wasm",kernelFunc:$ce}});var Ace,XG,YG=I(()=>{v();zt();Ace=!0,XG=Ke(Wo,Ace)});var JG,ZG=I(()=>{v();tt();JG=he(Cs)});var QG,ez=I(()=>{v();tt();QG=he(Ss)});var tz,rz=I(()=>{v();tt();tz=he(Ts)});function Rce(r){nz=r.wasm.cwrap(_s,null,["number","number","number","number","number","number","number","number","number","number"])}function Dce(r){let{backend:e,inputs:t,attrs:n}=r,{images:o}=t,{alignCorners:s,halfPixelCenters:a,size:c}=n,[u,i]=c,[l,p,m,f]=o.shape,d=[l,u,i,f],h=e.dataIdMap.get(o.dataId),g;h.dtype!=="float32"&&(g=zr({backend:e,inputs:{x:o},attrs:{dtype:"float32"}}),h=e.dataIdMap.get(g.dataId));let x=h.id,y=e.makeOutput(d,"float32");if(b.sizeFromShape(o.shape)===0)return y;let w=e.dataIdMap.get(y.dataId).id;return nz(x,l,p,m,f,u,i,s?1:0,a?1:0,w),g!=null&&e.disposeData(g.dataId),y}var nz,oz,sz=I(()=>{v();Hi();oz={kernelName:_s,backendName:"wasm",setupFunc:Rce,kernelFunc:Dce}});function Fce(r){az=r.wasm.cwrap(rc,null,["number","number","number","array","array","boolean"])}function Mce(r){let{inputs:e,backend:t,attrs:n}=r,{images:o,dy:s}=e,{alignCorners:a}=n,c=t.makeOutput(o.shape,"float32"),u=t.dataIdMap.get(o.dataId),i;return u.dtype!=="float32"&&(i=zr({backend:t,inputs:{x:o},attrs:{dtype:"float32"}}),u=t.dataIdMap.get(i.dataId)),az(t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(c.dataId).id,new Uint8Array(new Int32Array(o.shape).buffer),new Uint8Array(new Int32Array(s.shape).buffer),a),i!=null&&t.disposeData(i.dataId),c}var az,iz,cz=I(()=>{v();Hi();iz={kernelName:rc,backendName:"wasm",setupFunc:Fce,kernelFunc:Mce}});function Pce(r){uz=r.wasm.cwrap(ks,null,["number","number","number","number","number","number","number","number","number","number"])}function Oce(r){let{backend:e,inputs:t,attrs:n}=r,{images:o}=t,{alignCorners:s,halfPixelCenters:a,size:c}=n,[u,i]=c,[l,p,m,f]=o.shape,d=[l,u,i,f],h=e.makeOutput(d,"float32");if(b.sizeFromShape(o.shape)===0)return h;let g=e.dataIdMap.get(o.dataId),x;g.dtype!=="float32"&&(x=zr({backend:e,inputs:{x:o},attrs:{dtype:"float32"}}),g=e.dataIdMap.get(x.dataId));let y=g.id,w=e.dataIdMap.get(h.dataId).id;return uz(y,l,p,m,f,u,i,s?1:0,a?1:0,w),x!=null&&e.disposeData(x.dataId),h}var uz,lz,pz=I(()=>{v();Hi();lz={kernelName:ks,backendName:"wasm",setupFunc:Pce,kernelFunc:Oce}});function Bce(r){mz=r.wasm.cwrap(tc,null,["number","number","number","array","array","boolean"])}function Lce(r){let{inputs:e,backend:t,attrs:n}=r,{images:o,dy:s}=e,{alignCorners:a}=n,c=t.makeOutput(o.shape,"float32"),u=t.dataIdMap.get(o.dataId),i;return u.dtype!=="float32"&&(i=zr({backend:t,inputs:{x:o},attrs:{dtype:"float32"}}),u=t.dataIdMap.get(i.dataId)),mz(t.dataIdMap.get(o.dataId).id,t.dataIdMap.get(s.dataId).id,t.dataIdMap.get(c.dataId).id,new Uint8Array(new Int32Array(o.shape).buffer),new Uint8Array(new Int32Array(s.shape).buffer),a),i!=null&&t.disposeData(i.dataId),c}var mz,fz,dz=I(()=>{v();Hi();fz={kernelName:tc,backendName:"wasm",setupFunc:Bce,kernelFunc:Lce}});function Vce(r){hz=r.wasm.cwrap(Ns,null,["number","array","number","array","number","number"])}function Wce(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{dims:s}=n,a=b.parseAxisParam(s,o.shape);if(o.shape.length===0)return cl({inputs:{x:o},backend:t});let c=t.makeOutput(o.shape,o.dtype),u=t.dataIdMap.get(o.dataId).id,i=t.dataIdMap.get(c.dataId).id,l=new Uint8Array(new Int32Array(a).buffer),p=new Uint8Array(new Int32Array(o.shape).buffer);hz(u,l,a.length,p,o.shape.length,i);let m=Vt({inputs:{x:c},attrs:{shape:o.shape},backend:t});return t.disposeData(c.dataId),m}var hz,gz,xz=I(()=>{v();cf();ba();gz={kernelName:Ns,backendName:"wasm",kernelFunc:Wce,setupFunc:Vce}});function Uce(r){bz=r.wasm.cwrap(js,null,["number","number","number","number","number","number","number","number","array","number","number"])}function Gce(r){let{inputs:e,backend:t,attrs:n}=r,{image:o}=e,{radians:s,fillValue:a,center:c}=n,u=t.makeOutput(o.shape,o.dtype),i=t.dataIdMap.get(o.dataId).id,l=t.dataIdMap.get(u.dataId).id,[p,m,f,d]=o.shape,[h,g]=S.getImageCenter(c,m,f),x=a===0,y=255,w=typeof a=="number"?[a,a,a,x?0:y]:[...a,y],C=new Uint8Array(new Int32Array(w).buffer);return bz(i,p,m,f,d,s,h,g,C,w.length,l),u}var bz,yz,wz=I(()=>{v();v();yz={kernelName:js,backendName:"wasm",kernelFunc:Gce,setupFunc:Uce}});var vz,Iz=I(()=>{v();tt();vz=he(Es)});var Cz,Sz=I(()=>{v();tt();Cz=he($s)});function zce(r){kz=r.wasm.cwrap(As,null,["number","number","number","number","number","number","array","number","number"])}function Hce(r){let{backend:e,inputs:t,attrs:n}=r,{indices:o,updates:s}=t,{shape:a}=n,c=e.makeOutput(a,s.dtype);if(b.sizeFromShape(a)===0)return c;let{sliceRank:u,numUpdates:i,sliceSize:l,strides:p,outputSize:m}=Pi.calculateShapes(s,o,a),d=e.dataIdMap.get(o.dataId).id,g=e.dataIdMap.get(s.dataId).id,x=new Uint8Array(new Int32Array(p).buffer),y=e.dataIdMap.get(c.dataId).id;return kz(d,g,ve[s.dtype],u,i,l,x,m,y),c}var kz,_z,Tz=I(()=>{v();ot();_z={kernelName:As,backendName:"wasm",setupFunc:zce,kernelFunc:Hce}});function Kce(r){Nz=r.wasm.cwrap(Ds,null,["number","number","number","number","number","number","bool","number"])}function qce(r){let{inputs:e,backend:t,attrs:n}=r,{sortedSequence:o,values:s}=e,{side:a}=n;if(o.dtype!==s.dtype)throw new Error(`SearchSorted error: sorted_sequence must have the same dtype as values. Got ${o.dtype} and ${s.dtype}`);let c=t.makeOutput(s.shape,"int32");function u(i){return t.dataIdMap.get(i.dataId).id}return Nz(u(o),u(s),o.shape[0],o.shape[1],s.shape[1],ve[o.dtype],a==="left",u(c)),c}var Nz,Ez,$z=I(()=>{v();ot();Ez={kernelName:Ds,backendName:"wasm",setupFunc:Kce,kernelFunc:qce}});function jce(r){Az=r.wasm.cwrap("SelectV2",null,["number","number","number","number","number"])}function Xce(r){let{inputs:e,backend:t}=r,{condition:n,t:o,e:s}=e,a=t.dataIdMap.get(n.dataId).id,c=t.dataIdMap.get(o.dataId).id,u=t.dataIdMap.get(s.dataId).id,i=t.makeOutput(o.shape,o.dtype),l=t.dataIdMap.get(i.dataId).id,p=n.shape.length,m=o.shape.length,f=p===0||p>1||m===1?1:b.sizeFromShape(o.shape.slice(1));return Az(a,c,u,f,l),i}var Az,Rz,Dz=I(()=>{v();Rz={kernelName:ri,backendName:"wasm",kernelFunc:Xce,setupFunc:jce}});var Fz,Mz=I(()=>{v();tt();Fz=he(Fs)});function Yce(r){Pz=r.wasm.cwrap(Os,null,["number","number"])}function Jce(r){let{backend:e,inputs:{x:t}}=r,n=e.dataIdMap.get(t.dataId).id,o=e.makeOutput(t.shape,t.dtype),s=e.dataIdMap.get(o.dataId).id;return b.sizeFromShape(o.shape)===0||Pz(n,s),o}var Pz,Oz,Bz=I(()=>{v();Oz={kernelName:"Sigmoid",backendName:"wasm",setupFunc:Yce,kernelFunc:Jce}});var Lz,Vz=I(()=>{v();tt();Lz=he(Ps)});var Wz,Uz=I(()=>{v();tt();Wz=he("Sin")});var Gz,zz=I(()=>{v();tt();Gz=he(Ms)});var Hz,Kz=I(()=>{v();tt();Hz=he(Bs)});function Zce(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{blockShape:s,paddings:a}=n,c=b.sizeFromShape(s),u=[[0,0]];u.push(...a);for(let $=1+s.length;$<o.shape.length;++$)u.push([0,0]);let i=Jx.kernelFunc({inputs:{x:o},backend:t,attrs:{paddings:u,constantValue:0}}),l=S.getReshaped(i.shape,s,c,!1),p=S.getPermuted(l.length,s.length,!1),m=S.getReshapedPermuted(i.shape,s,c,!1),h=Vt({inputs:{x:i},backend:t,attrs:{shape:l}}),y=bn({inputs:{x:h},backend:t,attrs:{perm:p}}),T=Vt({inputs:{x:y},backend:t,attrs:{shape:m}});return t.disposeData(i.dataId),t.disposeData(h.dataId),t.disposeData(y.dataId),T}var qz,jz=I(()=>{v();AS();ba();ul();qz={kernelName:ai,backendName:"wasm",kernelFunc:Zce}});function Qce(r){Xz=r.wasm.cwrap("SparseFillEmptyRows","number",["number","number","number","number","number","number","number","number","number","number","number","number"])}function eue(r){let{backend:e,inputs:t}=r,{indices:n,values:o,denseShape:s,defaultValue:a}=t,c=n.shape[0],u=n.shape[1],i=e.readSync(s.dataId)[0],l=[c+i,u],p=e.dataIdMap.get(n.dataId).id,m=e.dataIdMap.get(o.dataId).id,f=e.dataIdMap.get(a.dataId).id,d=e.makeOutput(l,n.dtype),h=e.dataIdMap.get(d.dataId).id,g=e.makeOutput(l.slice(0,1),o.dtype),x=e.dataIdMap.get(g.dataId).id,y=e.makeOutput([i],"bool"),w=e.dataIdMap.get(y.dataId).id,C=e.makeOutput([c],n.dtype),T=e.dataIdMap.get(C.dataId).id,$=e.makeOutput([4],"int32"),A=e.dataIdMap.get($.dataId).id,R=Xz(p,m,ve[o.dtype],c,i,u,f,h,x,w,T,A),D=e.readSync($.dataId),F;switch(D[0]){case 1:{F=S.getSparseFillEmptyRowsIndicesDenseShapeMismatch(D[1]);break}case 2:{F=S.getSparseFillEmptyRowsNegativeIndexErrorMessage(D[1],D[2]);break}case 3:F=S.getSparseFillEmptyRowsOutOfRangeIndexErrorMessage(D[1],D[2],D[3]);break;default:F=""}if(e.disposeData($.dataId),F)throw e.disposeData(d.dataId),e.disposeData(g.dataId),e.disposeData(y.dataId),e.disposeData(C.dataId),new Error(F);let B=d,V=g;return R!==l[0]&&(B=Pn({inputs:{x:d},attrs:{begin:0,size:[R,u]},backend:e}),V=Pn({inputs:{x:g},attrs:{begin:0,size:R},backend:e}),e.disposeData(d.dataId),e.disposeData(g.dataId)),[B,V,y,C]}var Xz,Yz,Jz=I(()=>{v();ll();ot();Yz={kernelName:ci,backendName:"wasm",setupFunc:Qce,kernelFunc:eue}});function tue(r){Zz=r.wasm.cwrap(Ws,null,["number","number","number","number","number","number","number"])}function rue(r){let{backend:e,inputs:t}=r,{inputIndices:n,inputShape:o,newShape:s}=t;if(n.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape
        ${n.shape}`);if(o.shape.length!==1)throw new Error(`Input shape should be a vector but received shape
        ${o.shape}`);if(s.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${s.shape}`);let a=e.dataIdMap.get(n.dataId).id,c=e.dataIdMap.get(o.dataId).id,u=e.dataIdMap.get(s.dataId).id,i=n.shape[0],l=b.sizeFromShape(s.shape),p=e.makeOutput([i,l],n.dtype),m=e.dataIdMap.get(p.dataId).id,f=e.makeOutput([l],s.dtype),d=e.dataIdMap.get(f.dataId).id,h=e.makeOutput([3],"int32"),g=e.dataIdMap.get(h.dataId).id;Zz(a,c,u,i,m,d,g);let x=e.readSync(h.dataId),y;switch(x[0]){case 0:{y=S.getSparseReshapeMultipleNegativeOneOutputDimErrorMessage(x[1],x[2]);break}case 1:{y=S.getSparseReshapeNegativeOutputDimErrorMessage(x[1],x[2]);break}case 2:y=S.getSparseReshapeEmptyTensorZeroOutputDimErrorMessage();break;case 3:{let w=Array.from(e.readSync(o.dataId)),C=Array.from(e.readSync(f.dataId));y=S.getSparseReshapeInputOutputMultipleErrorMessage(w,C);break}case 4:{let w=Array.from(e.readSync(o.dataId)),C=Array.from(e.readSync(f.dataId));y=S.getSparseReshapeInputOutputMismatchErrorMessage(w,C);break}default:y=""}if(e.disposeData(h.dataId),y)throw e.disposeData(p.dataId),e.disposeData(f.dataId),new Error(y);return[p,f]}var Zz,Qz,eH=I(()=>{v();Qz={kernelName:Ws,backendName:"wasm",setupFunc:tue,kernelFunc:rue}});function Zx(r){tH=r.wasm.cwrap("SparseSegmentReduction",null,["number","number","number","number","number","number","number","number","number"])}function Qx(r,e){let{backend:t,inputs:n}=r,{data:o,indices:s,segmentIds:a}=n,c=s.shape[0],u=t.readSync(a.dataId,c-1,c)[0],l=c>0?u+1:0;if(l<0)throw new Error(S.getSparseSegmentReductionNegativeSegmentIdsErrorMessage());let p=o.shape.slice();p[0]=l;let m=t.dataIdMap.get(o.dataId).id,f=t.dataIdMap.get(s.dataId).id,d=t.dataIdMap.get(a.dataId).id,h=t.makeOutput(p,o.dtype),g=t.dataIdMap.get(h.dataId).id,x=t.makeOutput([4],"int32"),y=t.dataIdMap.get(x.dataId).id;tH(m,ve[o.dtype],o.shape[0],f,d,g,y,e,0);let w=t.readSync(x.dataId),C;switch(w[0]){case 0:{C=S.getSparseSegmentReductionNegativeSegmentIdsErrorMessage();break}case 1:{C=S.getSparseSegmentReductionNonIncreasingSegmentIdsErrorMessage();break}case 2:C=S.getSparseSegmentReductionSegmentIdOutOfRangeErrorMessage(w[1],w[2]);break;case 3:C=S.getSparseSegmentReductionIndicesOutOfRangeErrorMessage(w[1],w[2],w[3]);break;default:C=""}if(t.disposeData(x.dataId),C)throw t.disposeData(h.dataId),new Error(C);return h}var tH,RS=I(()=>{v();ot();});function nue(r){return Qx(r,!0)}var rH,nH=I(()=>{v();RS();rH={kernelName:ui,backendName:"wasm",setupFunc:Zx,kernelFunc:nue}});function oue(r){return Qx(r,!1)}var oH,sH=I(()=>{v();RS();oH={kernelName:li,backendName:"wasm",setupFunc:Zx,kernelFunc:oue}});function sue(r){aH=r.wasm.cwrap(Us,null,["number","number","number","number","number","number","number","number","array","number","number"])}function aue(r){let{backend:e,inputs:t,attrs:n}=r,{sparseIndices:o,sparseValues:s,defaultValue:a}=t,{outputShape:c}=n,u=e.makeOutput(c,a.dtype);if(b.sizeFromShape(c)===0)return u;let{sliceRank:i,numUpdates:l,sliceSize:p,strides:m,outputSize:f}=S.calculateShapes(s,o,c),d=e.dataIdMap.get(o.dataId).id,h=e.dataIdMap.get(s.dataId).id,g=e.dataIdMap.get(a.dataId).id,x=new Uint8Array(new Int32Array(m).buffer),y=e.dataIdMap.get(u.dataId).id;return aH(d,h,s.shape.length,g,ve[a.dtype],i,l,p,x,f,y),u}var aH,iH,cH=I(()=>{v();ot();iH={kernelName:Us,backendName:"wasm",setupFunc:sue,kernelFunc:aue}});function iue(r){let{inputs:e,attrs:t,backend:n}=r,{x:o}=e,{numOrSizeSplits:s,axis:a}=t,c=b.parseAxisParam(a,o.shape)[0],u=S.prepareSplitSize(o,s,c),i=new Array(o.shape.length).fill(0),l=o.shape.slice();return u.map(p=>{let m=[...l];m[c]=p;let f=Pn({inputs:{x:o},attrs:{begin:i,size:m},backend:n});return i[c]+=p,f})}var uH,lH=I(()=>{v();v();ll();uH={kernelName:ii,backendName:"wasm",kernelFunc:iue}});var pH,mH=I(()=>{v();tt();pH=he(Ls)});var fH,dH=I(()=>{v();tt();fH=he(cu)});var cue,hH,gH=I(()=>{v();zt();cue=!0,hH=Ke(Gs,cue)});function uue(r){xH=r.wasm.cwrap(zn,null,["number","number","number","number"])}function lue(r){let{backend:e,inputs:t,attrs:n}=r,{alpha:o}=n,{x:s}=t,a=e.dataIdMap.get(s.dataId).id,c=e.makeOutput(s.shape,s.dtype),u=e.dataIdMap.get(c.dataId).id;return xH(a,o,ve[s.dtype],u),c}var xH,bH,yH=I(()=>{v();ot();bH={kernelName:zn,backendName:"wasm",setupFunc:uue,kernelFunc:lue}});function pue(r){wH=r.wasm.cwrap(zs,null,["number","array","number","array","array","array","array","array","number","number"])}function mue(r){let{backend:e,inputs:t,attrs:n}=r,{x:o}=t,{begin:s,end:a,strides:c,beginMask:u,endMask:i,ellipsisMask:l,newAxisMask:p,shrinkAxisMask:m}=n,{finalShapeSparse:f,finalShape:d,isIdentity:h,sliceDim0:g,isSimpleSlice:x,begin:y,end:w,strides:C}=gt.sliceInfo(o.shape,s,a,c,u,i,l,p,m),T;if(h)T=Vt({inputs:{x:o},backend:e,attrs:{shape:d}});else if(g||x){b.assert(o.shape.length>=1,()=>`Input must have rank at least 1, got: ${o.shape.length}`);let $=gt.computeOutShape(y,w,C),A=Pn({inputs:{x:o},backend:e,attrs:{begin:y,size:$}});T=Vt({inputs:{x:A},backend:e,attrs:{shape:d}}),e.disposeData(A.dataId)}else{let $=e.makeOutput(f,"float32"),A=e.dataIdMap.get(o.dataId).id,R=new Uint8Array(new Int32Array(b.computeStrides(o.shape)).buffer),D=new Uint8Array(new Int32Array(y).buffer),F=new Uint8Array(new Int32Array(w).buffer),B=new Uint8Array(new Int32Array(C).buffer),V=new Uint8Array(new Int32Array(f).buffer),U=new Uint8Array(new Int32Array(b.computeStrides(f)).buffer),z=e.dataIdMap.get($.dataId).id;wH(A,R,o.shape.length,D,F,B,V,U,f.length,z),T=Vt({inputs:{x:$},backend:e,attrs:{shape:d}}),e.disposeData($.dataId)}return T}var wH,vH,IH=I(()=>{v();ba();ll();vH={kernelName:zs,backendName:"wasm",setupFunc:pue,kernelFunc:mue}});function fue(r){let{backend:e,inputs:t,attrs:n}=r,{data:o,dataSplits:s}=t,{separator:a,nGramWidths:c,leftPad:u,rightPad:i,padWidth:l,preserveShortSequences:p}=n,m=e.readSync(o.dataId),f=e.readSync(s.dataId),[d,h]=Ku(m,f,a,c,u,i,l,p),g=e.makeOutput([d.length],"string"),x=e.dataIdMap.get(g.dataId);x.stringBytes=d;let y=e.makeOutput(s.shape,"int32");return e.typedArrayFromHeap(y).set(h),[g,y]}var CH,SH=I(()=>{v();Pc();CH={kernelName:pi,backendName:"wasm",kernelFunc:fue}});function due(r){let{backend:e,inputs:t,attrs:n}=r,{input:o,delimiter:s}=t,{skipEmpty:a}=n,c=e.readSync(o.dataId),u=e.readSync(s.dataId),[i,l,p]=qu(c,u[0],a),m=l.length,f=e.makeOutput([m,2],"int32");e.typedArrayFromHeap(f).set(i);let h=e.makeOutput([m],"string"),g=e.dataIdMap.get(h.dataId);g.stringBytes=l;let x=e.makeOutput([2],"int32");return e.typedArrayFromHeap(x).set(p),[f,h,x]}var kH,_H=I(()=>{v();Pc();kH={kernelName:mi,backendName:"wasm",kernelFunc:due}});function hue(r){let{backend:e,inputs:t,attrs:n}=r,{input:o}=t,{numBuckets:s}=n,a=e.readSync(o.dataId),c=ju(a,s),u=e.makeOutput(o.shape,"int32");return e.typedArrayFromHeap(u).set(c),u}var TH,NH=I(()=>{v();Pc();TH={kernelName:fi,backendName:"wasm",kernelFunc:hue}});var gue,EH,$H=I(()=>{v();zt();gue=!0,EH=Ke("Sub",gue)});function xue(r){AH=r.wasm.cwrap("Sum",null,["number","number","number","number"])}function bue(r){let{backend:e,inputs:t,attrs:n}=r,{axis:o,keepDims:s}=n,{x:a}=t,c=e.dataIdMap.get(a.dataId).id,u=c,i=a,{transposed:l,axes:p,originalAxes:m,inputWasTransposed:f}=Dr(a,o,e),d=p;if(f){let w=e.dataIdMap.get(l.dataId).id;w!==c&&(i=l,u=w,d=S.getInnerMostAxes(d.length,i.shape.length))}S.assertAxesAreInnerMostDims("sum",d,i.shape.length);let[h,g]=S.computeOutAndReduceShapes(i.shape,d),x=b.sizeFromShape(g),y=e.makeOutput(h,i.dtype);if(b.sizeFromShape(i.shape)!==0){let w=e.dataIdMap.get(y.dataId).id;AH(u,x,ve[y.dtype],w)}if(f&&e.disposeData(l.dataId),s){let w=S.expandShapeToKeepDim(y.shape,m);y.shape=w}return y}var AH,RH,DH=I(()=>{v();zi();ot();RH={kernelName:"Sum",backendName:"wasm",setupFunc:xue,kernelFunc:bue}});var FH,MH=I(()=>{v();tt();FH=he("Tan")});var PH,OH=I(()=>{v();tt();PH=he(Hs)});function yue(r){BH=r.wasm.cwrap(Rs,null,["number","number","number","number","number","number","array","number","number","number"])}function wue(r){let{backend:e,inputs:t,attrs:n}=r,{tensor:o,indices:s,updates:a}=t,{}=n,c=e.makeOutput(o.shape,o.dtype);if(b.sizeFromShape(o.shape)===0)return c;let{sliceRank:u,numUpdates:i,sliceSize:l,strides:p,outputSize:m}=Pi.calculateShapes(a,s,o.shape),d=e.dataIdMap.get(s.dataId).id,g=e.dataIdMap.get(a.dataId).id,y=e.dataIdMap.get(o.dataId).id,w=new Uint8Array(new Int32Array(p).buffer),C=e.dataIdMap.get(c.dataId).id;return BH(d,g,ve[a.dtype],u,i,l,w,m,C,y),c}var BH,LH,VH=I(()=>{v();ot();LH={kernelName:Rs,backendName:"wasm",setupFunc:yue,kernelFunc:wue}});function vue(r){WH=r.wasm.cwrap(wn,null,["number","array","number","array","number","number"])}function Iue(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,s=t.dataIdMap.get(o.dataId).id,{reps:a}=n,c=new Array(o.shape.length);for(let m=0;m<c.length;m++)c[m]=o.shape[m]*a[m];let u=new Uint8Array(new Int32Array(o.shape).buffer),i=new Uint8Array(new Int32Array(c).buffer),l=t.makeOutput(c,o.dtype),p=t.dataIdMap.get(l.dataId).id;return WH(s,u,o.shape.length,i,c.length,ve[l.dtype],p),l}var WH,UH,GH=I(()=>{v();ot();UH={kernelName:wn,backendName:"wasm",setupFunc:vue,kernelFunc:Iue}});function Cue(r){zH=r.wasm.cwrap(Ks,null,["number","array","number","number","number","bool","number","number"])}var zH,Sue,HH,KH=I(()=>{v();ot();Sue=({inputs:r,backend:e,attrs:t})=>{let{x:n}=r,{k:o,sorted:s}=t,a=e.dataIdMap.get(n.dataId).id,c=new Uint8Array(new Int32Array(n.shape).buffer),u=n.shape.slice();u[u.length-1]=o;let i=e.makeOutput(u,n.dtype),l=e.dataIdMap.get(i.dataId).id,p=e.makeOutput(u,"int32"),m=e.dataIdMap.get(p.dataId).id;return zH(a,c,n.shape.length,ve[n.dtype],o,s,l,m),[i,p]},HH={kernelName:Ks,backendName:"wasm",setupFunc:Cue,kernelFunc:Sue}});function kue(r){qH=r.wasm.cwrap(qs,null,["number","number","bool","number","number","number","number","number","number","array","number","array","number","number","number","number","number"])}function _ue(r){let{backend:e,inputs:t,attrs:n}=r,{image:o,transforms:s}=t,{interpolation:a,fillMode:c,fillValue:u,outputShape:i}=n,[l,p,m,f]=o.shape,[d,h]=i??[p,m],g=[l,d,h,f],x=new Uint8Array(new Int32Array(b.computeStrides(o.shape)).buffer),y=new Uint8Array(new Int32Array(b.computeStrides(g)).buffer),w=e.makeOutput(g,o.dtype),C=e.dataIdMap.get(w.dataId).id,$=e.dataIdMap.get(o.dataId).id,R=e.dataIdMap.get(s.dataId).id,D=a==="nearest"?1:2,F;switch(c){case"constant":F=1;break;case"reflect":F=2;break;case"wrap":F=3;break;case"nearest":F=4;break;default:F=1;break}return qH($,R,s.shape[0]>1,l,d,h,f,m,p,x,o.shape.length-1,y,g.length-1,D,F,u,C),w}var qH,jH,XH=I(()=>{v();jH={kernelName:qs,backendName:"wasm",setupFunc:kue,kernelFunc:_ue}});function Tue(r){let{inputs:e,attrs:t,backend:n}=r,{axis:o}=t,{x:s}=e,{outputValues:a,outputShape:c,indices:u}=Xu(n.readSync(s.dataId),o,s.shape,s.dtype);return[n.makeOutput(c,s.dtype,void 0,a),n.makeOutput([u.length],"int32",void 0,u)]}var YH,JH=I(()=>{v();Pc();YH={kernelName:gi,backendName:"wasm",kernelFunc:Tue}});function Nue(r){let{inputs:e,backend:t,attrs:n}=r,{value:o}=e,{axis:s}=n;s<0&&(s+=o.shape.length);let a=o.shape[s],c=o.shape.length,u=new Array(c-1),i=0;for(let f=0;f<c;f++)f!==s&&(u[i++]=o.shape[f]);let l=new Array(a),p=new Array(c).fill(0),m=o.shape.slice();m[s]=1;for(let f=0;f<l.length;f++)p[s]=f,l[f]=Pn({inputs:{x:o},attrs:{begin:p,size:m},backend:t});return l.map(({dataId:f,dtype:d})=>({dataId:f,dtype:d,shape:u}))}var ZH,QH=I(()=>{v();ll();ZH={kernelName:xi,backendName:"wasm",kernelFunc:Nue}});function Eue(r){let{inputs:{x:e},backend:t}=r,n=t.makeOutput(e.shape,e.dtype);return t.typedArrayFromHeap(n).fill(0),n}var eK,tK=I(()=>{v();eK={kernelName:bi,backendName:"wasm",kernelFunc:Eue}});var $ue,rK=I(()=>{v();rV();oV();aV();cV();lV();fV();yV();IV();SV();_V();NV();$V();RV();FV();PV();LV();UV();HV();jV();ZV();tW();oW();aW();cW();Hi();pW();dW();CS();bW();vW();SW();TW();$W();RW();FW();OW();VW();GW();KW();XW();ZW();t4();o4();i4();l4();m4();h4();x4();y4();v4();kS();S4();TS();N4();$4();R4();M4();B4();W4();z4();q4();X4();J4();cf();Q4();tU();nU();aU();cU();lU();fU();hU();xU();yU();vU();CU();kU();NU();AU();FU();PU();LU();UU();HU();jU();JU();eG();nG();sG();cG();fG();hG();xG();yG();IG();kG();NG();$G();DG();MG();OG();AS();VG();GG();KG();jG();YG();ZG();ez();rz();ba();sz();cz();pz();dz();xz();wz();Iz();Sz();Tz();$z();Dz();Mz();Bz();Vz();Uz();zz();ll();$S();Kz();jz();Jz();eH();nH();sH();cH();lH();mH();dH();gH();yH();IH();SH();_H();NH();$H();DH();MH();OH();VH();GH();KH();XH();ul();JH();QH();tK();$ue=[tV,nV,sV,iV,uV,mV,bV,vV,CV,kV,TV,EV,AV,DV,MV,BV,qV,WV,zV,JV,eW,nW,sW,iW,uW,lW,fW,hW,xW,wW,CW,_W,EW,AW,DW,PW,LW,UW,HW,jW,JW,e4,n4,a4,u4,p4,d4,g4,b4,w4,I4,C4,k4,T4,E4,A4,F4,O4,V4,G4,K4,j4,Y4,dV,Z4,eU,rU,sU,iU,uU,mU,gU,dU,bU,wU,IU,SU,TU,$U,DU,MU,BU,WU,zU,qU,YU,QU,rG,oG,iG,mG,dG,gG,bG,vG,SG,TG,EG,RG,FG,PG,Jx,LG,UG,HG,qG,XG,JG,QG,tz,XV,oz,iz,lz,fz,gz,yz,vz,Cz,_z,Ez,Rz,Fz,Oz,Lz,Wz,Gz,QV,lG,Hz,qz,Yz,Qz,rH,oH,iH,uH,pH,fH,hH,bH,vH,CH,kH,TH,EH,RH,FH,PH,LH,UH,HH,jH,gV,YH,ZH,eK];for(let r of $ue)jn(r)});var DS,FS=I(()=>{v();DS=P();DS.registerFlag("WASM_HAS_SIMD_SUPPORT",async()=>{try{return WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,10,9,1,7,0,65,0,253,15,26,11]))}catch{return!1}});DS.registerFlag("WASM_HAS_MULTITHREAD_SUPPORT",async()=>{if(DS.get("IS_NODE"))return!1;try{return new MessageChannel().port1.postMessage(new SharedArrayBuffer(1)),WebAssembly.validate(new Uint8Array([0,97,115,109,1,0,0,0,1,4,1,96,0,0,3,2,1,0,5,4,1,3,1,1,10,11,1,9,0,65,0,254,16,2,0,26,11]))}catch{return!1}})});var MS=Kt(()=>{});var PS=Kt(()=>{});var nK=Kt(()=>{});var oK=Kt(()=>{});var sK=Kt(()=>{});var aK=Kt((eb,BS)=>{var OS=(()=>{var r=typeof document<"u"&&document.currentScript?document.currentScript.src:void 0;return typeof __filename<"u"&&(r=r||__filename),(function(e){e=e||{};function t(){return se.buffer!=qe&&Tt(se.buffer),lt}function n(){return se.buffer!=qe&&Tt(se.buffer),it}function o(){return se.buffer!=qe&&Tt(se.buffer),ft}function s(){return se.buffer!=qe&&Tt(se.buffer),Hr}function a(){return se.buffer!=qe&&Tt(se.buffer),Pt}function c(){return se.buffer!=qe&&Tt(se.buffer),on}function u(){return se.buffer!=qe&&Tt(se.buffer),mr}var i=typeof e<"u"?e:{},l,p;i.ready=new Promise(function(M,H){l=M,p=H});var m;typeof process<"u"&&process.listeners&&(m={uncaughtException:process.listeners("uncaughtException"),unhandledRejection:process.listeners("unhandledRejection")});var f=Object.assign({},i),d=[],h="./this.program",g=(M,H)=>{throw H},x=typeof window=="object",y=typeof importScripts=="function",w=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string",C=i.ENVIRONMENT_IS_PTHREAD||!1,T="";function $(M){return i.locateFile?i.locateFile(M,T):T+M}var A,R,D,F;function B(M){if(M instanceof Bc)return;j("exiting due to exception: "+M)}if(w){var V=MS(),U=PS();y?T=U.dirname(T)+"/":T=__dirname+"/",A=(H,le)=>(H=dl(H)?new URL(H):U.normalize(H),V.readFileSync(H,le?void 0:"utf8")),D=H=>{var le=A(H,!0);return le.buffer||(le=new Uint8Array(le)),le},R=(H,le,Ee)=>{H=dl(H)?new URL(H):U.normalize(H),V.readFile(H,function(Ve,Oe){Ve?Ee(Ve):le(Oe.buffer)})},process.argv.length>1&&(h=process.argv[1].replace(/\\/g,"/")),d=process.argv.slice(2),process.on("uncaughtException",function(H){if(!(H instanceof Bc))throw H}),process.on("unhandledRejection",function(H){throw H}),g=(H,le)=>{if(Bn())throw process.exitCode=H,le;B(le),process.exit(H)},i.inspect=function(){return"[Emscripten Module object]"};let M;try{M=nK()}catch(H){throw console.error('The "worker_threads" module is not supported in this node.js build - perhaps a newer version is needed?'),H}global.Worker=M.Worker}else(x||y)&&(y?T=self.location.href:typeof document<"u"&&document.currentScript&&(T=document.currentScript.src),typeof r<"u"&&r&&(T=r),T.indexOf("blob:")!==0?T=T.substr(0,T.replace(/[?#].*/,"").lastIndexOf("/")+1):T="",w||(A=M=>{var H=new XMLHttpRequest;return H.open("GET",M,!1),H.send(null),H.responseText},y&&(D=M=>{var H=new XMLHttpRequest;return H.open("GET",M,!1),H.responseType="arraybuffer",H.send(null),new Uint8Array(H.response)}),R=(M,H,le)=>{var Ee=new XMLHttpRequest;Ee.open("GET",M,!0),Ee.responseType="arraybuffer",Ee.onload=()=>{if(Ee.status==200||Ee.status==0&&Ee.response){H(Ee.response);return}le()},Ee.onerror=le,Ee.send(null)}),F=M=>document.title=M);w&&typeof performance>"u"&&(global.performance=oK().performance);var z=console.log.bind(console),W=console.warn.bind(console);w&&(z=M=>V.writeSync(1,M+`
`),W=M=>V.writeSync(2,M+`
`));var q=i.print||z,j=i.printErr||W;Object.assign(i,f),f=null,i.arguments&&(d=i.arguments),i.thisProgram&&(h=i.thisProgram),i.quit&&(g=i.quit);var Y=4,Q=Atomics.load,re=Atomics.store,ae=Atomics.compareExchange,ie;i.wasmBinary&&(ie=i.wasmBinary);var oe=i.noExitRuntime||!0;typeof WebAssembly!="object"&&Oc("no native wasm support detected");var se,ue,pe=!1,ye;function Te(M,H){M||Oc(H)}var ke=typeof TextDecoder<"u"?new TextDecoder("utf8"):void 0;function De(M,H,le){H>>>=0;for(var Ee=H+le,Ve=H;M[Ve]&&!(Ve>=Ee);)++Ve;if(Ve-H>16&&M.buffer&&ke)return ke.decode(M.buffer instanceof SharedArrayBuffer?M.slice(H,Ve):M.subarray(H,Ve));for(var Oe="";H<Ve;){var ge=M[H++];if(!(ge&128)){Oe+=String.fromCharCode(ge);continue}var _e=M[H++]&63;if((ge&224)==192){Oe+=String.fromCharCode((ge&31)<<6|_e);continue}var Rt=M[H++]&63;if((ge&240)==224?ge=(ge&15)<<12|_e<<6|Rt:ge=(ge&7)<<18|_e<<12|Rt<<6|M[H++]&63,ge<65536)Oe+=String.fromCharCode(ge);else{var un=ge-65536;Oe+=String.fromCharCode(55296|un>>10,56320|un&1023)}}return Oe}function Fe(M,H){return M>>>=0,M?De(n(),M,H):""}function st(M,H,le,Ee){if(le>>>=0,!(Ee>0))return 0;for(var Ve=le,Oe=le+Ee-1,ge=0;ge<M.length;++ge){var _e=M.charCodeAt(ge);if(_e>=55296&&_e<=57343){var Rt=M.charCodeAt(++ge);_e=65536+((_e&1023)<<10)|Rt&1023}if(_e<=127){if(le>=Oe)break;H[le++>>>0]=_e}else if(_e<=2047){if(le+1>=Oe)break;H[le++>>>0]=192|_e>>6,H[le++>>>0]=128|_e&63}else if(_e<=65535){if(le+2>=Oe)break;H[le++>>>0]=224|_e>>12,H[le++>>>0]=128|_e>>6&63,H[le++>>>0]=128|_e&63}else{if(le+3>=Oe)break;H[le++>>>0]=240|_e>>18,H[le++>>>0]=128|_e>>12&63,H[le++>>>0]=128|_e>>6&63,H[le++>>>0]=128|_e&63}}return H[le>>>0]=0,le-Ve}function ut(M,H,le){return st(M,n(),H,le)}var qe,lt,it,ft,dt,Hr,Pt,on,mr;C&&(qe=i.buffer);function Tt(M){qe=M,i.HEAP8=lt=new Int8Array(M),i.HEAP16=ft=new Int16Array(M),i.HEAP32=Hr=new Int32Array(M),i.HEAPU8=it=new Uint8Array(M),i.HEAPU16=dt=new Uint16Array(M),i.HEAPU32=Pt=new Uint32Array(M),i.HEAPF32=on=new Float32Array(M),i.HEAPF64=mr=new Float64Array(M)}var fr=i.INITIAL_MEMORY||16777216;if(C)se=i.wasmMemory,qe=i.buffer;else if(i.wasmMemory)se=i.wasmMemory;else if(se=new WebAssembly.Memory({initial:fr/65536,maximum:65536,shared:!0}),!(se.buffer instanceof SharedArrayBuffer))throw j("requested a shared WebAssembly.Memory but the returned buffer is not a SharedArrayBuffer, indicating that while the browser has SharedArrayBuffer it does not have WebAssembly threads support - you may need to set a flag"),w&&j("(on node you may need: --experimental-wasm-threads --experimental-wasm-bulk-memory and/or recent version)"),Error("bad memory");se&&(qe=se.buffer),fr=qe.byteLength,Tt(qe);var dr,sn=[],an=[],Ir=[],wa=!1;function Bn(){return oe}function po(){if(i.preRun)for(typeof i.preRun=="function"&&(i.preRun=[i.preRun]);i.preRun.length;)$p(i.preRun.shift());Dp(sn)}function or(){wa=!0,!C&&Dp(an)}function va(){if(!C){if(i.postRun)for(typeof i.postRun=="function"&&(i.postRun=[i.postRun]);i.postRun.length;)ek(i.postRun.shift());Dp(Ir)}}function $p(M){sn.unshift(M)}function Ap(M){an.unshift(M)}function ek(M){Ir.unshift(M)}var Ki=0,fl=null,Ia=null;function cb(M){Ki++,i.monitorRunDependencies&&i.monitorRunDependencies(Ki)}function df(M){if(Ki--,i.monitorRunDependencies&&i.monitorRunDependencies(Ki),Ki==0&&(fl!==null&&(clearInterval(fl),fl=null),Ia)){var H=Ia;Ia=null,H()}}function Oc(M){i.onAbort&&i.onAbort(M),M="Aborted("+M+")",j(M),pe=!0,ye=1,M+=". Build with -sASSERTIONS for more info.";var H=new WebAssembly.RuntimeError(M);throw p(H),H}var ub="data:application/octet-stream;base64,";function hf(M){return M.startsWith(ub)}function dl(M){return M.startsWith("file://")}var Cr;Cr="tfjs-backend-wasm-threaded-simd.wasm",hf(Cr)||(Cr=$(Cr));function gf(M){try{if(M==Cr&&ie)return new Uint8Array(ie);if(D)return D(M);throw"both async and sync fetching of the wasm failed"}catch(H){Oc(H)}}function lb(){if(!ie&&(x||y)){if(typeof fetch=="function"&&!dl(Cr))return fetch(Cr,{credentials:"same-origin"}).then(function(M){if(!M.ok)throw"failed to load wasm binary file at '"+Cr+"'";return M.arrayBuffer()}).catch(function(){return gf(Cr)});if(R)return new Promise(function(M,H){R(Cr,function(le){M(new Uint8Array(le))},H)})}return Promise.resolve().then(function(){return gf(Cr)})}function pb(){var M={env:Ef,wasi_snapshot_preview1:Ef};function H(ge,_e){var Rt=ge.exports;if(i.asm=Rt,wb(i.asm._emscripten_tls_init),dr=i.asm.__indirect_function_table,Ap(i.asm.__wasm_call_ctors),ue=_e,!C){var un=Pe.unusedWorkers.length;Pe.unusedWorkers.forEach(function(Sa){Pe.loadWasmModuleToWorker(Sa,function(){--un||df("wasm-instantiate")})})}}C||cb("wasm-instantiate");function le(ge){H(ge.instance,ge.module)}function Ee(ge){return lb().then(function(_e){return WebAssembly.instantiate(_e,M)}).then(function(_e){return _e}).then(ge,function(_e){j("failed to asynchronously prepare wasm: "+_e),Oc(_e)})}function Ve(){return!ie&&typeof WebAssembly.instantiateStreaming=="function"&&!hf(Cr)&&!dl(Cr)&&!w&&typeof fetch=="function"?fetch(Cr,{credentials:"same-origin"}).then(function(ge){var _e=WebAssembly.instantiateStreaming(ge,M);return _e.then(le,function(Rt){return j("wasm streaming compile failed: "+Rt),j("falling back to ArrayBuffer instantiation"),Ee(le)})}):Ee(le)}if(i.instantiateWasm)try{var Oe=i.instantiateWasm(M,H);return Oe}catch(ge){j("Module.instantiateWasm callback failed with error: "+ge),p(ge)}return Ve().catch(p),{}}var tk,rk,xf={};function Bc(M){this.name="ExitStatus",this.message="Program terminated with exit("+M+")",this.status=M}function mb(M){var H=Pe.pthreads[M];delete Pe.pthreads[M],H.terminate(),Pw(M),Pe.runningWorkers.splice(Pe.runningWorkers.indexOf(H),1),H.pthread_ptr=0}function fb(M){var H=Pe.pthreads[M];H.postMessage({cmd:"cancel"})}function Rp(M){var H=Pe.pthreads[M];Te(H),Pe.returnWorkerToPool(H)}function db(M){var H=Pe.getNewWorker();if(!H)return 6;Pe.runningWorkers.push(H),Pe.pthreads[M.pthread_ptr]=H,H.pthread_ptr=M.pthread_ptr;var le={cmd:"run",start_routine:M.startRoutine,arg:M.arg,pthread_ptr:M.pthread_ptr};return H.runPthread=()=>{w&&H.ref(),H.postMessage(le,M.transferList),delete H.runPthread},H.loaded&&H.runPthread(),0}var bf={varargs:void 0,get:function(){bf.varargs+=4;var M=s()[bf.varargs-4>>>2];return M},getStr:function(M){var H=Fe(M);return H}};function yf(M){if(C)return qi(1,1,M);ye=M,Bn()||(Pe.terminateAllThreads(),i.onExit&&i.onExit(M),pe=!0),g(M,new Bc(M))}function hb(M,H){if(ye=M,!H&&C)throw vf(M),"unwind";yf(M)}var wf=hb;function gb(M){if(M instanceof Bc||M=="unwind")return ye;g(1,M)}var Pe={unusedWorkers:[],runningWorkers:[],tlsInitFunctions:[],pthreads:{},init:function(){C?Pe.initWorker():Pe.initMainThread()},initMainThread:function(){for(var M=8;M--;)Pe.allocateUnusedWorker()},initWorker:function(){oe=!1},setExitStatus:function(M){ye=M},terminateAllThreads:function(){for(var M of Object.values(Pe.pthreads))Pe.returnWorkerToPool(M);for(var M of Pe.unusedWorkers)M.terminate();Pe.unusedWorkers=[]},returnWorkerToPool:function(M){var H=M.pthread_ptr;delete Pe.pthreads[H],Pe.unusedWorkers.push(M),Pe.runningWorkers.splice(Pe.runningWorkers.indexOf(M),1),M.pthread_ptr=0,w&&M.unref(),Pw(H)},receiveObjectTransfer:function(M){},threadInitTLS:function(){Pe.tlsInitFunctions.forEach(M=>M())},loadWasmModuleToWorker:function(M,H){M.onmessage=Oe=>{var ge=Oe.data,_e=ge.cmd;if(M.pthread_ptr&&(Pe.currentProxiedOperationCallerThread=M.pthread_ptr),ge.targetThread&&ge.targetThread!=Mf()){var Rt=Pe.pthreads[ge.targetThread];Rt?Rt.postMessage(ge,ge.transferList):j('Internal error! Worker sent a message "'+_e+'" to target pthread '+ge.targetThread+", but that thread no longer exists!"),Pe.currentProxiedOperationCallerThread=void 0;return}_e==="processProxyingQueue"?Fp(ge.queue):_e==="spawnThread"?db(ge):_e==="cleanupThread"?Rp(ge.thread):_e==="killThread"?mb(ge.thread):_e==="cancelThread"?fb(ge.thread):_e==="loaded"?(M.loaded=!0,w&&M.unref(),H&&H(M),M.runPthread&&M.runPthread()):_e==="print"?q("Thread "+ge.threadId+": "+ge.text):_e==="printErr"?j("Thread "+ge.threadId+": "+ge.text):_e==="alert"?alert("Thread "+ge.threadId+": "+ge.text):ge.target==="setimmediate"?M.postMessage(ge):_e==="callHandler"?i[ge.handler](...ge.args):_e&&j("worker sent an unknown command "+_e),Pe.currentProxiedOperationCallerThread=void 0},M.onerror=Oe=>{var ge="worker sent an error!";throw j(ge+" "+Oe.filename+":"+Oe.lineno+": "+Oe.message),Oe},w&&(M.on("message",function(Oe){M.onmessage({data:Oe})}),M.on("error",function(Oe){M.onerror(Oe)}),M.on("detachedExit",function(){}));var le=[],Ee=["onExit","onAbort","print","printErr"];for(var Ve of Ee)i.hasOwnProperty(Ve)&&le.push(Ve);M.postMessage({cmd:"load",handlers:le,urlOrBlob:i.mainScriptUrlOrBlob||r,wasmMemory:se,wasmModule:ue})},allocateUnusedWorker:function(){var M,H=$("tfjs-backend-wasm-threaded-simd.worker.js");M=new Worker(H),Pe.unusedWorkers.push(M)},getNewWorker:function(){return Pe.unusedWorkers.length==0&&(Pe.allocateUnusedWorker(),Pe.loadWasmModuleToWorker(Pe.unusedWorkers[0])),Pe.unusedWorkers.pop()}};i.PThread=Pe;function Dp(M){for(;M.length>0;)M.shift()(i)}function xb(){var M=Mf(),H=s()[M+52>>>2],le=s()[M+56>>>2],Ee=H-le;ck(H,Ee),Pf(H)}i.establishStackSpace=xb;function vf(M){if(C)return qi(2,0,M);try{wf(M)}catch(H){gb(H)}}var hl=[];function bb(M){var H=hl[M];return H||(M>=hl.length&&(hl.length=M+1),hl[M]=H=dr.get(M)),H}function yb(M,H){var le=bb(M)(H);Bn()?Pe.setExitStatus(le):ik(le)}i.invokeEntryPoint=yb;function wb(M){Pe.tlsInitFunctions.push(M)}function vb(M){ok(M,!y,1,!x),Pe.threadInitTLS()}function Ib(M){C?postMessage({cmd:"cleanupThread",thread:M}):Rp(M)}function If(M,H,le,Ee){return C?qi(3,1,M,H,le,Ee):Cf(M,H,le,Ee)}function Cf(M,H,le,Ee){if(typeof SharedArrayBuffer>"u")return j("Current environment does not support SharedArrayBuffer, pthreads are not available!"),6;var Ve=[],Oe=0;if(C&&(Ve.length===0||Oe))return If(M,H,le,Ee);if(Oe)return Oe;var ge={startRoutine:le,pthread_ptr:M,arg:Ee,transferList:Ve};return C?(ge.cmd="spawnThread",postMessage(ge,Ve),0):db(ge)}function Cb(){return 65536}var Sb=!0;function kb(){return Sb}function Fp(M){Atomics.store(s(),M>>2,1),Mf()&&ak(M),Atomics.compareExchange(s(),M>>2,1,0)}i.executeNotifiedProxyingQueue=Fp;function _b(M,H,le,Ee){if(M==H)setTimeout(()=>Fp(Ee));else if(C)postMessage({targetThread:M,cmd:"processProxyingQueue",queue:Ee});else{var Ve=Pe.pthreads[M];if(!Ve)return;Ve.postMessage({cmd:"processProxyingQueue",queue:Ee})}return 1}function Tb(M,H,le){return-1}function Nb(){Oc("")}function Lc(M){Lc.shown||(Lc.shown={}),Lc.shown[M]||(Lc.shown[M]=1,w&&(M="warning: "+M),j(M))}function Eb(){w||y||Lc("Blocking on the main thread is very dangerous, see https://emscripten.org/docs/porting/pthreads.html#blocking-on-the-main-browser-thread")}function $b(){return Date.now()}function Sf(){return 4294901760}function Ab(){return Sf()}var Mp;w?Mp=()=>{var M=process.hrtime();return M[0]*1e3+M[1]/1e6}:Mp=()=>performance.timeOrigin+performance.now();function Rb(M,H,le){n().copyWithin(M>>>0,H>>>0,H+le>>>0)}function Db(){return w?sK().cpus().length:navigator.hardwareConcurrency}function Fb(M){var H=Ow(),le=M();return Pf(H),le}function qi(M,H){var le=arguments.length-2,Ee=arguments;return Fb(()=>{for(var Ve=le,Oe=Of(Ve*8),ge=Oe>>3,_e=0;_e<le;_e++){var Rt=Ee[2+_e];u()[ge+_e>>>0]=Rt}return sk(M,Ve,Oe,H)})}var Pp=[];function Mb(M,H,le){Pp.length=H;for(var Ee=le>>3,Ve=0;Ve<H;Ve++)Pp[Ve]=u()[Ee+Ve>>>0];var Oe=M<0,ge=Oe?xf[-M-1]:zb[M];return ge.apply(null,Pp)}function Pb(M){try{return se.grow(M-qe.byteLength+65535>>>16),Tt(se.buffer),1}catch{}}function Ob(M){var H=n().length;if(M=M>>>0,M<=H)return!1;var le=Sf();if(M>le)return!1;let Ee=(Rt,un)=>Rt+(un-Rt%un)%un;for(var Ve=1;Ve<=4;Ve*=2){var Oe=H*(1+.2/Ve);Oe=Math.min(Oe,M+100663296);var ge=Math.min(le,Ee(Math.max(M,Oe),65536)),_e=Pb(ge);if(_e)return!0}return!1}function Bb(){throw"unwind"}function kf(M){return C?qi(4,1,M):52}function _f(M,H,le,Ee,Ve){return C?qi(5,1,M,H,le,Ee,Ve):70}var Lb=[null,[],[]];function Vb(M,H){var le=Lb[M];H===0||H===10?((M===1?q:j)(De(le,0)),le.length=0):le.push(H)}function Tf(M,H,le,Ee){if(C)return qi(6,1,M,H,le,Ee);for(var Ve=0,Oe=0;Oe<le;Oe++){var ge=a()[H>>>2],_e=a()[H+4>>>2];H+=8;for(var Rt=0;Rt<_e;Rt++)Vb(M,n()[ge+Rt>>>0]);Ve+=_e}return a()[Ee>>>2]=Ve,0}function Nf(M){var H=i["_"+M];return H}function Wb(M,H){t().set(M,H>>>0)}function Ub(M,H,le,Ee,Ve){var Oe={string:Kr=>{var yl=0;if(Kr!=null&&Kr!==0){var pk=(Kr.length<<2)+1;yl=Of(pk),ut(Kr,yl,pk)}return yl},array:Kr=>{var yl=Of(Kr.length);return Wb(Kr,yl),yl}};function ge(Kr){return H==="string"?Fe(Kr):H==="boolean"?!!Kr:Kr}var _e=Nf(M),Rt=[],un=0;if(Ee)for(var Sa=0;Sa<Ee.length;Sa++){var lk=Oe[le[Sa]];lk?(un===0&&(un=Ow()),Rt[Sa]=lk(Ee[Sa])):Rt[Sa]=Ee[Sa]}var Bw=_e.apply(null,Rt);function Iq(Kr){return un!==0&&Pf(un),ge(Kr)}return Bw=Iq(Bw),Bw}function Gb(M,H,le,Ee){le=le||[];var Ve=le.every(ge=>ge==="number"||ge==="boolean"),Oe=H!=="string";return Oe&&Ve&&!Ee?Nf(M):function(){return Ub(M,H,le,arguments,Ee)}}Pe.init();var zb=[null,yf,vf,If,kf,_f,Tf],Ef={__emscripten_init_main_thread_js:vb,__emscripten_thread_cleanup:Ib,__pthread_create_js:Cf,_emscripten_default_pthread_stack_size:Cb,_emscripten_get_now_is_monotonic:kb,_emscripten_notify_task_queue:_b,_emscripten_set_offscreencanvas_size:Tb,abort:Nb,emscripten_check_blocking_allowed:Eb,emscripten_date_now:$b,emscripten_get_heap_max:Ab,emscripten_get_now:Mp,emscripten_memcpy_big:Rb,emscripten_num_logical_cores:Db,emscripten_receive_on_main_thread_js:Mb,emscripten_resize_heap:Ob,emscripten_unwind_to_js_event_loop:Bb,exit:wf,fd_close:kf,fd_seek:_f,fd_write:Tf,memory:se||i.wasmMemory},nk=pb(),Hb=i.___wasm_call_ctors=function(){return(Hb=i.___wasm_call_ctors=i.asm.__wasm_call_ctors).apply(null,arguments)},Kb=i._init=function(){return(Kb=i._init=i.asm.init).apply(null,arguments)},qb=i._init_with_threads_count=function(){return(qb=i._init_with_threads_count=i.asm.init_with_threads_count).apply(null,arguments)},jb=i._get_threads_count=function(){return(jb=i._get_threads_count=i.asm.get_threads_count).apply(null,arguments)},Xb=i._register_tensor=function(){return(Xb=i._register_tensor=i.asm.register_tensor).apply(null,arguments)},Yb=i._dispose_data=function(){return(Yb=i._dispose_data=i.asm.dispose_data).apply(null,arguments)},Jb=i._dispose=function(){return(Jb=i._dispose=i.asm.dispose).apply(null,arguments)},Zb=i._Abs=function(){return(Zb=i._Abs=i.asm.Abs).apply(null,arguments)},Qb=i._Acos=function(){return(Qb=i._Acos=i.asm.Acos).apply(null,arguments)},ey=i._Acosh=function(){return(ey=i._Acosh=i.asm.Acosh).apply(null,arguments)},ty=i._Add=function(){return(ty=i._Add=i.asm.Add).apply(null,arguments)},ry=i._AddN=function(){return(ry=i._AddN=i.asm.AddN).apply(null,arguments)},ny=i._All=function(){return(ny=i._All=i.asm.All).apply(null,arguments)},oy=i._Any=function(){return(oy=i._Any=i.asm.Any).apply(null,arguments)},sy=i._ArgMax=function(){return(sy=i._ArgMax=i.asm.ArgMax).apply(null,arguments)},ay=i._ArgMin=function(){return(ay=i._ArgMin=i.asm.ArgMin).apply(null,arguments)},iy=i._Asin=function(){return(iy=i._Asin=i.asm.Asin).apply(null,arguments)},cy=i._Asinh=function(){return(cy=i._Asinh=i.asm.Asinh).apply(null,arguments)},uy=i._Atan=function(){return(uy=i._Atan=i.asm.Atan).apply(null,arguments)},ly=i._Atan2=function(){return(ly=i._Atan2=i.asm.Atan2).apply(null,arguments)},py=i._Atanh=function(){return(py=i._Atanh=i.asm.Atanh).apply(null,arguments)},my=i._AvgPool=function(){return(my=i._AvgPool=i.asm.AvgPool).apply(null,arguments)},fy=i._AvgPool3D=function(){return(fy=i._AvgPool3D=i.asm.AvgPool3D).apply(null,arguments)},dy=i._AvgPool3DGrad=function(){return(dy=i._AvgPool3DGrad=i.asm.AvgPool3DGrad).apply(null,arguments)},hy=i._AvgPoolGrad=function(){return(hy=i._AvgPoolGrad=i.asm.AvgPoolGrad).apply(null,arguments)},gy=i._BatchMatMul=function(){return(gy=i._BatchMatMul=i.asm.BatchMatMul).apply(null,arguments)},xy=i._Bincount=function(){return(xy=i._Bincount=i.asm.Bincount).apply(null,arguments)},by=i._BitwiseAnd=function(){return(by=i._BitwiseAnd=i.asm.BitwiseAnd).apply(null,arguments)},yy=i._Ceil=function(){return(yy=i._Ceil=i.asm.Ceil).apply(null,arguments)},wy=i._ClipByValue=function(){return(wy=i._ClipByValue=i.asm.ClipByValue).apply(null,arguments)},vy=i._Conv2D=function(){return(vy=i._Conv2D=i.asm.Conv2D).apply(null,arguments)},Iy=i._Conv2DBackpropInput=function(){return(Iy=i._Conv2DBackpropInput=i.asm.Conv2DBackpropInput).apply(null,arguments)},Cy=i._Conv3D=function(){return(Cy=i._Conv3D=i.asm.Conv3D).apply(null,arguments)},Sy=i._Conv3DBackpropFilterV2=function(){return(Sy=i._Conv3DBackpropFilterV2=i.asm.Conv3DBackpropFilterV2).apply(null,arguments)},ky=i._Conv3DBackpropInputV2=function(){return(ky=i._Conv3DBackpropInputV2=i.asm.Conv3DBackpropInputV2).apply(null,arguments)},_y=i._Cos=function(){return(_y=i._Cos=i.asm.Cos).apply(null,arguments)},Ty=i._Cosh=function(){return(Ty=i._Cosh=i.asm.Cosh).apply(null,arguments)},Ny=i._CropAndResize=function(){return(Ny=i._CropAndResize=i.asm.CropAndResize).apply(null,arguments)},Ey=i._Cumprod=function(){return(Ey=i._Cumprod=i.asm.Cumprod).apply(null,arguments)},$y=i._Cumsum=function(){return($y=i._Cumsum=i.asm.Cumsum).apply(null,arguments)},Ay=i._DenseBincount=function(){return(Ay=i._DenseBincount=i.asm.DenseBincount).apply(null,arguments)},Ry=i._DepthToSpace=function(){return(Ry=i._DepthToSpace=i.asm.DepthToSpace).apply(null,arguments)},Dy=i._DepthwiseConv2dNative=function(){return(Dy=i._DepthwiseConv2dNative=i.asm.DepthwiseConv2dNative).apply(null,arguments)},Fy=i._Diag=function(){return(Fy=i._Diag=i.asm.Diag).apply(null,arguments)},My=i._Dilation2D=function(){return(My=i._Dilation2D=i.asm.Dilation2D).apply(null,arguments)},Py=i._Dilation2DBackpropFilter=function(){return(Py=i._Dilation2DBackpropFilter=i.asm.Dilation2DBackpropFilter).apply(null,arguments)},Oy=i._Dilation2DBackpropInput=function(){return(Oy=i._Dilation2DBackpropInput=i.asm.Dilation2DBackpropInput).apply(null,arguments)},By=i._Elu=function(){return(By=i._Elu=i.asm.Elu).apply(null,arguments)},Ly=i._EluGrad=function(){return(Ly=i._EluGrad=i.asm.EluGrad).apply(null,arguments)},Vy=i._Equal=function(){return(Vy=i._Equal=i.asm.Equal).apply(null,arguments)},Wy=i._Erf=function(){return(Wy=i._Erf=i.asm.Erf).apply(null,arguments)},Uy=i._Exp=function(){return(Uy=i._Exp=i.asm.Exp).apply(null,arguments)},Gy=i._Expm1=function(){return(Gy=i._Expm1=i.asm.Expm1).apply(null,arguments)},zy=i._FlipLeftRight=function(){return(zy=i._FlipLeftRight=i.asm.FlipLeftRight).apply(null,arguments)},Hy=i._Floor=function(){return(Hy=i._Floor=i.asm.Floor).apply(null,arguments)},Ky=i._FloorDiv=function(){return(Ky=i._FloorDiv=i.asm.FloorDiv).apply(null,arguments)},qy=i._FusedBatchNorm=function(){return(qy=i._FusedBatchNorm=i.asm.FusedBatchNorm).apply(null,arguments)},jy=i._FusedConv2D=function(){return(jy=i._FusedConv2D=i.asm.FusedConv2D).apply(null,arguments)},Xy=i._FusedDepthwiseConv2D=function(){return(Xy=i._FusedDepthwiseConv2D=i.asm.FusedDepthwiseConv2D).apply(null,arguments)},Yy=i._Gather=function(){return(Yy=i._Gather=i.asm.Gather).apply(null,arguments)},Jy=i._GatherNd=function(){return(Jy=i._GatherNd=i.asm.GatherNd).apply(null,arguments)},Zy=i._Greater=function(){return(Zy=i._Greater=i.asm.Greater).apply(null,arguments)},Qy=i._GreaterEqual=function(){return(Qy=i._GreaterEqual=i.asm.GreaterEqual).apply(null,arguments)},ew=i._IsFinite=function(){return(ew=i._IsFinite=i.asm.IsFinite).apply(null,arguments)},tw=i._IsInf=function(){return(tw=i._IsInf=i.asm.IsInf).apply(null,arguments)},rw=i._IsNan=function(){return(rw=i._IsNan=i.asm.IsNan).apply(null,arguments)},nw=i._LRN=function(){return(nw=i._LRN=i.asm.LRN).apply(null,arguments)},ow=i._LRNGrad=function(){return(ow=i._LRNGrad=i.asm.LRNGrad).apply(null,arguments)},sw=i._LeakyRelu=function(){return(sw=i._LeakyRelu=i.asm.LeakyRelu).apply(null,arguments)},aw=i._Less=function(){return(aw=i._Less=i.asm.Less).apply(null,arguments)},iw=i._LessEqual=function(){return(iw=i._LessEqual=i.asm.LessEqual).apply(null,arguments)},cw=i._LinSpace=function(){return(cw=i._LinSpace=i.asm.LinSpace).apply(null,arguments)},uw=i._Log=function(){return(uw=i._Log=i.asm.Log).apply(null,arguments)},lw=i._Log1p=function(){return(lw=i._Log1p=i.asm.Log1p).apply(null,arguments)},pw=i._LogicalAnd=function(){return(pw=i._LogicalAnd=i.asm.LogicalAnd).apply(null,arguments)},mw=i._LogicalNot=function(){return(mw=i._LogicalNot=i.asm.LogicalNot).apply(null,arguments)},fw=i._LogicalOr=function(){return(fw=i._LogicalOr=i.asm.LogicalOr).apply(null,arguments)},dw=i._LogicalXor=function(){return(dw=i._LogicalXor=i.asm.LogicalXor).apply(null,arguments)},hw=i._Max=function(){return(hw=i._Max=i.asm.Max).apply(null,arguments)},gw=i._MaxPool=function(){return(gw=i._MaxPool=i.asm.MaxPool).apply(null,arguments)},xw=i._MaxPool3D=function(){return(xw=i._MaxPool3D=i.asm.MaxPool3D).apply(null,arguments)},bw=i._MaxPool3DGrad=function(){return(bw=i._MaxPool3DGrad=i.asm.MaxPool3DGrad).apply(null,arguments)},yw=i._MaxPoolGrad=function(){return(yw=i._MaxPoolGrad=i.asm.MaxPoolGrad).apply(null,arguments)},ww=i._MaxPoolWithArgmax=function(){return(ww=i._MaxPoolWithArgmax=i.asm.MaxPoolWithArgmax).apply(null,arguments)},vw=i._Maximum=function(){return(vw=i._Maximum=i.asm.Maximum).apply(null,arguments)},Iw=i._Mean=function(){return(Iw=i._Mean=i.asm.Mean).apply(null,arguments)},Cw=i._Min=function(){return(Cw=i._Min=i.asm.Min).apply(null,arguments)},Sw=i._Minimum=function(){return(Sw=i._Minimum=i.asm.Minimum).apply(null,arguments)},kw=i._MirrorPad=function(){return(kw=i._MirrorPad=i.asm.MirrorPad).apply(null,arguments)},_w=i._Mod=function(){return(_w=i._Mod=i.asm.Mod).apply(null,arguments)},Tw=i._Multinomial=function(){return(Tw=i._Multinomial=i.asm.Multinomial).apply(null,arguments)},Nw=i._Multiply=function(){return(Nw=i._Multiply=i.asm.Multiply).apply(null,arguments)},Ew=i._Neg=function(){return(Ew=i._Neg=i.asm.Neg).apply(null,arguments)},$w=i._NonMaxSuppressionV3=function(){return($w=i._NonMaxSuppressionV3=i.asm.NonMaxSuppressionV3).apply(null,arguments)},Aw=i._NonMaxSuppressionV4=function(){return(Aw=i._NonMaxSuppressionV4=i.asm.NonMaxSuppressionV4).apply(null,arguments)},$f=i._NonMaxSuppressionV5=function(){return($f=i._NonMaxSuppressionV5=i.asm.NonMaxSuppressionV5).apply(null,arguments)},Af=i._NotEqual=function(){return(Af=i._NotEqual=i.asm.NotEqual).apply(null,arguments)},Op=i._OneHot=function(){return(Op=i._OneHot=i.asm.OneHot).apply(null,arguments)},Rw=i._PadV2=function(){return(Rw=i._PadV2=i.asm.PadV2).apply(null,arguments)},Dw=i._Pow=function(){return(Dw=i._Pow=i.asm.Pow).apply(null,arguments)},gl=i._Prelu=function(){return(gl=i._Prelu=i.asm.Prelu).apply(null,arguments)},Rf=i._Prod=function(){return(Rf=i._Prod=i.asm.Prod).apply(null,arguments)},xl=i._RealDiv=function(){return(xl=i._RealDiv=i.asm.RealDiv).apply(null,arguments)},bl=i._Reciprocal=function(){return(bl=i._Reciprocal=i.asm.Reciprocal).apply(null,arguments)},Fw=i._Relu=function(){return(Fw=i._Relu=i.asm.Relu).apply(null,arguments)},X=i._Relu6=function(){return(X=i._Relu6=i.asm.Relu6).apply(null,arguments)},ce=i._ResizeBilinear=function(){return(ce=i._ResizeBilinear=i.asm.ResizeBilinear).apply(null,arguments)},Ne=i._ResizeBilinearGrad=function(){return(Ne=i._ResizeBilinearGrad=i.asm.ResizeBilinearGrad).apply(null,arguments)},at=i._ResizeNearestNeighbor=function(){return(at=i._ResizeNearestNeighbor=i.asm.ResizeNearestNeighbor).apply(null,arguments)},Nt=i._ResizeNearestNeighborGrad=function(){return(Nt=i._ResizeNearestNeighborGrad=i.asm.ResizeNearestNeighborGrad).apply(null,arguments)},Et=i._Reverse=function(){return(Et=i._Reverse=i.asm.Reverse).apply(null,arguments)},Ye=i._RotateWithOffset=function(){return(Ye=i._RotateWithOffset=i.asm.RotateWithOffset).apply(null,arguments)},je=i._Round=function(){return(je=i._Round=i.asm.Round).apply(null,arguments)},Ht=i._Rsqrt=function(){return(Ht=i._Rsqrt=i.asm.Rsqrt).apply(null,arguments)},cn=i._ScatterNd=function(){return(cn=i._ScatterNd=i.asm.ScatterNd).apply(null,arguments)},Ca=i._SearchSorted=function(){return(Ca=i._SearchSorted=i.asm.SearchSorted).apply(null,arguments)},Df=i._SelectV2=function(){return(Df=i._SelectV2=i.asm.SelectV2).apply(null,arguments)},Bp=i._Selu=function(){return(Bp=i._Selu=i.asm.Selu).apply(null,arguments)},Mw=i._Sigmoid=function(){return(Mw=i._Sigmoid=i.asm.Sigmoid).apply(null,arguments)},Er=i._Sign=function(){return(Er=i._Sign=i.asm.Sign).apply(null,arguments)},ji=i._Sin=function(){return(ji=i._Sin=i.asm.Sin).apply(null,arguments)},Ff=i._Sinh=function(){return(Ff=i._Sinh=i.asm.Sinh).apply(null,arguments)},zK=i._Softmax=function(){return(zK=i._Softmax=i.asm.Softmax).apply(null,arguments)},HK=i._Softplus=function(){return(HK=i._Softplus=i.asm.Softplus).apply(null,arguments)},KK=i._SparseFillEmptyRows=function(){return(KK=i._SparseFillEmptyRows=i.asm.SparseFillEmptyRows).apply(null,arguments)},qK=i._SparseReshape=function(){return(qK=i._SparseReshape=i.asm.SparseReshape).apply(null,arguments)},jK=i._SparseSegmentReduction=function(){return(jK=i._SparseSegmentReduction=i.asm.SparseSegmentReduction).apply(null,arguments)},XK=i._SparseToDense=function(){return(XK=i._SparseToDense=i.asm.SparseToDense).apply(null,arguments)},YK=i._Sqrt=function(){return(YK=i._Sqrt=i.asm.Sqrt).apply(null,arguments)},JK=i._Square=function(){return(JK=i._Square=i.asm.Square).apply(null,arguments)},ZK=i._SquaredDifference=function(){return(ZK=i._SquaredDifference=i.asm.SquaredDifference).apply(null,arguments)},QK=i._Step=function(){return(QK=i._Step=i.asm.Step).apply(null,arguments)},eq=i._StridedSlice=function(){return(eq=i._StridedSlice=i.asm.StridedSlice).apply(null,arguments)},tq=i._Sub=function(){return(tq=i._Sub=i.asm.Sub).apply(null,arguments)},rq=i._Sum=function(){return(rq=i._Sum=i.asm.Sum).apply(null,arguments)},nq=i._Tan=function(){return(nq=i._Tan=i.asm.Tan).apply(null,arguments)},oq=i._Tanh=function(){return(oq=i._Tanh=i.asm.Tanh).apply(null,arguments)},sq=i._TensorScatterUpdate=function(){return(sq=i._TensorScatterUpdate=i.asm.TensorScatterUpdate).apply(null,arguments)},aq=i._Tile=function(){return(aq=i._Tile=i.asm.Tile).apply(null,arguments)},iq=i._TopK=function(){return(iq=i._TopK=i.asm.TopK).apply(null,arguments)},cq=i._Transform=function(){return(cq=i._Transform=i.asm.Transform).apply(null,arguments)},uq=i._Transpose=function(){return(uq=i._Transpose=i.asm.Transpose).apply(null,arguments)},lq=i.__FusedMatMul=function(){return(lq=i.__FusedMatMul=i.asm._FusedMatMul).apply(null,arguments)},pq=i._malloc=function(){return(pq=i._malloc=i.asm.malloc).apply(null,arguments)},mq=i._free=function(){return(mq=i._free=i.asm.free).apply(null,arguments)},fq=i.__emscripten_tls_init=function(){return(fq=i.__emscripten_tls_init=i.asm._emscripten_tls_init).apply(null,arguments)},Mf=i._pthread_self=function(){return(Mf=i._pthread_self=i.asm.pthread_self).apply(null,arguments)},dq=i.___errno_location=function(){return(dq=i.___errno_location=i.asm.__errno_location).apply(null,arguments)},ok=i.__emscripten_thread_init=function(){return(ok=i.__emscripten_thread_init=i.asm._emscripten_thread_init).apply(null,arguments)},hq=i.__emscripten_thread_crashed=function(){return(hq=i.__emscripten_thread_crashed=i.asm._emscripten_thread_crashed).apply(null,arguments)},gq=i._emscripten_main_thread_process_queued_calls=function(){return(gq=i._emscripten_main_thread_process_queued_calls=i.asm.emscripten_main_thread_process_queued_calls).apply(null,arguments)},xq=i._emscripten_main_browser_thread_id=function(){return(xq=i._emscripten_main_browser_thread_id=i.asm.emscripten_main_browser_thread_id).apply(null,arguments)},sk=i._emscripten_run_in_main_runtime_thread_js=function(){return(sk=i._emscripten_run_in_main_runtime_thread_js=i.asm.emscripten_run_in_main_runtime_thread_js).apply(null,arguments)},bq=i._emscripten_dispatch_to_thread_=function(){return(bq=i._emscripten_dispatch_to_thread_=i.asm.emscripten_dispatch_to_thread_).apply(null,arguments)},ak=i.__emscripten_proxy_execute_task_queue=function(){return(ak=i.__emscripten_proxy_execute_task_queue=i.asm._emscripten_proxy_execute_task_queue).apply(null,arguments)},Pw=i.__emscripten_thread_free_data=function(){return(Pw=i.__emscripten_thread_free_data=i.asm._emscripten_thread_free_data).apply(null,arguments)},ik=i.__emscripten_thread_exit=function(){return(ik=i.__emscripten_thread_exit=i.asm._emscripten_thread_exit).apply(null,arguments)},ck=i._emscripten_stack_set_limits=function(){return(ck=i._emscripten_stack_set_limits=i.asm.emscripten_stack_set_limits).apply(null,arguments)},Ow=i.stackSave=function(){return(Ow=i.stackSave=i.asm.stackSave).apply(null,arguments)},Pf=i.stackRestore=function(){return(Pf=i.stackRestore=i.asm.stackRestore).apply(null,arguments)},Of=i.stackAlloc=function(){return(Of=i.stackAlloc=i.asm.stackAlloc).apply(null,arguments)},yq=i.dynCall_iijjiiii=function(){return(yq=i.dynCall_iijjiiii=i.asm.dynCall_iijjiiii).apply(null,arguments)},wq=i.dynCall_jiji=function(){return(wq=i.dynCall_jiji=i.asm.dynCall_jiji).apply(null,arguments)};i.keepRuntimeAlive=Bn,i.wasmMemory=se,i.cwrap=Gb,i.ExitStatus=Bc,i.PThread=Pe;var Bf;Ia=function M(){Bf||uk(),Bf||(Ia=M)};function uk(M){if(M=M||d,Ki>0)return;if(C){l(i),or(),startWorker(i);return}if(po(),Ki>0)return;function H(){Bf||(Bf=!0,i.calledRun=!0,!pe&&(or(),l(i),i.onRuntimeInitialized&&i.onRuntimeInitialized(),va()))}i.setStatus?(i.setStatus("Running..."),setTimeout(function(){setTimeout(function(){i.setStatus("")},1),H()},1)):H()}if(i.preInit)for(typeof i.preInit=="function"&&(i.preInit=[i.preInit]);i.preInit.length>0;)i.preInit.pop()();uk();var Lf;m&&(Lf={uncaughtException:process.listeners("uncaughtException").filter(function(M){return!m.uncaughtException.indexOf(M)>-1}),unhandledRejection:process.listeners("unhandledRejection").filter(function(M){return!m.unhandledRejection.indexOf(M)>-1})});var Vf;if(typeof WasmBackendModule<"u")Vf=WasmBackendModule;else if(typeof e<"u")Vf=e;else throw new Error("Could not find wasm module in post.js");if(Lf){var vq=Vf._dispose;Vf._dispose=function(){vq(),Lf.uncaughtException.forEach(function(M){process.removeListener("uncaughtException",M)}),Lf.unhandledRejection.forEach(function(M){process.removeListener("unhandledRejection",M)})}}return e.ready})})();typeof eb=="object"&&typeof BS=="object"?BS.exports=OS:typeof define=="function"&&define.amd?define([],function(){return OS}):typeof eb=="object"&&(eb.WasmBackendModuleThreadedSimd=OS)});var cK=Kt((yRt,iK)=>{iK.exports.wasmWorkerContents=`"use strict";var Module={};var ENVIRONMENT_IS_NODE=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string";if(ENVIRONMENT_IS_NODE){var nodeWorkerThreads=require("worker_threads");var parentPort=nodeWorkerThreads.parentPort;parentPort.on("message",data=>onmessage({data:data}));var fs=require("fs");Object.assign(global,{self:global,require:require,Module:Module,location:{href:__filename},Worker:nodeWorkerThreads.Worker,importScripts:function(f){(0,eval)(fs.readFileSync(f,"utf8")+"//# sourceURL="+f)},postMessage:function(msg){parentPort.postMessage(msg)},performance:global.performance||{now:function(){return Date.now()}}})}var initializedJS=false;var pendingNotifiedProxyingQueues=[];function threadPrintErr(){var text=Array.prototype.slice.call(arguments).join(" ");if(ENVIRONMENT_IS_NODE){fs.writeSync(2,text+"
");return}console.error(text)}function threadAlert(){var text=Array.prototype.slice.call(arguments).join(" ");postMessage({cmd:"alert",text:text,threadId:Module["_pthread_self"]()})}var err=threadPrintErr;self.alert=threadAlert;Module["instantiateWasm"]=(info,receiveInstance)=>{var instance=new WebAssembly.Instance(Module["wasmModule"],info);receiveInstance(instance);Module["wasmModule"]=null;return instance.exports};self.onunhandledrejection=e=>{throw e.reason??e};self.startWorker=instance=>{Module=instance;postMessage({"cmd":"loaded"})};self.onmessage=e=>{try{if(e.data.cmd==="load"){Module["wasmModule"]=e.data.wasmModule;for(const handler of e.data.handlers){Module[handler]=function(){postMessage({cmd:"callHandler",handler:handler,args:[...arguments]})}}Module["wasmMemory"]=e.data.wasmMemory;Module["buffer"]=Module["wasmMemory"].buffer;Module["ENVIRONMENT_IS_PTHREAD"]=true;if(typeof e.data.urlOrBlob=="string"){importScripts(e.data.urlOrBlob)}else{var objectUrl=URL.createObjectURL(e.data.urlOrBlob);importScripts(objectUrl);URL.revokeObjectURL(objectUrl)}WasmBackendModuleThreadedSimd(Module)}else if(e.data.cmd==="run"){Module["__emscripten_thread_init"](e.data.pthread_ptr,0,0,1);Module["establishStackSpace"]();Module["PThread"].receiveObjectTransfer(e.data);Module["PThread"].threadInitTLS();if(!initializedJS){pendingNotifiedProxyingQueues.forEach(queue=>{Module["executeNotifiedProxyingQueue"](queue)});pendingNotifiedProxyingQueues=[];initializedJS=true}try{Module["invokeEntryPoint"](e.data.start_routine,e.data.arg)}catch(ex){if(ex!="unwind"){if(ex instanceof Module["ExitStatus"]){if(Module["keepRuntimeAlive"]()){}else{Module["__emscripten_thread_exit"](ex.status)}}else{throw ex}}}}else if(e.data.cmd==="cancel"){if(Module["_pthread_self"]()){Module["__emscripten_thread_exit"](-1)}}else if(e.data.target==="setimmediate"){}else if(e.data.cmd==="processProxyingQueue"){if(initializedJS){Module["executeNotifiedProxyingQueue"](e.data.queue)}else{pendingNotifiedProxyingQueues.push(e.data.queue)}}else if(e.data.cmd){err("worker.js received unknown command "+e.data.cmd);err(e.data)}}catch(ex){if(Module["__emscripten_thread_crashed"]){Module["__emscripten_thread_crashed"]()}throw ex}};`});var uK=Kt((tb,VS)=>{var LS=(()=>{var r=typeof document<"u"&&document.currentScript?document.currentScript.src:void 0;return typeof __filename<"u"&&(r=r||__filename),(function(e){e=e||{};var t=typeof e<"u"?e:{},n,o;t.ready=new Promise(function(X,ce){n=X,o=ce});var s;typeof process<"u"&&process.listeners&&(s={uncaughtException:process.listeners("uncaughtException"),unhandledRejection:process.listeners("unhandledRejection")});var a=Object.assign({},t),c=[],u="./this.program",i=(X,ce)=>{throw ce},l=typeof window=="object",p=typeof importScripts=="function",m=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string",f="";function d(X){return t.locateFile?t.locateFile(X,f):f+X}var h,g,x,y;function w(X){if(X instanceof fl)return;A("exiting due to exception: "+X)}if(m){var C=MS(),T=PS();p?f=T.dirname(f)+"/":f=__dirname+"/",h=(X,ce)=>(X=po(X)?new URL(X):T.normalize(X),C.readFileSync(X,ce?void 0:"utf8")),x=X=>{var ce=h(X,!0);return ce.buffer||(ce=new Uint8Array(ce)),ce},g=(X,ce,Ne)=>{X=po(X)?new URL(X):T.normalize(X),C.readFile(X,function(at,Nt){at?Ne(at):ce(Nt.buffer)})},process.argv.length>1&&(u=process.argv[1].replace(/\\/g,"/")),c=process.argv.slice(2),process.on("uncaughtException",function(X){if(!(X instanceof fl))throw X}),process.on("unhandledRejection",function(X){throw X}),i=(X,ce)=>{if(it())throw process.exitCode=X,ce;w(ce),process.exit(X)},t.inspect=function(){return"[Emscripten Module object]"}}else(l||p)&&(p?f=self.location.href:typeof document<"u"&&document.currentScript&&(f=document.currentScript.src),r&&(f=r),f.indexOf("blob:")!==0?f=f.substr(0,f.replace(/[?#].*/,"").lastIndexOf("/")+1):f="",h=X=>{var ce=new XMLHttpRequest;return ce.open("GET",X,!1),ce.send(null),ce.responseText},p&&(x=X=>{var ce=new XMLHttpRequest;return ce.open("GET",X,!1),ce.responseType="arraybuffer",ce.send(null),new Uint8Array(ce.response)}),g=(X,ce,Ne)=>{var at=new XMLHttpRequest;at.open("GET",X,!0),at.responseType="arraybuffer",at.onload=()=>{if(at.status==200||at.status==0&&at.response){ce(at.response);return}Ne()},at.onerror=Ne,at.send(null)},y=X=>document.title=X);var $=t.print||console.log.bind(console),A=t.printErr||console.warn.bind(console);Object.assign(t,a),a=null,t.arguments&&(c=t.arguments),t.thisProgram&&(u=t.thisProgram),t.quit&&(i=t.quit);var R=4,D;t.wasmBinary&&(D=t.wasmBinary);var F=t.noExitRuntime||!0;typeof WebAssembly!="object"&&Ir("no native wasm support detected");var B,V=!1,U;function z(X,ce){X||Ir(ce)}var W=typeof TextDecoder<"u"?new TextDecoder("utf8"):void 0;function q(X,ce,Ne){ce>>>=0;for(var at=ce+Ne,Nt=ce;X[Nt]&&!(Nt>=at);)++Nt;if(Nt-ce>16&&X.buffer&&W)return W.decode(X.subarray(ce,Nt));for(var Et="";ce<Nt;){var Ye=X[ce++];if(!(Ye&128)){Et+=String.fromCharCode(Ye);continue}var je=X[ce++]&63;if((Ye&224)==192){Et+=String.fromCharCode((Ye&31)<<6|je);continue}var Ht=X[ce++]&63;if((Ye&240)==224?Ye=(Ye&15)<<12|je<<6|Ht:Ye=(Ye&7)<<18|je<<12|Ht<<6|X[ce++]&63,Ye<65536)Et+=String.fromCharCode(Ye);else{var cn=Ye-65536;Et+=String.fromCharCode(55296|cn>>10,56320|cn&1023)}}return Et}function j(X,ce){return X>>>=0,X?q(ie,X,ce):""}function Y(X,ce,Ne,at){if(Ne>>>=0,!(at>0))return 0;for(var Nt=Ne,Et=Ne+at-1,Ye=0;Ye<X.length;++Ye){var je=X.charCodeAt(Ye);if(je>=55296&&je<=57343){var Ht=X.charCodeAt(++Ye);je=65536+((je&1023)<<10)|Ht&1023}if(je<=127){if(Ne>=Et)break;ce[Ne++>>>0]=je}else if(je<=2047){if(Ne+1>=Et)break;ce[Ne++>>>0]=192|je>>6,ce[Ne++>>>0]=128|je&63}else if(je<=65535){if(Ne+2>=Et)break;ce[Ne++>>>0]=224|je>>12,ce[Ne++>>>0]=128|je>>6&63,ce[Ne++>>>0]=128|je&63}else{if(Ne+3>=Et)break;ce[Ne++>>>0]=240|je>>18,ce[Ne++>>>0]=128|je>>12&63,ce[Ne++>>>0]=128|je>>6&63,ce[Ne++>>>0]=128|je&63}}return ce[Ne>>>0]=0,Ne-Nt}function Q(X,ce,Ne){return Y(X,ie,ce,Ne)}var re,ae,ie,oe,se,ue,pe,ye,Te;function ke(X){re=X,t.HEAP8=ae=new Int8Array(X),t.HEAP16=oe=new Int16Array(X),t.HEAP32=ue=new Int32Array(X),t.HEAPU8=ie=new Uint8Array(X),t.HEAPU16=se=new Uint16Array(X),t.HEAPU32=pe=new Uint32Array(X),t.HEAPF32=ye=new Float32Array(X),t.HEAPF64=Te=new Float64Array(X)}var De=t.INITIAL_MEMORY||16777216,Fe,st=[],ut=[],qe=[],lt=!1;function it(){return F}function ft(){if(t.preRun)for(typeof t.preRun=="function"&&(t.preRun=[t.preRun]);t.preRun.length;)Pt(t.preRun.shift());Ia(st)}function dt(){lt=!0,Ia(ut)}function Hr(){if(t.postRun)for(typeof t.postRun=="function"&&(t.postRun=[t.postRun]);t.postRun.length;)mr(t.postRun.shift());Ia(qe)}function Pt(X){st.unshift(X)}function on(X){ut.unshift(X)}function mr(X){qe.unshift(X)}var Tt=0,fr=null,dr=null;function sn(X){Tt++,t.monitorRunDependencies&&t.monitorRunDependencies(Tt)}function an(X){if(Tt--,t.monitorRunDependencies&&t.monitorRunDependencies(Tt),Tt==0&&(fr!==null&&(clearInterval(fr),fr=null),dr)){var ce=dr;dr=null,ce()}}function Ir(X){t.onAbort&&t.onAbort(X),X="Aborted("+X+")",A(X),V=!0,U=1,X+=". Build with -sASSERTIONS for more info.";var ce=new WebAssembly.RuntimeError(X);throw o(ce),ce}var wa="data:application/octet-stream;base64,";function Bn(X){return X.startsWith(wa)}function po(X){return X.startsWith("file://")}var or;or="tfjs-backend-wasm.wasm",Bn(or)||(or=d(or));function va(X){try{if(X==or&&D)return new Uint8Array(D);if(x)return x(X);throw"both async and sync fetching of the wasm failed"}catch(ce){Ir(ce)}}function $p(){if(!D&&(l||p)){if(typeof fetch=="function"&&!po(or))return fetch(or,{credentials:"same-origin"}).then(function(X){if(!X.ok)throw"failed to load wasm binary file at '"+or+"'";return X.arrayBuffer()}).catch(function(){return va(or)});if(g)return new Promise(function(X,ce){g(or,function(Ne){X(new Uint8Array(Ne))},ce)})}return Promise.resolve().then(function(){return va(or)})}function Ap(){var X={env:Rp,wasi_snapshot_preview1:Rp};function ce(Ye,je){var Ht=Ye.exports;t.asm=Ht,B=t.asm.memory,ke(B.buffer),Fe=t.asm.__indirect_function_table,on(t.asm.__wasm_call_ctors),an("wasm-instantiate")}sn("wasm-instantiate");function Ne(Ye){ce(Ye.instance)}function at(Ye){return $p().then(function(je){return WebAssembly.instantiate(je,X)}).then(function(je){return je}).then(Ye,function(je){A("failed to asynchronously prepare wasm: "+je),Ir(je)})}function Nt(){return!D&&typeof WebAssembly.instantiateStreaming=="function"&&!Bn(or)&&!po(or)&&!m&&typeof fetch=="function"?fetch(or,{credentials:"same-origin"}).then(function(Ye){var je=WebAssembly.instantiateStreaming(Ye,X);return je.then(Ne,function(Ht){return A("wasm streaming compile failed: "+Ht),A("falling back to ArrayBuffer instantiation"),at(Ne)})}):at(Ne)}if(t.instantiateWasm)try{var Et=t.instantiateWasm(X,ce);return Et}catch(Ye){A("Module.instantiateWasm callback failed with error: "+Ye),o(Ye)}return Nt().catch(o),{}}var ek,Ki;function fl(X){this.name="ExitStatus",this.message="Program terminated with exit("+X+")",this.status=X}function Ia(X){for(;X.length>0;)X.shift()(t)}function cb(){Ir("")}function df(){return 4294901760}function Oc(){return df()}function ub(X,ce,Ne){ie.copyWithin(X>>>0,ce>>>0,ce+Ne>>>0)}function hf(X){try{return B.grow(X-re.byteLength+65535>>>16),ke(B.buffer),1}catch{}}function dl(X){var ce=ie.length;X=X>>>0;var Ne=df();if(X>Ne)return!1;let at=(Ht,cn)=>Ht+(cn-Ht%cn)%cn;for(var Nt=1;Nt<=4;Nt*=2){var Et=ce*(1+.2/Nt);Et=Math.min(Et,X+100663296);var Ye=Math.min(Ne,at(Math.max(X,Et),65536)),je=hf(Ye);if(je)return!0}return!1}var Cr={varargs:void 0,get:function(){Cr.varargs+=4;var X=ue[Cr.varargs-4>>>2];return X},getStr:function(X){var ce=j(X);return ce}};function gf(X){return 52}function lb(X,ce,Ne,at,Nt){return 70}var pb=[null,[],[]];function tk(X,ce){var Ne=pb[X];ce===0||ce===10?((X===1?$:A)(q(Ne,0)),Ne.length=0):Ne.push(ce)}function rk(X,ce,Ne,at){for(var Nt=0,Et=0;Et<Ne;Et++){var Ye=pe[ce>>>2],je=pe[ce+4>>>2];ce+=8;for(var Ht=0;Ht<je;Ht++)tk(X,ie[Ye+Ht>>>0]);Nt+=je}return pe[at>>>2]=Nt,0}function xf(X){var ce=t["_"+X];return ce}function Bc(X,ce){ae.set(X,ce>>>0)}function mb(X,ce,Ne,at,Nt){var Et={string:Er=>{var ji=0;if(Er!=null&&Er!==0){var Ff=(Er.length<<2)+1;ji=Op(Ff),Q(Er,ji,Ff)}return ji},array:Er=>{var ji=Op(Er.length);return Bc(Er,ji),ji}};function Ye(Er){return ce==="string"?j(Er):ce==="boolean"?!!Er:Er}var je=xf(X),Ht=[],cn=0;if(at)for(var Ca=0;Ca<at.length;Ca++){var Df=Et[Ne[Ca]];Df?(cn===0&&(cn=$f()),Ht[Ca]=Df(at[Ca])):Ht[Ca]=at[Ca]}var Bp=je.apply(null,Ht);function Mw(Er){return cn!==0&&Af(cn),Ye(Er)}return Bp=Mw(Bp),Bp}function fb(X,ce,Ne,at){Ne=Ne||[];var Nt=Ne.every(Ye=>Ye==="number"||Ye==="boolean"),Et=ce!=="string";return Et&&Nt&&!at?xf(X):function(){return mb(X,ce,Ne,arguments,at)}}var Rp={abort:cb,emscripten_get_heap_max:Oc,emscripten_memcpy_big:ub,emscripten_resize_heap:dl,fd_close:gf,fd_seek:lb,fd_write:rk},db=Ap(),bf=t.___wasm_call_ctors=function(){return(bf=t.___wasm_call_ctors=t.asm.__wasm_call_ctors).apply(null,arguments)},yf=t._init=function(){return(yf=t._init=t.asm.init).apply(null,arguments)},hb=t._init_with_threads_count=function(){return(hb=t._init_with_threads_count=t.asm.init_with_threads_count).apply(null,arguments)},wf=t._get_threads_count=function(){return(wf=t._get_threads_count=t.asm.get_threads_count).apply(null,arguments)},gb=t._register_tensor=function(){return(gb=t._register_tensor=t.asm.register_tensor).apply(null,arguments)},Pe=t._dispose_data=function(){return(Pe=t._dispose_data=t.asm.dispose_data).apply(null,arguments)},Dp=t._dispose=function(){return(Dp=t._dispose=t.asm.dispose).apply(null,arguments)},xb=t._Abs=function(){return(xb=t._Abs=t.asm.Abs).apply(null,arguments)},vf=t._Acos=function(){return(vf=t._Acos=t.asm.Acos).apply(null,arguments)},hl=t._Acosh=function(){return(hl=t._Acosh=t.asm.Acosh).apply(null,arguments)},bb=t._Add=function(){return(bb=t._Add=t.asm.Add).apply(null,arguments)},yb=t._AddN=function(){return(yb=t._AddN=t.asm.AddN).apply(null,arguments)},wb=t._All=function(){return(wb=t._All=t.asm.All).apply(null,arguments)},vb=t._Any=function(){return(vb=t._Any=t.asm.Any).apply(null,arguments)},Ib=t._ArgMax=function(){return(Ib=t._ArgMax=t.asm.ArgMax).apply(null,arguments)},If=t._ArgMin=function(){return(If=t._ArgMin=t.asm.ArgMin).apply(null,arguments)},Cf=t._Asin=function(){return(Cf=t._Asin=t.asm.Asin).apply(null,arguments)},Cb=t._Asinh=function(){return(Cb=t._Asinh=t.asm.Asinh).apply(null,arguments)},Sb=t._Atan=function(){return(Sb=t._Atan=t.asm.Atan).apply(null,arguments)},kb=t._Atan2=function(){return(kb=t._Atan2=t.asm.Atan2).apply(null,arguments)},Fp=t._Atanh=function(){return(Fp=t._Atanh=t.asm.Atanh).apply(null,arguments)},_b=t._AvgPool=function(){return(_b=t._AvgPool=t.asm.AvgPool).apply(null,arguments)},Tb=t._AvgPool3D=function(){return(Tb=t._AvgPool3D=t.asm.AvgPool3D).apply(null,arguments)},Nb=t._AvgPool3DGrad=function(){return(Nb=t._AvgPool3DGrad=t.asm.AvgPool3DGrad).apply(null,arguments)},Lc=t._AvgPoolGrad=function(){return(Lc=t._AvgPoolGrad=t.asm.AvgPoolGrad).apply(null,arguments)},Eb=t._BatchMatMul=function(){return(Eb=t._BatchMatMul=t.asm.BatchMatMul).apply(null,arguments)},$b=t._Bincount=function(){return($b=t._Bincount=t.asm.Bincount).apply(null,arguments)},Sf=t._BitwiseAnd=function(){return(Sf=t._BitwiseAnd=t.asm.BitwiseAnd).apply(null,arguments)},Ab=t._Ceil=function(){return(Ab=t._Ceil=t.asm.Ceil).apply(null,arguments)},Mp=t._ClipByValue=function(){return(Mp=t._ClipByValue=t.asm.ClipByValue).apply(null,arguments)},Rb=t._Conv2D=function(){return(Rb=t._Conv2D=t.asm.Conv2D).apply(null,arguments)},Db=t._Conv2DBackpropInput=function(){return(Db=t._Conv2DBackpropInput=t.asm.Conv2DBackpropInput).apply(null,arguments)},Fb=t._Conv3D=function(){return(Fb=t._Conv3D=t.asm.Conv3D).apply(null,arguments)},qi=t._Conv3DBackpropFilterV2=function(){return(qi=t._Conv3DBackpropFilterV2=t.asm.Conv3DBackpropFilterV2).apply(null,arguments)},Pp=t._Conv3DBackpropInputV2=function(){return(Pp=t._Conv3DBackpropInputV2=t.asm.Conv3DBackpropInputV2).apply(null,arguments)},Mb=t._Cos=function(){return(Mb=t._Cos=t.asm.Cos).apply(null,arguments)},Pb=t._Cosh=function(){return(Pb=t._Cosh=t.asm.Cosh).apply(null,arguments)},Ob=t._CropAndResize=function(){return(Ob=t._CropAndResize=t.asm.CropAndResize).apply(null,arguments)},Bb=t._Cumprod=function(){return(Bb=t._Cumprod=t.asm.Cumprod).apply(null,arguments)},kf=t._Cumsum=function(){return(kf=t._Cumsum=t.asm.Cumsum).apply(null,arguments)},_f=t._DenseBincount=function(){return(_f=t._DenseBincount=t.asm.DenseBincount).apply(null,arguments)},Lb=t._DepthToSpace=function(){return(Lb=t._DepthToSpace=t.asm.DepthToSpace).apply(null,arguments)},Vb=t._DepthwiseConv2dNative=function(){return(Vb=t._DepthwiseConv2dNative=t.asm.DepthwiseConv2dNative).apply(null,arguments)},Tf=t._Diag=function(){return(Tf=t._Diag=t.asm.Diag).apply(null,arguments)},Nf=t._Dilation2D=function(){return(Nf=t._Dilation2D=t.asm.Dilation2D).apply(null,arguments)},Wb=t._Dilation2DBackpropFilter=function(){return(Wb=t._Dilation2DBackpropFilter=t.asm.Dilation2DBackpropFilter).apply(null,arguments)},Ub=t._Dilation2DBackpropInput=function(){return(Ub=t._Dilation2DBackpropInput=t.asm.Dilation2DBackpropInput).apply(null,arguments)},Gb=t._Elu=function(){return(Gb=t._Elu=t.asm.Elu).apply(null,arguments)},zb=t._EluGrad=function(){return(zb=t._EluGrad=t.asm.EluGrad).apply(null,arguments)},Ef=t._Equal=function(){return(Ef=t._Equal=t.asm.Equal).apply(null,arguments)},nk=t._Erf=function(){return(nk=t._Erf=t.asm.Erf).apply(null,arguments)},Hb=t._Exp=function(){return(Hb=t._Exp=t.asm.Exp).apply(null,arguments)},Kb=t._Expm1=function(){return(Kb=t._Expm1=t.asm.Expm1).apply(null,arguments)},qb=t._FlipLeftRight=function(){return(qb=t._FlipLeftRight=t.asm.FlipLeftRight).apply(null,arguments)},jb=t._Floor=function(){return(jb=t._Floor=t.asm.Floor).apply(null,arguments)},Xb=t._FloorDiv=function(){return(Xb=t._FloorDiv=t.asm.FloorDiv).apply(null,arguments)},Yb=t._FusedBatchNorm=function(){return(Yb=t._FusedBatchNorm=t.asm.FusedBatchNorm).apply(null,arguments)},Jb=t._FusedConv2D=function(){return(Jb=t._FusedConv2D=t.asm.FusedConv2D).apply(null,arguments)},Zb=t._FusedDepthwiseConv2D=function(){return(Zb=t._FusedDepthwiseConv2D=t.asm.FusedDepthwiseConv2D).apply(null,arguments)},Qb=t._Gather=function(){return(Qb=t._Gather=t.asm.Gather).apply(null,arguments)},ey=t._GatherNd=function(){return(ey=t._GatherNd=t.asm.GatherNd).apply(null,arguments)},ty=t._Greater=function(){return(ty=t._Greater=t.asm.Greater).apply(null,arguments)},ry=t._GreaterEqual=function(){return(ry=t._GreaterEqual=t.asm.GreaterEqual).apply(null,arguments)},ny=t._IsFinite=function(){return(ny=t._IsFinite=t.asm.IsFinite).apply(null,arguments)},oy=t._IsInf=function(){return(oy=t._IsInf=t.asm.IsInf).apply(null,arguments)},sy=t._IsNan=function(){return(sy=t._IsNan=t.asm.IsNan).apply(null,arguments)},ay=t._LRN=function(){return(ay=t._LRN=t.asm.LRN).apply(null,arguments)},iy=t._LRNGrad=function(){return(iy=t._LRNGrad=t.asm.LRNGrad).apply(null,arguments)},cy=t._LeakyRelu=function(){return(cy=t._LeakyRelu=t.asm.LeakyRelu).apply(null,arguments)},uy=t._Less=function(){return(uy=t._Less=t.asm.Less).apply(null,arguments)},ly=t._LessEqual=function(){return(ly=t._LessEqual=t.asm.LessEqual).apply(null,arguments)},py=t._LinSpace=function(){return(py=t._LinSpace=t.asm.LinSpace).apply(null,arguments)},my=t._Log=function(){return(my=t._Log=t.asm.Log).apply(null,arguments)},fy=t._Log1p=function(){return(fy=t._Log1p=t.asm.Log1p).apply(null,arguments)},dy=t._LogicalAnd=function(){return(dy=t._LogicalAnd=t.asm.LogicalAnd).apply(null,arguments)},hy=t._LogicalNot=function(){return(hy=t._LogicalNot=t.asm.LogicalNot).apply(null,arguments)},gy=t._LogicalOr=function(){return(gy=t._LogicalOr=t.asm.LogicalOr).apply(null,arguments)},xy=t._LogicalXor=function(){return(xy=t._LogicalXor=t.asm.LogicalXor).apply(null,arguments)},by=t._Max=function(){return(by=t._Max=t.asm.Max).apply(null,arguments)},yy=t._MaxPool=function(){return(yy=t._MaxPool=t.asm.MaxPool).apply(null,arguments)},wy=t._MaxPool3D=function(){return(wy=t._MaxPool3D=t.asm.MaxPool3D).apply(null,arguments)},vy=t._MaxPool3DGrad=function(){return(vy=t._MaxPool3DGrad=t.asm.MaxPool3DGrad).apply(null,arguments)},Iy=t._MaxPoolGrad=function(){return(Iy=t._MaxPoolGrad=t.asm.MaxPoolGrad).apply(null,arguments)},Cy=t._MaxPoolWithArgmax=function(){return(Cy=t._MaxPoolWithArgmax=t.asm.MaxPoolWithArgmax).apply(null,arguments)},Sy=t._Maximum=function(){return(Sy=t._Maximum=t.asm.Maximum).apply(null,arguments)},ky=t._Mean=function(){return(ky=t._Mean=t.asm.Mean).apply(null,arguments)},_y=t._Min=function(){return(_y=t._Min=t.asm.Min).apply(null,arguments)},Ty=t._Minimum=function(){return(Ty=t._Minimum=t.asm.Minimum).apply(null,arguments)},Ny=t._MirrorPad=function(){return(Ny=t._MirrorPad=t.asm.MirrorPad).apply(null,arguments)},Ey=t._Mod=function(){return(Ey=t._Mod=t.asm.Mod).apply(null,arguments)},$y=t._Multinomial=function(){return($y=t._Multinomial=t.asm.Multinomial).apply(null,arguments)},Ay=t._Multiply=function(){return(Ay=t._Multiply=t.asm.Multiply).apply(null,arguments)},Ry=t._Neg=function(){return(Ry=t._Neg=t.asm.Neg).apply(null,arguments)},Dy=t._NonMaxSuppressionV3=function(){return(Dy=t._NonMaxSuppressionV3=t.asm.NonMaxSuppressionV3).apply(null,arguments)},Fy=t._NonMaxSuppressionV4=function(){return(Fy=t._NonMaxSuppressionV4=t.asm.NonMaxSuppressionV4).apply(null,arguments)},My=t._NonMaxSuppressionV5=function(){return(My=t._NonMaxSuppressionV5=t.asm.NonMaxSuppressionV5).apply(null,arguments)},Py=t._NotEqual=function(){return(Py=t._NotEqual=t.asm.NotEqual).apply(null,arguments)},Oy=t._OneHot=function(){return(Oy=t._OneHot=t.asm.OneHot).apply(null,arguments)},By=t._PadV2=function(){return(By=t._PadV2=t.asm.PadV2).apply(null,arguments)},Ly=t._Pow=function(){return(Ly=t._Pow=t.asm.Pow).apply(null,arguments)},Vy=t._Prelu=function(){return(Vy=t._Prelu=t.asm.Prelu).apply(null,arguments)},Wy=t._Prod=function(){return(Wy=t._Prod=t.asm.Prod).apply(null,arguments)},Uy=t._RealDiv=function(){return(Uy=t._RealDiv=t.asm.RealDiv).apply(null,arguments)},Gy=t._Reciprocal=function(){return(Gy=t._Reciprocal=t.asm.Reciprocal).apply(null,arguments)},zy=t._Relu=function(){return(zy=t._Relu=t.asm.Relu).apply(null,arguments)},Hy=t._Relu6=function(){return(Hy=t._Relu6=t.asm.Relu6).apply(null,arguments)},Ky=t._ResizeBilinear=function(){return(Ky=t._ResizeBilinear=t.asm.ResizeBilinear).apply(null,arguments)},qy=t._ResizeBilinearGrad=function(){return(qy=t._ResizeBilinearGrad=t.asm.ResizeBilinearGrad).apply(null,arguments)},jy=t._ResizeNearestNeighbor=function(){return(jy=t._ResizeNearestNeighbor=t.asm.ResizeNearestNeighbor).apply(null,arguments)},Xy=t._ResizeNearestNeighborGrad=function(){return(Xy=t._ResizeNearestNeighborGrad=t.asm.ResizeNearestNeighborGrad).apply(null,arguments)},Yy=t._Reverse=function(){return(Yy=t._Reverse=t.asm.Reverse).apply(null,arguments)},Jy=t._RotateWithOffset=function(){return(Jy=t._RotateWithOffset=t.asm.RotateWithOffset).apply(null,arguments)},Zy=t._Round=function(){return(Zy=t._Round=t.asm.Round).apply(null,arguments)},Qy=t._Rsqrt=function(){return(Qy=t._Rsqrt=t.asm.Rsqrt).apply(null,arguments)},ew=t._ScatterNd=function(){return(ew=t._ScatterNd=t.asm.ScatterNd).apply(null,arguments)},tw=t._SearchSorted=function(){return(tw=t._SearchSorted=t.asm.SearchSorted).apply(null,arguments)},rw=t._SelectV2=function(){return(rw=t._SelectV2=t.asm.SelectV2).apply(null,arguments)},nw=t._Selu=function(){return(nw=t._Selu=t.asm.Selu).apply(null,arguments)},ow=t._Sigmoid=function(){return(ow=t._Sigmoid=t.asm.Sigmoid).apply(null,arguments)},sw=t._Sign=function(){return(sw=t._Sign=t.asm.Sign).apply(null,arguments)},aw=t._Sin=function(){return(aw=t._Sin=t.asm.Sin).apply(null,arguments)},iw=t._Sinh=function(){return(iw=t._Sinh=t.asm.Sinh).apply(null,arguments)},cw=t._Softmax=function(){return(cw=t._Softmax=t.asm.Softmax).apply(null,arguments)},uw=t._Softplus=function(){return(uw=t._Softplus=t.asm.Softplus).apply(null,arguments)},lw=t._SparseFillEmptyRows=function(){return(lw=t._SparseFillEmptyRows=t.asm.SparseFillEmptyRows).apply(null,arguments)},pw=t._SparseReshape=function(){return(pw=t._SparseReshape=t.asm.SparseReshape).apply(null,arguments)},mw=t._SparseSegmentReduction=function(){return(mw=t._SparseSegmentReduction=t.asm.SparseSegmentReduction).apply(null,arguments)},fw=t._SparseToDense=function(){return(fw=t._SparseToDense=t.asm.SparseToDense).apply(null,arguments)},dw=t._Sqrt=function(){return(dw=t._Sqrt=t.asm.Sqrt).apply(null,arguments)},hw=t._Square=function(){return(hw=t._Square=t.asm.Square).apply(null,arguments)},gw=t._SquaredDifference=function(){return(gw=t._SquaredDifference=t.asm.SquaredDifference).apply(null,arguments)},xw=t._Step=function(){return(xw=t._Step=t.asm.Step).apply(null,arguments)},bw=t._StridedSlice=function(){return(bw=t._StridedSlice=t.asm.StridedSlice).apply(null,arguments)},yw=t._Sub=function(){return(yw=t._Sub=t.asm.Sub).apply(null,arguments)},ww=t._Sum=function(){return(ww=t._Sum=t.asm.Sum).apply(null,arguments)},vw=t._Tan=function(){return(vw=t._Tan=t.asm.Tan).apply(null,arguments)},Iw=t._Tanh=function(){return(Iw=t._Tanh=t.asm.Tanh).apply(null,arguments)},Cw=t._TensorScatterUpdate=function(){return(Cw=t._TensorScatterUpdate=t.asm.TensorScatterUpdate).apply(null,arguments)},Sw=t._Tile=function(){return(Sw=t._Tile=t.asm.Tile).apply(null,arguments)},kw=t._TopK=function(){return(kw=t._TopK=t.asm.TopK).apply(null,arguments)},_w=t._Transform=function(){return(_w=t._Transform=t.asm.Transform).apply(null,arguments)},Tw=t._Transpose=function(){return(Tw=t._Transpose=t.asm.Transpose).apply(null,arguments)},Nw=t.__FusedMatMul=function(){return(Nw=t.__FusedMatMul=t.asm._FusedMatMul).apply(null,arguments)},Ew=t._malloc=function(){return(Ew=t._malloc=t.asm.malloc).apply(null,arguments)},$w=t._free=function(){return($w=t._free=t.asm.free).apply(null,arguments)},Aw=t.___errno_location=function(){return(Aw=t.___errno_location=t.asm.__errno_location).apply(null,arguments)},$f=t.stackSave=function(){return($f=t.stackSave=t.asm.stackSave).apply(null,arguments)},Af=t.stackRestore=function(){return(Af=t.stackRestore=t.asm.stackRestore).apply(null,arguments)},Op=t.stackAlloc=function(){return(Op=t.stackAlloc=t.asm.stackAlloc).apply(null,arguments)},Rw=t.dynCall_iijjiiii=function(){return(Rw=t.dynCall_iijjiiii=t.asm.dynCall_iijjiiii).apply(null,arguments)},Dw=t.dynCall_jiji=function(){return(Dw=t.dynCall_jiji=t.asm.dynCall_jiji).apply(null,arguments)};t.cwrap=fb;var gl;dr=function X(){gl||Rf(),gl||(dr=X)};function Rf(X){if(X=X||c,Tt>0||(ft(),Tt>0))return;function ce(){gl||(gl=!0,t.calledRun=!0,!V&&(dt(),n(t),t.onRuntimeInitialized&&t.onRuntimeInitialized(),Hr()))}t.setStatus?(t.setStatus("Running..."),setTimeout(function(){setTimeout(function(){t.setStatus("")},1),ce()},1)):ce()}if(t.preInit)for(typeof t.preInit=="function"&&(t.preInit=[t.preInit]);t.preInit.length>0;)t.preInit.pop()();Rf();var xl;s&&(xl={uncaughtException:process.listeners("uncaughtException").filter(function(X){return!s.uncaughtException.indexOf(X)>-1}),unhandledRejection:process.listeners("unhandledRejection").filter(function(X){return!s.unhandledRejection.indexOf(X)>-1})});var bl;if(typeof e<"u")bl=e;else if(typeof WasmBackendModuleThreadedSimd<"u")bl=WasmBackendModuleThreadedSimd;else throw new Error("Could not find wasm module in post.js");if(xl){var Fw=bl._dispose;bl._dispose=function(){Fw(),xl.uncaughtException.forEach(function(X){process.removeListener("uncaughtException",X)}),xl.unhandledRejection.forEach(function(X){process.removeListener("unhandledRejection",X)})}}return e.ready})})();typeof tb=="object"&&typeof VS=="object"?VS.exports=LS:typeof define=="function"&&define.amd?define([],function(){return LS}):typeof tb=="object"&&(tb.WasmBackendModule=LS)});function Rue(r){return(e,t)=>(b.fetch(r,{credentials:"same-origin"}).then(n=>{n.ok||e.env.a(`failed to load wasm binary file at '${r}'`),n.arrayBuffer().then(o=>{WebAssembly.instantiate(o,e).then(s=>{t(s.instance,s.module)})})}),{})}function pK(r,e,t){if(rb!=null)return rb;let n="tfjs-backend-wasm.wasm";return r&&e?n="tfjs-backend-wasm-threaded-simd.wasm":r&&(n="tfjs-backend-wasm-simd.wasm"),lf!=null&&lf[n]!=null?lf[n]:t+n}async function fK(){let[r,e]=await Promise.all([P().getAsync("WASM_HAS_SIMD_SUPPORT"),P().getAsync("WASM_HAS_MULTITHREAD_SUPPORT")]);return new Promise((t,n)=>{let o={};o.locateFile=(c,u)=>{if(c.endsWith(".worker.js")){let i=mK.wasmWorkerContents.replace(/\n/g,"\\n"),l=new Blob([i],{type:"application/javascript"});return URL.createObjectURL(l)}return c.endsWith(".wasm")?pK(r,e,uf??u):u+c},zS&&(o.instantiateWasm=Rue(pK(r,e,uf??"")));let s=!1;o.onAbort=()=>{if(s||pf)return;pf=!0,n({message:"Make sure the server can serve the `.wasm` file relative to the bundled js file. For more details see https://github.com/tensorflow/tfjs/blob/master/tfjs-backend-wasm/README.md#using-bundlers"})};let a;e&&r&&rb==null?(o.mainScriptUrlOrBlob=new Blob(["var WasmBackendModuleThreadedSimd = "+lK.toString()],{type:"text/javascript"}),a=lK(o)):a=Aue(o),a.then(c=>{s=!0,pf=!1;let u=null;c.tfjs={init:c.cwrap("init",null,[]),initWithThreadsCount:c.cwrap("init_with_threads_count",null,["number"]),getThreadsCount:c.cwrap("get_threads_count","number",[]),registerTensor:c.cwrap("register_tensor",null,["number","number","number"]),disposeData:c.cwrap("dispose_data",u,["number"]),dispose:c.cwrap("dispose",u,[])},t({wasm:c})}).catch(n)})}function Due(r,e){switch(e){case"float32":return new Float32Array(r);case"int32":return new Int32Array(r);case"bool":return new Uint8Array(r);default:throw new Error(`Unknown dtype ${e}`)}}function dK(r,e=!1){if(od("setWasmPath has been deprecated in favor of setWasmPaths and will be removed in a future release."),pf)throw new Error("The WASM backend was already initialized. Make sure you call `setWasmPath()` before you call `tf.setBackend()` or `tf.ready()`");rb=r,zS=e}function hK(r,e=!1){if(pf)throw new Error("The WASM backend was already initialized. Make sure you call `setWasmPaths()` before you call `tf.setBackend()` or `tf.ready()`");if(typeof r=="string")uf=r;else{lf=r;let t=Fue.filter(n=>lf[n]==null);if(t.length>0)throw new Error(`There were no entries found for the following binaries: ${t.join(",")}. Please either call setWasmPaths with a map providing a path for each binary, or with a string indicating the directory where all the binaries can be found.`)}zS=e}function xK(r){gK=r}function bK(){if(WS===-1)throw new Error("WASM backend not initialized.");return WS}var US,mK,GS,lK,Aue,Ep,Fue,rb,uf,lf,pf,zS,gK,WS,HS=I(()=>{FS();v();US=Vc(aK()),mK=Vc(cK()),GS=Vc(uK());lK=US.default||US,Aue=GS.default||GS,Ep=class extends yn{constructor(e){super(),this.wasm=e,this.dataIdNextNumber=1,this.wasm.tfjs.initWithThreadsCount(gK),WS=this.wasm.tfjs.getThreadsCount(),this.dataIdMap=new fo(this,Mt())}write(e,t,n){let o={id:this.dataIdNextNumber++};return this.move(o,e,t,n,1),o}numDataIds(){return this.dataIdMap.numDataIds()}async time(e){let t=b.now();return e(),{kernelMs:b.now()-t}}move(e,t,n,o,s){let a=this.dataIdNextNumber++;if(o==="string"){let l=t;this.dataIdMap.set(e,{id:a,stringBytes:l,shape:n,dtype:o,memoryOffset:null,refCount:s});return}let c=b.sizeFromShape(n),u=c*b.bytesPerElement(o),i=this.wasm._malloc(u)>>>0;this.dataIdMap.set(e,{id:a,memoryOffset:i,shape:n,dtype:o,refCount:s}),this.wasm.tfjs.registerTensor(a,c,i),t!=null&&this.wasm.HEAPU8.set(new Uint8Array(t.buffer,t.byteOffset,u),i)}async read(e){return this.readSync(e)}readSync(e,t,n){let{memoryOffset:o,dtype:s,shape:a,stringBytes:c}=this.dataIdMap.get(e);if(s==="string")return(t==null||t===0)&&(n==null||n>=c.length)?c:c.slice(t,n);t=t||0,n=n||b.sizeFromShape(a);let u=b.bytesPerElement(s),i=this.wasm.HEAPU8.slice(o+t*u,o+n*u);return Due(i.buffer,s)}disposeData(e,t=!1){if(this.dataIdMap.has(e)){let n=this.dataIdMap.get(e);if(n.refCount--,!t&&n.refCount>0)return!1;this.wasm._free(n.memoryOffset),this.wasm.tfjs.disposeData(n.id),this.dataIdMap.delete(e)}return!0}refCount(e){return this.dataIdMap.has(e)?this.dataIdMap.get(e).refCount:0}incRef(e){let t=this.dataIdMap.get(e);t!=null&&t.refCount++}floatPrecision(){return 32}getMemoryOffset(e){return this.dataIdMap.get(e).memoryOffset}dispose(){this.wasm.tfjs.dispose(),"PThread"in this.wasm&&this.wasm.PThread.terminateAllThreads(),this.wasm=null}memory(){return{unreliable:!1}}makeOutput(e,t,n,o){let s;if(n==null)s=this.write(o??null,e,t);else{let a=this.dataIdNextNumber++;s={id:a},this.dataIdMap.set(s,{id:a,memoryOffset:n,shape:e,dtype:t,refCount:1});let c=b.sizeFromShape(e);this.wasm.tfjs.registerTensor(a,c,n)}return{dataId:s,shape:e,dtype:t}}typedArrayFromHeap({shape:e,dtype:t,dataId:n}){let o=this.wasm.HEAPU8.buffer,{memoryOffset:s}=this.dataIdMap.get(n),a=b.sizeFromShape(e);switch(t){case"float32":return new Float32Array(o,s,a);case"int32":return new Int32Array(o,s,a);case"bool":return new Uint8Array(o,s,a);default:throw new Error(`Unknown dtype ${t}`)}}};Fue=["tfjs-backend-wasm.wasm","tfjs-backend-wasm-simd.wasm","tfjs-backend-wasm-threaded-simd.wasm"],rb=null,uf=null,lf={},pf=!1,zS=!1;gK=-1,WS=-1});var yK,wK=I(()=>{yK="4.22.0"});var Mue,vK=I(()=>{FS();v();HS();HS();wK();Mue=2;hu("wasm",async()=>{let{wasm:r}=await fK();return new Ep(r)},Mue)});var IK={};sr(IK,{BackendWasm:()=>Ep,getThreadsCount:()=>bK,setThreadsCount:()=>xK,setWasmPath:()=>dK,setWasmPaths:()=>hK,version_wasm:()=>yK});var CK=I(()=>{rK();vK();});var UK=Kt(ab=>{"use strict";ab.byteLength=Zue;ab.toByteArray=ele;ab.fromByteArray=nle;var ya=[],On=[],Jue=typeof Uint8Array<"u"?Uint8Array:Array,JS="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";for(ml=0,VK=JS.length;ml<VK;++ml)ya[ml]=JS[ml],On[JS.charCodeAt(ml)]=ml;var ml,VK;On[45]=62;On[95]=63;function WK(r){var e=r.length;if(e%4>0)throw new Error("Invalid string. Length must be a multiple of 4");var t=r.indexOf("=");t===-1&&(t=e);var n=t===e?0:4-t%4;return[t,n]}function Zue(r){var e=WK(r),t=e[0],n=e[1];return(t+n)*3/4-n}function Que(r,e,t){return(e+t)*3/4-t}function ele(r){var e,t=WK(r),n=t[0],o=t[1],s=new Jue(Que(r,n,o)),a=0,c=o>0?n-4:n,u;for(u=0;u<c;u+=4)e=On[r.charCodeAt(u)]<<18|On[r.charCodeAt(u+1)]<<12|On[r.charCodeAt(u+2)]<<6|On[r.charCodeAt(u+3)],s[a++]=e>>16&255,s[a++]=e>>8&255,s[a++]=e&255;return o===2&&(e=On[r.charCodeAt(u)]<<2|On[r.charCodeAt(u+1)]>>4,s[a++]=e&255),o===1&&(e=On[r.charCodeAt(u)]<<10|On[r.charCodeAt(u+1)]<<4|On[r.charCodeAt(u+2)]>>2,s[a++]=e>>8&255,s[a++]=e&255),s}function tle(r){return ya[r>>18&63]+ya[r>>12&63]+ya[r>>6&63]+ya[r&63]}function rle(r,e,t){for(var n,o=[],s=e;s<t;s+=3)n=(r[s]<<16&16711680)+(r[s+1]<<8&65280)+(r[s+2]&255),o.push(tle(n));return o.join("")}function nle(r){for(var e,t=r.length,n=t%3,o=[],s=16383,a=0,c=t-n;a<c;a+=s)o.push(rle(r,a,a+s>c?c:a+s));return n===1?(e=r[t-1],o.push(ya[e>>2]+ya[e<<4&63]+"==")):n===2&&(e=(r[t-2]<<8)+r[t-1],o.push(ya[e>>10]+ya[e>>4&63]+ya[e<<2&63]+"=")),o.join("")}});var Wx={};sr(Wx,{Abs:()=>_a,Acos:()=>xo,Acosh:()=>bo,AdadeltaOptimizer:()=>wc,AdagradOptimizer:()=>vc,AdamOptimizer:()=>Ic,AdamaxOptimizer:()=>Cc,Add:()=>Vn,AddN:()=>yo,All:()=>Ta,Any:()=>Na,ArgMax:()=>Ea,ArgMin:()=>$a,Asin:()=>wo,Asinh:()=>vo,Atan:()=>Io,Atan2:()=>So,Atanh:()=>Co,AvgPool:()=>ko,AvgPool3D:()=>Aa,AvgPool3DGrad:()=>Hc,AvgPoolGrad:()=>zc,BatchMatMul:()=>_o,BatchToSpaceND:()=>Ra,Bincount:()=>To,BitwiseAnd:()=>No,BroadcastArgs:()=>Da,BroadcastTo:()=>Jq,Cast:()=>Wn,Ceil:()=>Eo,ClipByValue:()=>Un,Complex:()=>Kc,ComplexAbs:()=>qc,Concat:()=>Fa,Conv2D:()=>$o,Conv2DBackpropFilter:()=>jc,Conv2DBackpropInput:()=>Ao,Conv3D:()=>Ro,Conv3DBackpropFilterV2:()=>Ji,Conv3DBackpropInputV2:()=>Do,Cos:()=>Ma,Cosh:()=>Fo,CropAndResize:()=>Oo,Cumprod:()=>Mo,Cumsum:()=>Po,DataStorage:()=>fo,DenseBincount:()=>Pa,DepthToSpace:()=>Bo,DepthwiseConv2dNative:()=>Lo,DepthwiseConv2dNativeBackpropFilter:()=>Xc,DepthwiseConv2dNativeBackpropInput:()=>Yc,Diag:()=>Oa,Dilation2D:()=>Vo,Dilation2DBackpropFilter:()=>Zc,Dilation2DBackpropInput:()=>Jc,Draw:()=>kl,ENV:()=>zf,Einsum:()=>Qc,Elu:()=>Ba,EluGrad:()=>Zi,Environment:()=>Sl,Equal:()=>Uo,Erf:()=>La,Exp:()=>Va,ExpandDims:()=>Wa,Expm1:()=>Go,FFT:()=>_l,Fill:()=>Ua,FlipLeftRight:()=>zo,Floor:()=>Ho,FloorDiv:()=>Ko,FromPixels:()=>Tl,FusedBatchNorm:()=>qo,FusedConv2D:()=>Kn,FusedDepthwiseConv2D:()=>qn,GatherNd:()=>jo,GatherV2:()=>Ga,Greater:()=>Xo,GreaterEqual:()=>Yo,IFFT:()=>eu,Identity:()=>Gn,Imag:()=>tu,IsFinite:()=>Jo,IsInf:()=>Zo,IsNan:()=>Qo,KernelBackend:()=>yn,LRN:()=>Ha,LRNGrad:()=>Qi,LeakyRelu:()=>es,Less:()=>ts,LessEqual:()=>rs,LinSpace:()=>ns,Log:()=>za,Log1p:()=>os,LogSoftmax:()=>Zq,LogicalAnd:()=>ss,LogicalNot:()=>as,LogicalOr:()=>is,LogicalXor:()=>jw,LowerBound:()=>Qq,MatrixBandPart:()=>e6,Max:()=>Ka,MaxPool:()=>us,MaxPool3D:()=>qa,MaxPool3DGrad:()=>nu,MaxPoolGrad:()=>ru,MaxPoolWithArgmax:()=>ja,Maximum:()=>cs,Mean:()=>ls,Min:()=>Xa,Minimum:()=>ps,MirrorPad:()=>ms,Mod:()=>Ya,MomentumOptimizer:()=>Sc,Multinomial:()=>fs,Multiply:()=>ds,Neg:()=>ec,NonMaxSuppressionV3:()=>gs,NonMaxSuppressionV4:()=>xs,NonMaxSuppressionV5:()=>bs,NotEqual:()=>hs,OP_SCOPE_SUFFIX:()=>h0,OneHot:()=>ys,OnesLike:()=>Ja,Optimizer:()=>Nr,OptimizerConstructors:()=>np,Pack:()=>Za,PadV2:()=>ws,Pool:()=>t6,Pow:()=>Qa,Prelu:()=>vs,Prod:()=>Is,RMSPropOptimizer:()=>kc,RaggedGather:()=>ou,RaggedRange:()=>su,RaggedTensorToTensor:()=>au,Range:()=>ei,Rank:()=>ed,Real:()=>iu,RealDiv:()=>Wo,Reciprocal:()=>Cs,Reduction:()=>_t,Relu:()=>Ss,Relu6:()=>Ts,Reshape:()=>ti,ResizeBilinear:()=>_s,ResizeBilinearGrad:()=>rc,ResizeNearestNeighbor:()=>ks,ResizeNearestNeighborGrad:()=>tc,Reverse:()=>Ns,RotateWithOffset:()=>js,Round:()=>Es,Rsqrt:()=>$s,SGDOptimizer:()=>la,ScatterNd:()=>As,SearchSorted:()=>Ds,Select:()=>ri,Selu:()=>Fs,Sigmoid:()=>Os,Sign:()=>Ps,Sin:()=>oi,Sinh:()=>Ms,Slice:()=>ni,Softmax:()=>Vs,Softplus:()=>Bs,SpaceToBatchND:()=>ai,SparseFillEmptyRows:()=>ci,SparseReshape:()=>Ws,SparseSegmentMean:()=>ui,SparseSegmentSum:()=>li,SparseToDense:()=>Us,SplitV:()=>ii,Sqrt:()=>Ls,Square:()=>cu,SquaredDifference:()=>Gs,StaticRegexReplace:()=>nc,Step:()=>zn,StridedSlice:()=>zs,StringNGrams:()=>pi,StringSplit:()=>mi,StringToHashBucketFast:()=>fi,Sub:()=>di,Sum:()=>si,Tan:()=>hi,Tanh:()=>Hs,Tensor:()=>pt,TensorBuffer:()=>Je,TensorScatterUpdate:()=>Rs,Tile:()=>wn,TopK:()=>Ks,Transform:()=>qs,Transpose:()=>vn,Unique:()=>gi,Unpack:()=>xi,UnsortedSegmentSum:()=>uu,UpperBound:()=>r6,Variable:()=>Js,ZerosLike:()=>bi,_FusedMatMul:()=>Hn,abs:()=>cr,acos:()=>I1,acosh:()=>S1,add:()=>fe,addN:()=>_1,all:()=>N1,any:()=>$1,argMax:()=>R1,argMin:()=>F1,asin:()=>P1,asinh:()=>B1,atan:()=>V1,atan2:()=>U1,atanh:()=>z1,avgPool:()=>pd,avgPool3d:()=>j1,backend:()=>Jp,backend_util:()=>S,basicLSTMCell:()=>Y1,batchNorm:()=>pc,batchNorm2d:()=>e_,batchNorm3d:()=>r_,batchNorm4d:()=>o_,batchToSpaceND:()=>md,bincount:()=>fd,bitwiseAnd:()=>a_,booleanMaskAsync:()=>JX,broadcastArgs:()=>c_,broadcastTo:()=>mc,broadcast_util:()=>Br,browser:()=>jv,buffer:()=>xe,cast:()=>He,ceil:()=>l_,clipByValue:()=>m_,clone:()=>_n,complex:()=>Mr,concat:()=>mt,concat1d:()=>d_,concat2d:()=>g_,concat3d:()=>b_,concat4d:()=>w_,conv1d:()=>I_,conv2d:()=>fc,conv2dTranspose:()=>S_,conv3d:()=>__,conv3dTranspose:()=>$_,copyRegisteredKernels:()=>i6,cos:()=>R_,cosh:()=>F_,cosineWindow:()=>Im,cumprod:()=>P_,cumsum:()=>B_,customGrad:()=>_r,denseBincount:()=>V_,deprecationWarn:()=>od,depthToSpace:()=>U_,depthwiseConv2d:()=>Ul,device_util:()=>yi,diag:()=>z_,dilation2d:()=>K_,disableDeprecationWarnings:()=>R6,dispose:()=>Ot,disposeVariables:()=>D6,div:()=>Ue,divNoNan:()=>X_,dot:()=>J_,dropout:()=>u7,einsum:()=>dc,elu:()=>bd,enableDebugMode:()=>A6,enableProdMode:()=>$6,enclosingPowerOfTwo:()=>Rv,engine:()=>Mt,ensureShape:()=>Q_,env:()=>P,equal:()=>xd,erf:()=>tT,euclideanNorm:()=>sT,exp:()=>Jr,expandDims:()=>to,expm1:()=>iT,eye:()=>vd,fft:()=>Jl,fill:()=>na,findBackend:()=>y0,findBackendFactory:()=>B6,floor:()=>Id,floorDiv:()=>yu,fused:()=>Sm,gather:()=>$i,gatherND:()=>i7,gather_util:()=>$m,getBackend:()=>mn,getGradient:()=>qf,getKernel:()=>Ys,getKernelsForBackend:()=>Up,grad:()=>yT,grads:()=>wT,greater:()=>ku,greaterEqual:()=>Sd,ifft:()=>$u,imag:()=>gc,image:()=>fY,inTopKAsync:()=>p7,io:()=>Kv,irfft:()=>rh,isFinite:()=>uT,isInf:()=>pT,isNaN:()=>fT,keep:()=>Yp,kernel_impls:()=>ur,leakyRelu:()=>kd,less:()=>um,lessEqual:()=>ql,linalg:()=>dY,linspace:()=>hT,localResponseNormalization:()=>xT,log:()=>ro,log1p:()=>Td,logSigmoid:()=>CT,logSoftmax:()=>kT,logSumExp:()=>Ad,logicalAnd:()=>_u,logicalNot:()=>Dd,logicalOr:()=>Fd,logicalXor:()=>TT,losses:()=>hY,lowerBound:()=>ET,matMul:()=>Le,math:()=>qv,max:()=>oa,maxPool:()=>Od,maxPool3d:()=>AT,maxPoolWithArgmax:()=>DT,maximum:()=>jl,mean:()=>Di,memory:()=>F6,meshgrid:()=>MT,min:()=>sm,minimum:()=>Fi,mirrorPad:()=>OT,mod:()=>fm,moments:()=>VT,movingAverage:()=>e7,mul:()=>te,multiRNNCell:()=>UT,multinomial:()=>zT,neg:()=>br,nextFrame:()=>$h,norm:()=>Su,notEqual:()=>Wd,oneHot:()=>dm,ones:()=>sa,onesLike:()=>KT,op:()=>_,outerProduct:()=>jT,pad:()=>aa,pad1d:()=>YT,pad2d:()=>ZT,pad3d:()=>e2,pad4d:()=>r2,pool:()=>o2,pow:()=>Ni,prelu:()=>Gd,print:()=>ld,prod:()=>a2,profile:()=>M6,raggedGather:()=>c2,raggedRange:()=>l2,raggedTensorToTensor:()=>m2,rand:()=>d2,randomGamma:()=>M2,randomNormal:()=>jd,randomStandardNormal:()=>O2,randomUniform:()=>Yl,randomUniformInt:()=>L2,range:()=>xc,ready:()=>b0,real:()=>Mi,reciprocal:()=>W2,registerBackend:()=>hu,registerGradient:()=>o6,registerKernel:()=>jn,relu:()=>ia,relu6:()=>Jd,removeBackend:()=>O6,reshape:()=>K,reverse:()=>hn,reverse1d:()=>G2,reverse2d:()=>H2,reverse3d:()=>q2,reverse4d:()=>X2,rfft:()=>Zl,round:()=>Zd,rsqrt:()=>Qd,scalar:()=>Re,scatterND:()=>r7,scatter_util:()=>Pi,searchSorted:()=>pm,selu:()=>Z2,separableConv2d:()=>eN,serialization:()=>Bv,setBackend:()=>x0,setPlatform:()=>L6,setdiff1dAsync:()=>rN,sigmoid:()=>fn,sign:()=>oN,signal:()=>mY,sin:()=>aN,sinh:()=>cN,slice:()=>Ae,slice1d:()=>lN,slice2d:()=>mN,slice3d:()=>dN,slice4d:()=>gN,slice_util:()=>gt,softmax:()=>bm,softplus:()=>$d,spaceToBatchND:()=>Ud,sparse:()=>gY,sparseToDense:()=>s7,spectral:()=>pY,split:()=>En,sqrt:()=>Lr,square:()=>Wt,squaredDifference:()=>oh,squeeze:()=>Ql,stack:()=>no,step:()=>ah,stridedSlice:()=>yN,string:()=>xY,sub:()=>Ce,sum:()=>rt,sumOutType:()=>ac,tan:()=>vN,tanh:()=>Cu,tensor:()=>kn,tensor1d:()=>Ut,tensor2d:()=>Tr,tensor3d:()=>Au,tensor4d:()=>CN,tensor5d:()=>kN,tensor6d:()=>TN,tensorScatterUpdate:()=>$N,tensor_util:()=>u0,test_util:()=>vv,tidy:()=>Qe,tile:()=>hc,time:()=>P6,topk:()=>RN,train:()=>XY,transpose:()=>Zr,truncatedNormal:()=>FN,unique:()=>PN,unregisterGradient:()=>a6,unregisterKernel:()=>s6,unsortedSegmentSum:()=>BN,unstack:()=>ca,upcastType:()=>Ft,upperBound:()=>VN,util:()=>b,valueAndGrad:()=>vT,valueAndGrads:()=>IT,variable:()=>UN,variableGrads:()=>Nd,version_core:()=>Eh,where:()=>dn,whereAsync:()=>lh,zeros:()=>Nn,zerosLike:()=>jt});v();v();v();we();var Z9=ur.whereImpl,Am=class r extends yn{nextDataId(){return r.nextDataId++}constructor(){super(),this.blockSize=48,this.firstUse=!0,this.data=new fo(this,Mt())}write(e,t,n){this.firstUse&&(this.firstUse=!1,P().get("IS_NODE")&&S.warn(`
============================
Hi, looks like you are running TensorFlow.js in Node.js. To speed things up dramatically, install our node backend, visit https://github.com/tensorflow/tfjs-node for more details. 
============================`));let o={id:this.nextDataId()};return this.data.set(o,{values:e,dtype:n,refCount:1}),o}makeTensorInfo(e,t,n){let o;if(t==="string"&&n!=null&&n.length>0&&b.isString(n[0])){let s=n.map(a=>b.encodeString(a));o=this.write(s,e,t)}else o=this.write(n,e,t);return{dataId:o,shape:e,dtype:t}}refCount(e){return this.data.has(e)?this.data.get(e).refCount:0}incRef(e){let t=this.data.get(e);t.refCount++}decRef(e){if(this.data.has(e)){let t=this.data.get(e);t.refCount--}}move(e,t,n,o,s){this.data.set(e,{values:t,dtype:o,refCount:s})}numDataIds(){return this.data.numDataIds()}async read(e){return this.readSync(e)}readSync(e){let{dtype:t,complexTensorInfos:n}=this.data.get(e);if(t==="complex64"){let o=this.readSync(n.real.dataId),s=this.readSync(n.imag.dataId);return S.mergeRealAndImagArrays(o,s)}return b.convertBackendValuesAndArrayBuffer(this.data.get(e).values,t)}bufferSync(e){let t=this.readSync(e.dataId);if(e.dtype==="string")try{let n=t.map(o=>b.decodeString(o));return xe(e.shape,e.dtype,n)}catch{throw new Error("Failed to decode encoded string bytes into utf-8")}return xe(e.shape,e.dtype,t)}makeOutput(e,t,n){return Mt().makeTensorFromTensorInfo(this.makeTensorInfo(t,n,e),this)}disposeData(e,t=!1){if(this.data.has(e)){if(this.data.get(e).refCount--,!t&&this.data.get(e).refCount>0)return!1;let{complexTensorInfos:n}=this.data.get(e);n!=null&&(this.disposeData(n.real.dataId,!0),this.disposeData(n.imag.dataId,!0)),this.data.delete(e)}return!0}disposeIntermediateTensorInfo(e){this.disposeData(e.dataId)}async time(e){let t=b.now();return e(),{kernelMs:b.now()-t}}memory(){return{unreliable:!0,reasons:["The reported memory is an upper bound. Due to automatic garbage collection, the true allocated memory may be less."]}}where(e){ee([e],"where");let t=this.readSync(e.dataId);return Z9(e.shape,t)}dispose(){}floatPrecision(){return 32}epsilon(){return super.epsilon()}};Am.nextDataId=0;hu("cpu",()=>new Am,1);v();v();v();Ze();var xC=Se("Elu",r=>r>=0?r:Math.exp(r)-1),IR={kernelName:"Elu",backendName:"cpu",kernelFunc:xC};ma();v();we();function bC(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{alpha:s}=n;ee([o],"leakyRelu");let a=b.sizeFromShape(o.shape),c=t.data.get(o.dataId).values,u=b.getTypedArrayFromDType("float32",a);for(let i=0;i<c.length;i++)u[i]=c[i]<0?s*c[i]:c[i];return t.makeTensorInfo(o.shape,"float32",u)}var CR={kernelName:es,backendName:"cpu",kernelFunc:bC};v();we();Lt();var EJ=Ge((r,e)=>r<0?e*r:r);function yC(r){let{inputs:e,backend:t}=r,{x:n,alpha:o}=e;ee([n,o],"prelu");let s=t.data.get(n.dataId).values,a=t.data.get(o.dataId).values,[c,u]=EJ(n.shape,o.shape,s,a,"float32");return t.makeTensorInfo(u,"float32",c)}var SR={kernelName:vs,backendName:"cpu",kernelFunc:yC};v();Ze();var wC=Se(Ss,r=>Math.max(0,r)),kR={kernelName:Ss,backendName:"cpu",kernelFunc:wC};v();Ze();var vC=Se(Ts,r=>Math.min(Math.max(0,r),6)),_R={kernelName:Ts,backendName:"cpu",kernelFunc:vC};zh();function Yu(r,e,t,n,o){if(t==="linear")return wr({inputs:{x:e},backend:r});if(t==="relu")return wC({inputs:{x:e},backend:r});if(t==="elu")return xC({inputs:{x:e},backend:r});if(t==="relu6")return vC({inputs:{x:e},backend:r});if(t==="prelu")return yC({inputs:{x:e,alpha:n},backend:r});if(t==="leakyrelu")return bC({inputs:{x:e},backend:r,attrs:{alpha:o}});if(t==="sigmoid")return QI({inputs:{x:e},backend:r});throw new Error(`Activation ${t} has not been implemented for the CPU backend.`)}Vu();v();we();v();function ze(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{shape:s}=n,a=b.sizeFromShape(o.shape),c=b.inferFromImplicitShape(s,a),u=b.sizeFromShape(c);b.assert(a===u,()=>`The new shape (${c}) has ${u} elements and the old shape (${o.shape}) has ${a} elements. The new shape and old shape must have the same number of elements.`),t.incRef(o.dataId);let i=t.data.get(o.dataId);if(i.complexTensorInfos!=null){let l=i.complexTensorInfos.real,p=i.complexTensorInfos.imag;l.shape=c,p.shape=c}return{dataId:o.dataId,shape:c,dtype:o.dtype}}var TR={kernelName:ti,backendName:"cpu",kernelFunc:ze};function IC(r){let{inputs:e,backend:t,attrs:n}=r,{a:o,b:s}=e,{transposeA:a,transposeB:c}=n;ee([o,s],"matMul");let u=o.shape.length,i=s.shape.length,l=a?o.shape[u-2]:o.shape[u-1],p=c?s.shape[i-1]:s.shape[i-2],m=a?o.shape[u-1]:o.shape[u-2],f=c?s.shape[i-2]:s.shape[i-1],d=o.shape.slice(0,-2),h=s.shape.slice(0,-2),g=b.sizeFromShape(d),x=b.sizeFromShape(h),w=Br.assertAndGetBroadcastShape(o.shape.slice(0,-2),s.shape.slice(0,-2)).concat([m,f]);b.assert(l===p,()=>`Error in matMul: inner shapes (${l}) and (${p}) of Tensors with shapes ${o.shape} and ${s.shape} and transposeA=${a} and transposeB=${c} must match.`);let C=a?[g,l,m]:[g,m,l],T=c?[x,f,p]:[x,p,f],$=ze({inputs:{x:o},backend:t,attrs:{shape:C}}),A=ze({inputs:{x:s},backend:t,attrs:{shape:T}}),R=a?$.shape[1]:$.shape[2],D=a?$.shape[2]:$.shape[1],F=c?A.shape[1]:A.shape[2],B=Math.max(g,x),V=t.data.get($.dataId).values,U=t.data.get(A.dataId).values,z=b.computeStrides($.shape),W=b.computeStrides(A.shape),[q,j,Y]=a?[z[0],1,z[1]]:[z[0],z[1],1],[Q,re,ae]=c?[1,W[1],W[0]]:[W[1],1,W[0]],ie=D*F,oe=xe([B,D,F],$.dtype),se=oe.values,ue=t.blockSize;for(let pe=0;pe<B;pe++){let ye=pe%g,Te=pe%x;for(let ke=0;ke<D;ke+=ue){let De=Math.min(ke+ue,D);for(let Fe=0;Fe<F;Fe+=ue){let st=Math.min(Fe+ue,F);for(let ut=0;ut<R;ut+=ue){let qe=Math.min(ut+ue,R);for(let lt=ke;lt<De;lt++)for(let it=Fe;it<st;it++){let ft=0;for(let dt=ut;dt<qe;dt++){let Hr=V[ye*q+lt*j+dt*Y],Pt=U[dt*Q+it*re+Te*ae];ft+=Hr*Pt}se[pe*ie+(lt*F+it)]+=ft}}}}}return t.disposeIntermediateTensorInfo($),t.disposeIntermediateTensorInfo(A),t.makeTensorInfo(w,oe.dtype,oe.values)}var NR={kernelName:_o,backendName:"cpu",kernelFunc:IC};function $J(r){let{inputs:e,backend:t,attrs:n}=r,{a:o,b:s,bias:a,preluActivationWeights:c}=e,{transposeA:u,transposeB:i,activation:l,leakyreluAlpha:p}=n,m,f,d,h=[];m=IC({inputs:{a:o,b:s},attrs:{transposeA:u,transposeB:i},backend:t}),a&&(f=fa({inputs:{a:m,b:a},backend:t}),h.push(m),m=f),l&&(d=Yu(t,m,l,c,p),h.push(m),m=d);for(let x of h)t.disposeIntermediateTensorInfo(x);return m}var ER={kernelName:Hn,backendName:"cpu",kernelFunc:$J};nI();v();Ze();var AJ=Se(xo,r=>Math.acos(r)),$R={kernelName:xo,backendName:"cpu",kernelFunc:AJ};v();Ze();var RJ=Se(bo,r=>Math.acosh(r)),AR={kernelName:bo,backendName:"cpu",kernelFunc:RJ};Vu();v();we();function DJ(r){let{inputs:e,backend:t}=r,n=e;ee(e,"addN");let o=n.map(c=>t.data.get(c.dataId).values),s=xe(n[0].shape,n[0].dtype),a=s.values;for(let c=0;c<n.length;c++){let u=o[c];for(let i=0;i<a.length;i++)a[i]+=u[i]}return t.makeTensorInfo(s.shape,s.dtype,s.values)}var RR={kernelName:yo,backendName:"cpu",kernelFunc:DJ};v();we();Qr();function FJ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,keepDims:a}=n;ee(o,"all");let c=b.parseAxisParam(s,o.shape),u=c,i=S.getAxesPermutation(u,o.shape.length),l=o;i!=null&&(l=It({inputs:{x:o},backend:t,attrs:{perm:i}}),u=S.getInnerMostAxes(u.length,o.shape.length)),S.assertAxesAreInnerMostDims("all",u,l.shape.length);let[p,m]=S.computeOutAndReduceShapes(l.shape,u),f=b.sizeFromShape(m),d=b.makeZerosTypedArray(b.sizeFromShape(p),l.dtype),h=t.data.get(l.dataId).values;for(let x=0;x<d.length;++x){let y=x*f,w=h[y];for(let C=0;C<f;++C){let T=h[y+C];w=w&&T}d[x]=w}i!=null&&t.disposeIntermediateTensorInfo(l);let g=t.makeTensorInfo(p,l.dtype,d);if(a){let x=S.expandShapeToKeepDim(p,c),y=ze({inputs:{x:g},backend:t,attrs:{shape:x}});return t.disposeIntermediateTensorInfo(g),y}return g}var DR={kernelName:"All",backendName:"cpu",kernelFunc:FJ};v();we();Qr();function MJ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,keepDims:a}=n;ee(o,"any");let c=b.parseAxisParam(s,o.shape),u=c,i=S.getAxesPermutation(u,o.shape.length),l=o;i!=null&&(l=It({inputs:{x:o},backend:t,attrs:{perm:i}}),u=S.getInnerMostAxes(u.length,o.shape.length)),S.assertAxesAreInnerMostDims("any",u,l.shape.length);let[p,m]=S.computeOutAndReduceShapes(l.shape,u),f=b.sizeFromShape(m),d=b.makeZerosTypedArray(b.sizeFromShape(p),l.dtype),h=t.data.get(l.dataId).values;for(let x=0;x<d.length;++x){let y=x*f,w=h[y];for(let C=0;C<f;++C){let T=h[y+C];w=w||T}d[x]=w}i!=null&&t.disposeIntermediateTensorInfo(l);let g=t.makeTensorInfo(p,l.dtype,d);if(a){let x=S.expandShapeToKeepDim(p,c),y=ze({inputs:{x:g},backend:t,attrs:{shape:x}});return t.disposeIntermediateTensorInfo(g),y}return g}var FR={kernelName:"Any",backendName:"cpu",kernelFunc:MJ};v();we();Qr();function PJ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s}=n;ee(o,"argMax");let a=b.parseAxisParam(s,o.shape),c=S.getAxesPermutation(a,o.shape.length),u=o,i=[];c!=null&&(u=It({inputs:{x:o},backend:t,attrs:{perm:c}}),i.push(u),a=S.getInnerMostAxes(a.length,u.shape.length)),a=[a[0]],S.assertAxesAreInnerMostDims("argMax",a,u.shape.length);let[l,p]=S.computeOutAndReduceShapes(u.shape,a),m=b.sizeFromShape(l),f=b.makeZerosTypedArray(m,"int32"),d=b.sizeFromShape(p),h=t.data.get(u.dataId).values;for(let g=0;g<f.length;++g){let x=g*d,y=h[x],w=0;for(let C=0;C<d;++C){let T=h[x+C];T>y&&(y=T,w=C)}f[g]=w}return i.forEach(g=>t.disposeIntermediateTensorInfo(g)),t.makeTensorInfo(l,"int32",f)}var MR={kernelName:Ea,backendName:"cpu",kernelFunc:PJ};v();we();Qr();function OJ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s}=n;ee(o,"argMin");let a=b.parseAxisParam(s,o.shape),c=S.getAxesPermutation(a,o.shape.length),u=o,i=[];c!=null&&(u=It({inputs:{x:o},backend:t,attrs:{perm:c}}),i.push(u),a=S.getInnerMostAxes(a.length,u.shape.length)),a=[a[0]],S.assertAxesAreInnerMostDims("argMin",a,u.shape.length);let[l,p]=S.computeOutAndReduceShapes(u.shape,a),m=b.sizeFromShape(l),f=b.makeZerosTypedArray(m,"int32"),d=b.sizeFromShape(p),h=t.data.get(u.dataId).values;for(let g=0;g<f.length;++g){let x=g*d,y=h[x],w=0;for(let C=0;C<d;++C){let T=h[x+C];T<y&&(y=T,w=C)}f[g]=w}return i.forEach(g=>t.disposeIntermediateTensorInfo(g)),t.makeTensorInfo(l,"int32",f)}var PR={kernelName:$a,backendName:"cpu",kernelFunc:OJ};v();Ze();var BJ=Se(wo,r=>Math.asin(r)),OR={kernelName:wo,backendName:"cpu",kernelFunc:BJ};v();Ze();var LJ=Se(vo,r=>Math.asinh(r)),BR={kernelName:vo,backendName:"cpu",kernelFunc:LJ};v();Ze();var VJ=Se(Io,r=>Math.atan(r)),LR={kernelName:Io,backendName:"cpu",kernelFunc:VJ};v();Lt();Yt();var WJ=Ge((r,e)=>Math.atan2(r,e)),UJ=Xe(So,WJ),VR={kernelName:So,backendName:"cpu",kernelFunc:UJ};v();Ze();var GJ=Se(Co,r=>Math.atanh(r)),WR={kernelName:Co,backendName:"cpu",kernelFunc:GJ};v();we();v();function up(r,e,t,n,o,s){let a=o.strideHeight,c=o.strideWidth,u=o.dilationHeight,i=o.dilationWidth,l=o.effectiveFilterHeight,p=o.effectiveFilterWidth,m=o.padInfo.top,f=o.padInfo.left,d=s==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,h=xe(o.outShape,t),g=h.values,x=o.outShape[1]*o.outShape[2]*o.outShape[3],y=o.outShape[2]*o.outShape[3],w=o.outShape[3];for(let C=0;C<o.batchSize;++C){let T=C*x,$=C*n[0];for(let A=0;A<o.inChannels;++A)for(let R=0;R<o.outHeight;++R){let D=R*a-m,F=Math.max(0,D),B=Math.min(o.inHeight,l+D),V=T+R*y;for(let U=0;U<o.outWidth;++U){let z=U*c-f,W=Math.max(0,z),q=Math.min(o.inWidth,p+z),j=d,Y=0,Q=0;for(let ae=F;ae<B;ae+=u){let ie=$+ae*n[1];for(let oe=W;oe<q;oe+=i){let se=ie+oe*n[2],ue=r[se+A];s==="max"&&ue>j?j=ue:s==="avg"&&(Y+=ue,Q++)}if(isNaN(j))break}let re=V+U*w+A;g[re]=s==="avg"?Y/Q:j}}}return h}function Jh(r,e,t,n,o=!1,s=!1){let a=xe(n.outShape,"int32"),c=n.strideHeight,u=n.strideWidth,i=n.dilationHeight,l=n.dilationWidth,p=n.effectiveFilterHeight,m=n.effectiveFilterWidth,f=n.padInfo.top,d=n.padInfo.left,h=xe(e,t,r);for(let g=0;g<n.batchSize;++g)for(let x=0;x<n.inChannels;++x)for(let y=0;y<n.outHeight;++y){let w=y*c-f,C=w;for(;C<0;)C+=i;let T=Math.min(n.inHeight,p+w);for(let $=0;$<n.outWidth;++$){let A=$*u-d,R=A;for(;R<0;)R+=l;let D=Math.min(n.inWidth,m+A),F=Number.NEGATIVE_INFINITY,B=-1;for(let V=C;V<T;V+=i){let U=V-w;for(let z=R;z<D;z+=l){let W=z-A,q=h.get(g,V,z,x);q>F&&(F=q,o?B=s?((g*n.inHeight+V)*n.inWidth+z)*n.inChannels+x:(V*n.inWidth+z)*n.inChannels+x:B=U*m+W)}}a.set(B,g,y,$,x)}}return a}function Zh(r,e,t,n,o,s){let a=o.strideDepth,c=o.strideHeight,u=o.strideWidth,i=o.dilationDepth,l=o.dilationHeight,p=o.dilationWidth,m=o.effectiveFilterDepth,f=o.effectiveFilterHeight,d=o.effectiveFilterWidth,h=o.padInfo.front,g=o.padInfo.top,x=o.padInfo.left,y=s==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,w=xe(o.outShape,t),C=w.values,T=o.outShape[1]*o.outShape[2]*o.outShape[3]*o.outShape[4],$=o.outShape[2]*o.outShape[3]*o.outShape[4],A=o.outShape[3]*o.outShape[4],R=o.outShape[4];for(let D=0;D<o.batchSize;++D){let F=D*T,B=D*n[0];for(let V=0;V<o.inChannels;++V)for(let U=0;U<o.outDepth;++U){let z=U*a-h,W=z;for(;W<0;)W+=i;let q=Math.min(o.inDepth,m+z),j=F+U*$;for(let Y=0;Y<o.outHeight;++Y){let Q=Y*c-g,re=Q;for(;re<0;)re+=l;let ae=Math.min(o.inHeight,f+Q),ie=j+Y*A;for(let oe=0;oe<o.outWidth;++oe){let se=oe*u-x,ue=se;for(;ue<0;)ue+=p;let pe=Math.min(o.inWidth,d+se),ye=ie+oe*R,Te=y,ke=0,De=0;for(let st=W;st<q;st+=i){let ut=B+st*n[1];for(let qe=re;qe<ae;qe+=l){let lt=ut+qe*n[2];for(let it=ue;it<pe;it+=p){let ft=lt+it*n[3],dt=r[ft+V];if(s==="max"&&dt>Te?Te=dt:s==="avg"&&(ke+=dt,De++),isNaN(Te))break}if(isNaN(Te))break}if(isNaN(Te))break}let Fe=ye+V;C[Fe]=s==="avg"?ke/Math.max(De,1):Te}}}}return w}function UR(r,e){let t=xe(e.outShape,"int32"),n=e.strideDepth,o=e.strideHeight,s=e.strideWidth,a=e.dilationDepth,c=e.dilationHeight,u=e.dilationWidth,i=e.effectiveFilterDepth,l=e.effectiveFilterHeight,p=e.effectiveFilterWidth,m=e.padInfo.front,f=e.padInfo.top,d=e.padInfo.left;for(let h=0;h<e.batchSize;++h)for(let g=0;g<e.inChannels;++g)for(let x=0;x<e.outDepth;++x){let y=x*n-m,w=y;for(;w<0;)w+=a;let C=Math.min(e.inDepth,i+y);for(let T=0;T<e.outHeight;++T){let $=T*o-f,A=$;for(;A<0;)A+=c;let R=Math.min(e.inHeight,l+$);for(let D=0;D<e.outWidth;++D){let F=D*s-d,B=F;for(;B<0;)B+=u;let V=Math.min(e.inWidth,p+F),U=Number.NEGATIVE_INFINITY,z=-1;for(let W=w;W<C;W+=a){let q=W-y;for(let j=A;j<R;j+=c){let Y=j-$;for(let Q=B;Q<V;Q+=u){let re=Q-F,ae=r.get(h,W,j,Q,g);ae>=U&&(U=ae,z=q*l*p+Y*l+re)}}}t.set(z,h,x,T,D,g)}}}return t}ma();function zJ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e;ee(o,"avgPool");let{filterSize:s,strides:a,pad:c,dimRoundingMode:u}=n,i=1;b.assert(S.eitherStridesOrDilationsAreOne(a,i),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${i}'`);let l=S.computePool2DInfo(o.shape,s,a,i,c,u),p;if(l.filterWidth===1&&l.filterHeight===1&&b.arraysEqual(l.inShape,l.outShape))p=wr({inputs:{x:o},backend:t});else{let m=t.data.get(o.dataId).values,f=b.computeStrides(o.shape),d=up(m,o.shape,o.dtype,f,l,"avg");p=t.makeTensorInfo(l.outShape,o.dtype,d.values)}return p}var GR={kernelName:ko,backendName:"cpu",kernelFunc:zJ};v();we();function HJ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{filterSize:s,strides:a,pad:c,dimRoundingMode:u,dataFormat:i}=n;ee(o,"avgPool3d");let l=S.computePool3DInfo(o.shape,s,a,1,c,u,i),p=t.data.get(o.dataId).values,m=Zh(p,o.shape,o.dtype,b.computeStrides(o.shape),l,"avg");return t.makeTensorInfo(m.shape,"float32",m.values)}var zR={kernelName:Aa,backendName:"cpu",kernelFunc:HJ};v();we();function KJ(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,input:s}=e,{filterSize:a,strides:c,pad:u,dimRoundingMode:i}=n;ee([o,s],"avgPool3DGrad");let l=S.computePool3DInfo(s.shape,a,c,1,u,i),p=l.strideDepth,m=l.strideHeight,f=l.strideWidth,d=l.filterDepth,h=l.filterHeight,g=l.filterWidth,x=l.dilationDepth,y=l.dilationHeight,w=l.dilationWidth,C=l.effectiveFilterDepth,T=l.effectiveFilterHeight,$=l.effectiveFilterWidth,A=C-1-l.padInfo.front,R=$-1-l.padInfo.left,D=T-1-l.padInfo.top,F=xe(s.shape,"float32"),B=1/(d*h*g),V=t.bufferSync(o);for(let U=0;U<l.batchSize;++U)for(let z=0;z<l.inChannels;++z)for(let W=0;W<l.inDepth;++W)for(let q=0;q<l.inHeight;++q)for(let j=0;j<l.inWidth;++j){let Y=W-A,Q=q-D,re=j-R,ae=0;for(let ie=0;ie<C;ie+=x){let oe=(Y+ie)/p;if(!(oe<0||oe>=l.outDepth||Math.floor(oe)!==oe))for(let se=0;se<T;se+=y){let ue=(Q+se)/m;if(!(ue<0||ue>=l.outHeight||Math.floor(ue)!==ue))for(let pe=0;pe<$;pe+=w){let ye=(re+pe)/f;if(ye<0||ye>=l.outWidth||Math.floor(ye)!==ye)continue;let Te=V.get(U,oe,ue,ye,z);ae+=Te}}}F.set(ae*B,U,W,q,j,z)}return t.makeTensorInfo(F.shape,F.dtype,F.values)}var HR={kernelName:Hc,backendName:"cpu",kernelFunc:KJ};v();we();function qJ(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,input:s}=e,a=s;ee([o,s],"avgPoolGrad");let{filterSize:c,strides:u,pad:i}=n,l=S.computePool2DInfo(a.shape,c,u,1,i),p=l.strideHeight,m=l.strideWidth,f=l.filterHeight,d=l.filterWidth,h=l.dilationHeight,g=l.dilationWidth,x=l.effectiveFilterHeight,y=l.effectiveFilterWidth,w=y-1-l.padInfo.left,C=x-1-l.padInfo.top,T=xe(a.shape,"float32"),$=1/(f*d),A=t.data.get(o.dataId).values,R=xe(o.shape,"float32",A);for(let D=0;D<l.batchSize;++D)for(let F=0;F<l.inChannels;++F)for(let B=0;B<l.inHeight;++B)for(let V=0;V<l.inWidth;++V){let U=B-C,z=V-w,W=0;for(let q=0;q<x;q+=h){let j=(U+q)/p;if(!(j<0||j>=l.outHeight||Math.floor(j)!==j))for(let Y=0;Y<y;Y+=g){let Q=(z+Y)/m;if(Q<0||Q>=l.outWidth||Math.floor(Q)!==Q)continue;let re=R.get(D,j,Q,F);W+=re}}T.set(W*$,D,B,V,F)}return t.makeTensorInfo(T.shape,T.dtype,T.values)}var KR={kernelName:zc,backendName:"cpu",kernelFunc:qJ};v();we();function jJ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,scale:s,offset:a,mean:c,variance:u}=e;b.assert(c.shape.length===u.shape.length,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),b.assert(a==null||c.shape.length===a.shape.length,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),b.assert(s==null||c.shape.length===s.shape.length,()=>"Batch normalization gradient requires mean and scale to have equal ranks."),ee([o,c,u,s,a],"batchNorm");let{varianceEpsilon:i}=n;i==null&&(i=.001);let l=t.data.get(o.dataId).values,p=t.data.get(c.dataId).values,m=t.data.get(u.dataId).values,f=s?t.data.get(s.dataId).values:new Float32Array([1]),d=a?t.data.get(a.dataId).values:new Float32Array([0]),h=new Float32Array(l.length),g=d.length,x=f.length,y=m.length,w=p.length,C=0,T=0,$=0,A=0;for(let R=0;R<l.length;++R)h[R]=d[C++]+(l[R]-p[T++])*f[$++]/Math.sqrt(m[A++]+i),C>=g&&(C=0),T>=w&&(T=0),$>=x&&($=0),A>=y&&(A=0);return t.makeTensorInfo(o.shape,o.dtype,h)}var qR={kernelName:qo,backendName:"cpu",kernelFunc:jJ};v();we();_c();Qr();function XJ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{blockShape:s,crops:a}=n;ee([o],"batchToSpaceND");let c=s.reduce((x,y)=>x*y),u=S.getReshaped(o.shape,s,c),i=S.getPermuted(u.length,s.length),l=S.getReshapedPermuted(o.shape,s,c),p=S.getSliceBeginCoords(a,s.length),m=S.getSliceSize(l,a,s.length),f=ze({inputs:{x:o},backend:t,attrs:{shape:u}}),d=It({inputs:{x:f},backend:t,attrs:{perm:i}}),h=ze({inputs:{x:d},backend:t,attrs:{shape:l}}),g=Fn({inputs:{x:h},backend:t,attrs:{begin:p,size:m}});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(h),g}var jR={kernelName:Ra,backendName:"cpu",kernelFunc:XJ};v();Dh();function YJ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,weights:s}=e,{size:a}=n,c=t.data.get(o.dataId).values,u=t.data.get(s.dataId).values,i=ap(c,u,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,i)}var XR={kernelName:To,backendName:"cpu",kernelFunc:YJ};cI();v();function JJ(r){let{inputs:e,backend:t}=r,{s0:n,s1:o}=e,s=t.data.get(n.dataId).values,a=t.data.get(o.dataId).values,c=S.assertAndGetBroadcastShape(Array.from(s),Array.from(a));return t.makeTensorInfo([c.length],"int32",Int32Array.from(c))}var YR={kernelName:Da,backendName:"cpu",kernelFunc:JJ};Lu();lI();v();Ze();var ZJ=Se(Un,(r,e)=>{let t=e;return r>t.clipValueMax?t.clipValueMax:r<t.clipValueMin?t.clipValueMin:r}),JR={kernelName:Un,backendName:"cpu",kernelFunc:ZJ};Oi();v();var QJ=r=>{let{x:e}=r.inputs,t=r.backend,n=new Float32Array(b.sizeFromShape(e.shape)),o=t.data.get(e.dataId),s=o.complexTensorInfos.real,a=o.complexTensorInfos.imag,c=t.data.get(s.dataId).values,u=t.data.get(a.dataId).values;for(let i=0;i<c.length;i++){let l=c[i],p=u[i];n[i]=Math.hypot(l,p)}return t.makeOutput(n,e.shape,"float32")},ZR={kernelName:qc,backendName:"cpu",kernelFunc:QJ};v();Oi();pI();ma();v();function da(r){let{inputs:e,backend:t}=r,{input:n}=e,o=t.data.get(n.dataId).complexTensorInfos.imag,s=t.data.get(o.dataId).values;return t.makeTensorInfo(o.shape,o.dtype,s)}var QR={kernelName:tu,backendName:"cpu",kernelFunc:da};Bu();function Tc(r){let{inputs:e,backend:t,attrs:n}=r,{axis:o}=n,s=b.parseAxisParam(o,e[0].shape)[0],a=e.map(h=>h.shape);S.assertParamsConsistent(a,s);let c=S.computeOutShape(e.map(h=>h.shape),s);if(b.sizeFromShape(c)===0)return t.makeTensorInfo(c,e[0].dtype,[]);let u=e.filter(h=>b.sizeFromShape(h.shape)>0);if(u.length===1)return wr({inputs:{x:u[0]},backend:t});if(u[0].dtype==="complex64"){let h=u.map(C=>An({inputs:{input:C},backend:t})),g=u.map(C=>da({inputs:{input:C},backend:t})),x=Tc({inputs:h,backend:t,attrs:{axis:s}}),y=Tc({inputs:g,backend:t,attrs:{axis:s}}),w=Xt({inputs:{real:x,imag:y},backend:t});return h.forEach(C=>t.disposeIntermediateTensorInfo(C)),g.forEach(C=>t.disposeIntermediateTensorInfo(C)),t.disposeIntermediateTensorInfo(x),t.disposeIntermediateTensorInfo(y),w}let i=u.map(h=>{let x=[-1,b.sizeFromShape(h.shape.slice(s))];return ze({inputs:{x:h},backend:t,attrs:{shape:x}})}),l=i.map(h=>({vals:t.data.get(h.dataId).values,shape:h.shape}));c=S.computeOutShape(i.map(h=>h.shape),1);let p=i[0].shape[0]===1,m=Wu(l,c,e[0].dtype,p),f=S.computeOutShape(u.map(h=>h.shape),s),d=t.makeTensorInfo(f,e[0].dtype,m);return i.forEach(h=>t.disposeIntermediateTensorInfo(h)),d}var eD={kernelName:Fa,backendName:"cpu",kernelFunc:Tc};v();we();function CC(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,filter:s}=e,{strides:a,pad:c,dataFormat:u,dilations:i,dimRoundingMode:l}=n;ee([o,s],"conv2d");let p=S.convertConv2DDataFormat(u),m=S.computeConv2DInfo(o.shape,s.shape,a,i,c,l,!1,p),f=m.filterHeight,d=m.filterWidth,h=m.dilationHeight,g=m.dilationWidth,x=m.padInfo.left,y=m.padInfo.top,w=m.dataFormat==="channelsLast",C=new Je(m.outShape,o.dtype),T=b.computeStrides(o.shape),$=b.computeStrides(s.shape),A=T[0],R=w?T[1]:T[2],D=w?T[2]:1,F=w?1:T[1],B=C.strides[0],V=w?C.strides[1]:C.strides[2],U=w?C.strides[2]:1,z=w?1:C.strides[1],W=t.data.get(o.dataId).values,q=t.data.get(s.dataId).values,j=C.values;for(let Y=0;Y<m.batchSize;++Y){let Q=Y*A,re=Y*B;for(let ae=0;ae<m.outHeight;++ae){let ie=re+ae*V,oe=ae*m.strideHeight-y;for(let se=0;se<f;++se){let ue=oe+se*h;if(ue<0||ue>=m.inHeight)continue;let pe=se*$[0],ye=Q+ue*R;for(let Te=0;Te<m.outWidth;++Te){let ke=ie+Te*U,De=Te*m.strideWidth-x;for(let Fe=0;Fe<d;++Fe){let st=De+Fe*g;if(st<0||st>=m.inWidth)continue;let ut=pe+Fe*$[1],qe=ye+st*D,lt=ut;for(let it=0;it<m.inChannels;++it){let ft=W[qe+it*F];for(let dt=0;dt<m.outChannels;++dt)j[ke+dt*z]+=ft*q[lt+dt];lt+=m.outChannels}}}}}}return t.makeTensorInfo(C.shape,C.dtype,j)}var tD={kernelName:$o,backendName:"cpu",kernelFunc:CC};v();we();function eZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,dy:s}=e,{strides:a,pad:c,dataFormat:u,dimRoundingMode:i,filterShape:l}=n;ee([o,s],"conv2dBackpropFilter");let p=S.convertConv2DDataFormat(u),m=S.computeConv2DInfo(o.shape,l,a,1,c,i,!1,p),{strideHeight:f,strideWidth:d,filterHeight:h,filterWidth:g}=m,x=m.dataFormat==="channelsLast",y=new Je(m.filterShape,"float32"),w=m.padInfo.left,C=m.padInfo.top,T=t.data.get(o.dataId).values,$=t.data.get(s.dataId).values,A=new Je(o.shape,o.dtype,T),R=new Je(s.shape,s.dtype,$);for(let D=0;D<h;++D){let F=Math.max(0,Math.ceil((C-D)/f)),B=Math.min(m.outHeight,(m.inHeight+C-D)/f);for(let V=0;V<g;++V){let U=Math.max(0,Math.ceil((w-V)/d)),z=Math.min(m.outWidth,(m.inWidth+w-V)/d);for(let W=0;W<m.inChannels;++W)for(let q=0;q<m.outChannels;++q){let j=0;for(let Y=0;Y<m.batchSize;++Y)for(let Q=F;Q<B;++Q){let re=D+Q*f-C;for(let ae=U;ae<z;++ae){let ie=V+ae*d-w;x?j+=A.get(Y,re,ie,W)*R.get(Y,Q,ae,q):j+=A.get(Y,W,re,ie)*R.get(Y,q,Q,ae)}}y.set(j,D,V,W,q)}}}return t.makeTensorInfo(y.shape,y.dtype,y.values)}var rD={kernelName:jc,backendName:"cpu",kernelFunc:eZ};v();we();function tZ(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,filter:s}=e,{inputShape:a,strides:c,pad:u,dataFormat:i,dimRoundingMode:l}=n;ee([o,s],"conv2dBackpropInput");let p=b.computeStrides(s.shape),m=b.computeStrides(o.shape),f=S.convertConv2DDataFormat(i),d=S.computeConv2DInfo(a,s.shape,c,1,u,l,!1,f),h=new Je(d.inShape,"float32"),g=h.values,x=t.data.get(o.dataId).values,y=t.data.get(s.dataId).values,[w,C,T]=p,{batchSize:$,filterHeight:A,filterWidth:R,inChannels:D,inHeight:F,inWidth:B,outChannels:V,outHeight:U,outWidth:z,strideHeight:W,strideWidth:q}=d;f=d.dataFormat;let j=A-1-d.padInfo.top,Y=R-1-d.padInfo.left,Q=f==="channelsLast",re=h.strides[0],ae=Q?h.strides[1]:h.strides[2],ie=Q?h.strides[2]:1,oe=Q?1:h.strides[1],se=m[0],ue=Q?m[1]:m[2],pe=Q?m[2]:1,ye=Q?1:m[1];for(let Te=0;Te<$;++Te)for(let ke=0;ke<D;++ke)for(let De=0;De<F;++De){let Fe=De-j,st=Math.max(0,Math.ceil(Fe/W)),ut=Math.min(U,(A+Fe)/W);for(let qe=0;qe<B;++qe){let lt=qe-Y,it=Math.max(0,Math.ceil(lt/q)),ft=Math.min(z,(R+lt)/q),dt=0;for(let Pt=st;Pt<ut;++Pt){let on=Pt*W-Fe;for(let mr=it;mr<ft;++mr){let Tt=mr*q-lt,fr=se*Te+ue*Pt+pe*mr,dr=w*(A-1-on)+C*(R-1-Tt)+T*ke;for(let sn=0;sn<V;++sn){let an=x[fr+ye*sn],Ir=y[dr+sn];dt+=an*Ir}}}let Hr=re*Te+ae*De+ie*qe+oe*ke;g[Hr]=dt}}return t.makeTensorInfo(h.shape,h.dtype,h.values)}var nD={kernelName:Ao,backendName:"cpu",kernelFunc:tZ};v();we();function rZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,filter:s}=e,{strides:a,pad:c,dilations:u}=n;ee([o,s],"conv3d");let i=S.computeConv3DInfo(o.shape,s.shape,a,u,c),{filterDepth:l,filterHeight:p,filterWidth:m,dilationDepth:f,dilationHeight:d,dilationWidth:h,padInfo:g}=i,x=g.front,y=g.left,w=g.top,C=new Je(i.outShape,o.dtype),T=t.data.get(o.dataId).values,$=t.data.get(s.dataId).values,A=C.values,R=b.computeStrides(o.shape),D=b.computeStrides(s.shape);for(let F=0;F<i.batchSize;++F){let B=F*R[0],V=F*C.strides[0];for(let U=0;U<i.outDepth;++U){let z=V+U*C.strides[1],W=U*i.strideDepth-x;for(let q=0;q<l;++q){let j=W+q*f;if(j<0||j>=i.inDepth)continue;let Y=q*D[0],Q=B+j*R[1];for(let re=0;re<i.outHeight;++re){let ae=z+re*C.strides[2],ie=re*i.strideHeight-w;for(let oe=0;oe<p;++oe){let se=ie+oe*d;if(se<0||se>=i.inHeight)continue;let ue=Y+oe*D[1],pe=Q+se*R[2];for(let ye=0;ye<i.outWidth;++ye){let Te=ae+ye*i.outChannels,ke=ye*i.strideWidth-y;for(let De=0;De<m;++De){let Fe=ke+De*h;if(Fe<0||Fe>=i.inWidth)continue;let st=ue+De*D[2],ut=pe+Fe*i.inChannels,qe=st;for(let lt=0;lt<i.inChannels;++lt){let it=T[ut+lt];for(let ft=0;ft<i.outChannels;++ft)A[Te+ft]+=it*$[qe+ft];qe+=i.outChannels}}}}}}}}return t.makeTensorInfo(C.shape,C.dtype,C.values)}var oD={kernelName:Ro,backendName:"cpu",kernelFunc:rZ};v();we();function nZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,dy:s}=e,{strides:a,pad:c,filterShape:u}=n;ee([o,s],"conv3dBackpropFilterV2");let i=b.computeStrides(o.shape),l=b.computeStrides(s.shape),p=S.computeConv3DInfo(o.shape,u,a,1,c),m=p.strideDepth,f=p.strideHeight,d=p.strideWidth,h=p.filterDepth,g=p.filterHeight,x=p.filterWidth,y=new Je(p.filterShape,"float32"),w=y.values,[C,T,$,A]=y.strides,R=t.data.get(s.dataId).values,[D,F,B,V]=l,U=t.data.get(o.dataId).values,[z,W,q,j]=i,Y=p.padInfo.front,Q=p.padInfo.left,re=p.padInfo.top;for(let ae=0;ae<h;++ae){let ie=Math.max(0,Math.ceil((Y-ae)/m)),oe=Math.min(p.outDepth,(p.inDepth+Y-ae)/m),se=ae*C;for(let ue=0;ue<g;++ue){let pe=Math.max(0,Math.ceil((re-ue)/f)),ye=Math.min(p.outHeight,(p.inHeight+re-ue)/f),Te=ue*T+se;for(let ke=0;ke<x;++ke){let De=Math.max(0,Math.ceil((Q-ke)/d)),Fe=Math.min(p.outWidth,(p.inWidth+Q-ke)/d),st=ke*$+Te;for(let ut=0;ut<p.inChannels;++ut){let qe=ut*A+st;for(let lt=0;lt<p.outChannels;++lt){let it=0;for(let ft=0;ft<p.batchSize;++ft){let dt=ft*z,Hr=ft*D;for(let Pt=ie;Pt<oe;++Pt){let mr=(ae+Pt*m-Y)*W+dt,Tt=Pt*F+Hr;for(let fr=pe;fr<ye;++fr){let sn=(ue+fr*f-re)*q+mr,an=fr*B+Tt;for(let Ir=De;Ir<Fe;++Ir){let Bn=(ke+Ir*d-Q)*j+sn,po=Ir*V+an;it+=U[Bn+ut]*R[po+lt]}}}}w[qe+lt]=it}}}}}return t.makeTensorInfo(y.shape,y.dtype,y.values)}var sD={kernelName:Ji,backendName:"cpu",kernelFunc:nZ};v();we();function oZ(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,filter:s}=e,{pad:a,strides:c,inputShape:u}=n;ee([o],"conv3dBackpropInputV2");let i=b.computeStrides(o.shape),l=b.computeStrides(s.shape),p=S.computeConv3DInfo(u,s.shape,c,1,a),m=new Je(p.inShape,"float32"),f=m.values,[d,h,g,x]=m.strides,y=t.data.get(o.dataId).values,[w,C,T,$]=i,A=t.data.get(s.dataId).values,[R,D,F,B]=l,{batchSize:V,filterDepth:U,filterHeight:z,filterWidth:W,inChannels:q,inDepth:j,inHeight:Y,inWidth:Q,outChannels:re,outDepth:ae,outHeight:ie,outWidth:oe,strideDepth:se,strideHeight:ue,strideWidth:pe}=p,ye=U-1-p.padInfo.front,Te=z-1-p.padInfo.top,ke=W-1-p.padInfo.left;for(let De=0;De<V;++De)for(let Fe=0;Fe<q;++Fe)for(let st=0;st<j;++st){let ut=st-ye,qe=Math.max(0,Math.ceil(ut/se)),lt=Math.min(ae,(U+ut)/se);for(let it=0;it<Y;++it){let ft=it-Te,dt=Math.max(0,Math.ceil(ft/ue)),Hr=Math.min(ie,(z+ft)/ue);for(let Pt=0;Pt<Q;++Pt){let on=Pt-ke,mr=Math.max(0,Math.ceil(on/pe)),Tt=Math.min(oe,(W+on)/pe),fr=0;for(let dr=qe;dr<lt;++dr){let sn=dr*se-ut;for(let an=dt;an<Hr;++an){let Ir=an*ue-ft;for(let wa=mr;wa<Tt;++wa){let Bn=wa*pe-on,po=w*De+C*dr+T*an+$*wa,or=R*(U-1-sn)+D*(z-1-Ir)+F*(W-1-Bn)+B*Fe;for(let va=0;va<re;++va){let $p=y[po+va],Ap=A[or+va];fr+=$p*Ap}}}}f[d*De+h*st+g*it+x*Pt+Fe]=fr}}}return t.makeTensorInfo(m.shape,m.dtype,m.values)}var aD={kernelName:Do,backendName:"cpu",kernelFunc:oZ};v();Ze();var sZ=Se("Cos",r=>Math.cos(r)),iD={kernelName:"Cos",backendName:"cpu",kernelFunc:sZ};v();Ze();var aZ=Se(Fo,r=>Math.cosh(r)),cD={kernelName:Fo,backendName:"cpu",kernelFunc:aZ};v();function iZ(r){let{inputs:e,backend:t,attrs:n}=r,{image:o,boxes:s,boxInd:a}=e,{cropSize:c,method:u,extrapolationValue:i}=n,[l,p,m,f]=o.shape,d=s.shape[0],[h,g]=c,x=xe([d,h,g,f],"float32"),y=t.data.get(s.dataId).values,w=t.data.get(a.dataId).values,C=t.data.get(o.dataId).values,T=b.computeStrides(o.shape),$=b.computeStrides(x.shape);for(let A=0;A<d;A++){let R=A*4,D=y[R],F=y[R+1],B=y[R+2],V=y[R+3],U=w[A];if(U>=l)continue;let z=h>1?(B-D)*(p-1)/(h-1):0,W=g>1?(V-F)*(m-1)/(g-1):0;for(let q=0;q<h;q++){let j=h>1?D*(p-1)+q*z:.5*(D+B)*(p-1);if(j<0||j>p-1){for(let Y=0;Y<g;Y++)for(let Q=0;Q<f;Q++){let re=Q+Y*$[2]+q*$[1]+A*$[0];x.values[re]=i}continue}if(u==="bilinear"){let Y=Math.floor(j),Q=Math.ceil(j),re=j-Y;for(let ae=0;ae<g;ae++){let ie=g>1?F*(m-1)+ae*W:.5*(F+V)*(m-1);if(ie<0||ie>m-1){for(let pe=0;pe<f;pe++){let ye=pe+ae*$[2]+q*$[1]+A*$[0];x.values[ye]=i}continue}let oe=Math.floor(ie),se=Math.ceil(ie),ue=ie-oe;for(let pe=0;pe<f;pe++){let ye=pe+oe*T[2]+Y*T[1]+U*T[0],Te=C[ye];ye=pe+se*T[2]+Y*T[1]+U*T[0];let ke=C[ye];ye=pe+oe*T[2]+Q*T[1]+U*T[0];let De=C[ye];ye=pe+se*T[2]+Q*T[1]+U*T[0];let Fe=C[ye],st=Te+(ke-Te)*ue,ut=De+(Fe-De)*ue;ye=pe+ae*$[2]+q*$[1]+A*$[0],x.values[ye]=st+(ut-st)*re}}}else for(let Y=0;Y<g;++Y){let Q=g>1?F*(m-1)+Y*W:.5*(F+V)*(m-1);if(Q<0||Q>m-1){for(let ie=0;ie<f;ie++){let oe=ie+Y*$[2]+q*$[1]+A*$[0];x.values[oe]=i}continue}let re=Math.round(Q),ae=Math.round(j);for(let ie=0;ie<f;ie++){let oe=ie+re*T[2]+ae*T[1]+U*T[0],se=ie+Y*$[2]+q*$[1]+A*$[0];x.values[se]=C[oe]}}}}return t.makeTensorInfo(x.shape,x.dtype,x.values)}var uD={kernelName:Oo,backendName:"cpu",kernelFunc:iZ};v();we();Qr();function cZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,exclusive:a,reverse:c}=n;ee(o,"cumprod");let u=S.getAxesPermutation([s],o.shape.length),i=o;u!=null&&(i=It({inputs:{x:o},backend:t,attrs:{perm:u}}));let l=S.getInnerMostAxes(1,o.shape.length)[0];if(l!==i.shape.length-1)throw new Error(`backend.cumprod in CPU expects an inner-most axis=${i.shape.length-1} but got axis=${l}`);let p=Ft(i.dtype,"int32"),m=b.makeOnesTypedArray(b.sizeFromShape(i.shape),p),f=t.data.get(i.dataId).values,d=i.shape[i.shape.length-1],h=c?(x,y)=>x+d-y-1:(x,y)=>x+y;for(let x=0;x<f.length;x+=d)for(let y=0;y<d;y++){let w=h(x,y);if(y===0)m[w]=a?1:f[w];else{let C=h(x,y-1);m[w]=a?f[C]*m[C]:f[w]*m[C]}}let g=t.makeTensorInfo(i.shape,p,m);if(u!=null){let x=S.getUndoAxesPermutation(u),y=It({inputs:{x:g},backend:t,attrs:{perm:x}});return t.disposeIntermediateTensorInfo(g),t.disposeIntermediateTensorInfo(i),y}return g}var lD={kernelName:Mo,backendName:"cpu",kernelFunc:cZ};v();we();Qr();function uZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,exclusive:a,reverse:c}=n;ee(o,"cumsum");let u=S.getAxesPermutation([s],o.shape.length),i=o;u!=null&&(i=It({inputs:{x:o},backend:t,attrs:{perm:u}}));let l=S.getInnerMostAxes(1,o.shape.length)[0];if(l!==i.shape.length-1)throw new Error(`backend.cumsum in CPU expects an inner-most axis=${i.shape.length-1} but got axis=${l}`);let p=Ft(i.dtype,"int32"),m=b.makeZerosTypedArray(b.sizeFromShape(i.shape),p),f=t.data.get(i.dataId).values,d=i.shape[i.shape.length-1],h=c?(x,y)=>x+d-y-1:(x,y)=>x+y;for(let x=0;x<f.length;x+=d)for(let y=0;y<d;y++){let w=h(x,y);if(y===0)m[w]=a?0:f[w];else{let C=h(x,y-1);m[w]=a?f[C]+m[C]:f[w]+m[C]}}let g=t.makeTensorInfo(i.shape,p,m);if(u!=null){let x=S.getUndoAxesPermutation(u),y=It({inputs:{x:g},backend:t,attrs:{perm:x}});return t.disposeIntermediateTensorInfo(g),t.disposeIntermediateTensorInfo(i),y}return g}var pD={kernelName:Po,backendName:"cpu",kernelFunc:uZ};v();Dh();function lZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,weights:s}=e,{size:a,binaryOutput:c}=n;if(o.shape.length===1){let u=t.data.get(o.dataId).values,i=t.data.get(s.dataId).values,l=ap(u,i,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,l)}else if(o.shape.length===2){let u=t.bufferSync(o),i=t.bufferSync(s),l=Rh(u,i,a,c);return t.makeTensorInfo(l.shape,s.dtype,l.values)}throw new Error(`Error in denseBincount: input must be at most rank 2, but got rank${o.shape.length}.`)}var mD={kernelName:Pa,backendName:"cpu",kernelFunc:lZ};v();function pZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{blockSize:s,dataFormat:a}=n;b.assert(a==="NHWC",()=>`Only NHWC dataFormat supported on CPU for depthToSpace. Got ${a}`);let c=o.shape[0],u=o.shape[1],i=o.shape[2],l=o.shape[3],p=u*s,m=i*s,f=l/(s*s),d=t.data.get(o.dataId).values,h=new Float32Array(c*p*m*f),g=0;for(let x=0;x<c;++x)for(let y=0;y<p;++y){let w=Math.floor(y/s),C=y%s;for(let T=0;T<m;++T){let $=Math.floor(T/s),A=T%s,R=(C*s+A)*f;for(let D=0;D<f;++D){let B=D+R+l*($+i*(w+u*x));h[g++]=d[B]}}}return t.makeTensorInfo([c,p,m,f],o.dtype,h)}var fD={kernelName:Bo,backendName:"cpu",kernelFunc:pZ};v();we();function SC(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,filter:s}=e,{strides:a,pad:c,dilations:u,dimRoundingMode:i}=n;ee([o,s],"depthwiseConv2DNative");let l=b.computeStrides(o.shape),p=b.computeStrides(s.shape),m=u;m==null&&(m=[1,1]),b.assert(S.eitherStridesOrDilationsAreOne(a,m),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${a} and dilations '${m}'`);let f=S.computeConv2DInfo(o.shape,s.shape,a,m,c,i,!0),{filterHeight:d,filterWidth:h,dilationHeight:g,dilationWidth:x,padInfo:y}=f,w=y.left,C=y.top,T=f.outChannels/f.inChannels,$=new Je(f.outShape,o.dtype),A=t.data.get(o.dataId).values,R=t.data.get(s.dataId).values,D=$.values;for(let F=0;F<f.batchSize;++F){let B=F*l[0],V=F*$.strides[0];for(let U=0;U<f.outHeight;++U){let z=V+U*$.strides[1],W=U*f.strideHeight-C;for(let q=0;q<d;++q){let j=W+q*g;if(j<0||j>=f.inHeight)continue;let Y=q*p[0],Q=B+j*l[1];for(let re=0;re<f.outWidth;++re){let ae=z+re*$.strides[2],ie=re*f.strideWidth-w;for(let oe=0;oe<h;++oe){let se=ie+oe*x;if(se<0||se>=f.inWidth)continue;let ue=Y+oe*p[1],pe=Q+se*f.inChannels,ye=ae,Te=ue;for(let ke=0;ke<f.inChannels;++ke){let De=A[pe+ke];for(let Fe=0;Fe<T;++Fe)D[ye+Fe]+=De*R[Te+Fe];ye+=T,Te+=T}}}}}}return t.makeTensorInfo($.shape,$.dtype,$.values)}var dD={kernelName:Lo,backendName:"cpu",kernelFunc:SC};v();we();function mZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,dy:s}=e,{strides:a,dilations:c,pad:u,dimRoundingMode:i,filterShape:l}=n;ee([o,s],"depthwiseConv2dNativeBackpropFilter");let p=S.computeConv2DInfo(o.shape,l,a,c,u,i,!0),{strideHeight:m,strideWidth:f,filterHeight:d,filterWidth:h}=p,g=new Je(p.filterShape,"float32"),x=p.padInfo.left,y=p.padInfo.top,w=p.outChannels/p.inChannels,C=t.data.get(o.dataId).values,T=new Je(o.shape,o.dtype,C),$=t.data.get(s.dataId).values,A=new Je(s.shape,s.dtype,$);for(let R=0;R<d;++R){let D=Math.max(0,Math.ceil((y-R)/m)),F=Math.min(p.outHeight,(p.inHeight+y-R)/m);for(let B=0;B<h;++B){let V=Math.max(0,Math.ceil((x-B)/f)),U=Math.min(p.outWidth,(p.inWidth+x-B)/f);for(let z=0;z<p.outChannels;++z){let W=Math.trunc(z/w),q=z%w,j=0;for(let Y=0;Y<p.batchSize;++Y)for(let Q=D;Q<F;++Q){let re=R+Q*m-y;for(let ae=V;ae<U;++ae){let ie=B+ae*f-x;j+=T.get(Y,re,ie,W)*A.get(Y,Q,ae,z)}}g.set(j,R,B,W,q)}}}return t.makeTensorInfo(g.shape,g.dtype,g.values)}var hD={kernelName:Xc,backendName:"cpu",kernelFunc:mZ};v();we();function fZ(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,filter:s}=e,{strides:a,dilations:c,pad:u,dimRoundingMode:i,inputShape:l}=n;ee([o,s],"depthwiseConv2DNativeBackpropInput");let p=b.computeStrides(o.shape),m=b.computeStrides(s.shape),f=S.computeConv2DInfo(l,s.shape,a,c,u,i,!0),d=new Je(f.inShape,"float32"),h=d.values,[g,x,y]=d.strides,w=t.data.get(o.dataId).values,[C,T,$]=p,A=t.data.get(s.dataId).values,[R,D,F]=m,{batchSize:B,filterHeight:V,filterWidth:U,inChannels:z,inHeight:W,inWidth:q,outChannels:j,outHeight:Y,outWidth:Q,strideHeight:re,strideWidth:ae}=f,ie=V-1-f.padInfo.top,oe=U-1-f.padInfo.left,se=j/z;for(let ue=0;ue<B;++ue)for(let pe=0;pe<z;++pe)for(let ye=0;ye<W;++ye){let Te=ye-ie,ke=Math.max(0,Math.ceil(Te/re)),De=Math.min(Y,(V+Te)/re);for(let Fe=0;Fe<q;++Fe){let st=Fe-oe,ut=Math.max(0,Math.ceil(st/ae)),qe=Math.min(Q,(U+st)/ae),lt=0;for(let it=ke;it<De;++it){let ft=it*re-Te;for(let dt=ut;dt<qe;++dt){let Hr=dt*ae-st,Pt=C*ue+T*it+$*dt,on=R*(V-1-ft)+D*(U-1-Hr)+F*pe;for(let mr=0;mr<se;++mr){let Tt=pe*se+mr,fr=w[Pt+Tt],dr=A[on+mr];lt+=fr*dr}}}h[g*ue+x*ye+y*Fe+pe]=lt}}return t.makeTensorInfo(d.shape,d.dtype,d.values)}var gD={kernelName:Yc,backendName:"cpu",kernelFunc:fZ};v();function dZ(r){let{inputs:e,backend:t}=r,{x:n}=e,o=b.sizeFromShape(n.shape),s=t.data.get(n.dataId).values,a=xe([o,o],n.dtype),c=a.values;for(let i=0;i<s.length;i++)c[i*o+i]=s[i];let u=[...n.shape,...n.shape];return t.makeTensorInfo(u,a.dtype,a.values)}var xD={kernelName:Oa,backendName:"cpu",kernelFunc:dZ};v();var bD={kernelName:Vo,backendName:"cpu",kernelFunc:({inputs:r,backend:e,attrs:t})=>{let{x:n,filter:o}=r,{strides:s,pad:a,dilations:c}=t,u=e,i=u.data.get(n.dataId).values,l=n.shape.length,p=u.data.get(o.dataId).values,m=o.shape.length,{batchSize:f,inHeight:d,inWidth:h,inChannels:g,outHeight:x,outWidth:y,padInfo:w,strideHeight:C,strideWidth:T,filterHeight:$,filterWidth:A,dilationHeight:R,dilationWidth:D,outShape:F}=S.computeDilation2DInfo(n.shape,o.shape,s,a,"NHWC",c),B=b.sizeFromShape(F),V=F.length,U=b.getArrayFromDType(n.dtype,B);for(let W=0;W<f;++W)for(let q=0;q<x;++q){let j=q*C-w.top;for(let Y=0;Y<y;++Y){let Q=Y*T-w.left;for(let re=0;re<g;++re){let ae=Number.MIN_SAFE_INTEGER;for(let oe=0;oe<$;++oe){let se=j+oe*R;if(se>=0&&se<d)for(let ue=0;ue<A;++ue){let pe=Q+ue*D;if(pe>=0&&pe<h){let ye=b.locToIndex([W,se,pe,re],l,b.computeStrides(n.shape)),Te=b.locToIndex([oe,ue,re],m,b.computeStrides(o.shape)),ke=i[ye]+p[Te];ke>ae&&(ae=ke)}}}let ie=b.locToIndex([W,q,Y,re],V,b.computeStrides(F));U[ie]=ae}}}return{dataId:u.write(b.toTypedArray(U,n.dtype),F,n.dtype),shape:F,dtype:n.dtype}}};v();var yD={kernelName:Zc,backendName:"cpu",kernelFunc:({inputs:r,backend:e,attrs:t})=>{let{x:n,filter:o,dy:s}=r,{strides:a,pad:c,dilations:u}=t,i=e,l=b.toNestedArray(n.shape,i.data.get(n.dataId).values),p=b.toNestedArray(o.shape,i.data.get(o.dataId).values),{batchSize:m,inHeight:f,inWidth:d,inChannels:h,outHeight:g,outWidth:x,padInfo:y,strideHeight:w,strideWidth:C,filterHeight:T,filterWidth:$,dilationHeight:A,dilationWidth:R,outShape:D}=S.computeDilation2DInfo(n.shape,o.shape,a,c,"NHWC",u);b.assert(s.rank===D.length,()=>`Error in ${Zc}, dy must have the same rank as output ${D.length}, but got ${s.rank}`);let F=b.toNestedArray(D,i.data.get(s.dataId).values),B=b.makeZerosNestedTypedArray(o.shape,o.dtype);for(let U=0;U<m;++U)for(let z=0;z<g;++z){let W=z*w-y.top;for(let q=0;q<x;++q){let j=q*C-y.left;for(let Y=0;Y<h;++Y){let Q=Number.MIN_SAFE_INTEGER,re=0,ae=0;for(let ie=0;ie<T;++ie){let oe=W+ie*A;if(oe>=0&&oe<f)for(let se=0;se<$;++se){let ue=j+se*R;if(ue>=0&&ue<d){let pe=l[U][oe][ue][Y]+p[ie][se][Y];pe>Q&&(Q=pe,re=ie,ae=se)}}}B[re][ae][Y]+=F[U][z][q][Y]}}}return{dataId:i.write(b.toTypedArray(B,n.dtype),o.shape,o.dtype),shape:o.shape,dtype:o.dtype}}};v();var wD={kernelName:Jc,backendName:"cpu",kernelFunc:({inputs:r,backend:e,attrs:t})=>{let{x:n,filter:o,dy:s}=r,{strides:a,pad:c,dilations:u}=t,i=e,l=b.toNestedArray(n.shape,i.data.get(n.dataId).values),p=b.toNestedArray(o.shape,i.data.get(o.dataId).values),{batchSize:m,inHeight:f,inWidth:d,inChannels:h,outHeight:g,outWidth:x,padInfo:y,strideHeight:w,strideWidth:C,filterHeight:T,filterWidth:$,dilationHeight:A,dilationWidth:R,outShape:D}=S.computeDilation2DInfo(n.shape,o.shape,a,c,"NHWC",u);b.assert(s.rank===D.length,()=>`Error in ${Jc}, dy must have the same rank as output ${D.length}, but got ${s.rank}`);let F=b.toNestedArray(D,i.data.get(s.dataId).values),B=b.makeZerosNestedTypedArray(n.shape,n.dtype);for(let U=0;U<m;++U)for(let z=0;z<g;++z){let W=z*w-y.top;for(let q=0;q<x;++q){let j=q*C-y.left;for(let Y=0;Y<h;++Y){let Q=Number.MIN_SAFE_INTEGER,re=W<0?0:W,ae=j<0?0:j;for(let ie=0;ie<T;++ie){let oe=W+ie*A;if(oe>=0&&oe<f)for(let se=0;se<$;++se){let ue=j+se*R;if(ue>=0&&ue<d){let pe=l[U][oe][ue][Y]+p[ie][se][Y];pe>Q&&(Q=pe,re=oe,ae=ue)}}}B[U][re][ae][Y]+=F[U][z][q][Y]}}}return{dataId:i.write(b.toTypedArray(B,n.dtype),n.shape,n.dtype),shape:n.shape,dtype:n.dtype}}};v();function hZ(r){let{inputs:e,backend:t,attrs:n}=r,{image:o}=e,{canvas:s,options:a}=n,{contextOptions:c,imageOptions:u}=a||{},i=u?.alpha||1,l=c?.contextType||"2d";if(l!=="2d")throw new Error(`Context type ${c.contextType} is not supported by the CPU backend.`);let p=s.getContext(l,c?.contextAttributes||{});if(p==null)throw new Error(`Could not get the context with ${l} type.`);let[m,f]=o.shape.slice(0,2),d=o.shape.length===2?1:o.shape[2],h=t.data.get(o.dataId).values,g=o.dtype==="float32"?255:1,x=new Uint8ClampedArray(f*m*4);for(let w=0;w<m*f;++w){let C=[0,0,0,255*i];for(let $=0;$<d;$++){let A=h[w*d+$];if(o.dtype==="float32"){if(A<0||A>1)throw new Error(`Tensor values for a float32 Tensor must be in the range [0 - 1] but encountered ${A}.`)}else if(o.dtype==="int32"&&(A<0||A>255))throw new Error(`Tensor values for a int32 Tensor must be in the range [0 - 255] but encountered ${A}.`);d===1?(C[0]=A*g,C[1]=A*g,C[2]=A*g):C[$]=A*g}let T=w*4;x[T+0]=Math.round(C[0]),x[T+1]=Math.round(C[1]),x[T+2]=Math.round(C[2]),x[T+3]=Math.round(C[3])}s.width=f,s.height=m;let y=new ImageData(x,f,m);return p.putImageData(y,0,0),o}var vD={kernelName:kl,backendName:"cpu",kernelFunc:hZ};v();Gu();v();we();oI();Lu();ma();Qr();function Li(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,keepDims:a}=n;ee(o,"sum");let c;o.dtype==="bool"?c=Rn({inputs:{x:o},backend:t,attrs:{dtype:"int32"}}):c=wr({inputs:{x:o},backend:t});let u=c.shape.length,i=b.parseAxisParam(s,c.shape),l=S.getAxesPermutation(i,u),p=i,m=c;l!=null&&(m=It({inputs:{x:c},backend:t,attrs:{perm:l}}),p=S.getInnerMostAxes(p.length,u)),S.assertAxesAreInnerMostDims("sum",p,m.shape.length);let[f,d]=S.computeOutAndReduceShapes(m.shape,p),h=S.upcastType(m.dtype,"int32"),g=op(t,f,h),x=b.sizeFromShape(d),y=t.data.get(g.dataId).values,w=t.data.get(m.dataId).values;for(let C=0;C<y.length;++C){let T=C*x,$=0;for(let A=0;A<x;++A)$+=w[T+A];y[C]=$}if(a){let C=S.expandShapeToKeepDim(g.shape,i),T=g;g=ze({inputs:{x:g},backend:t,attrs:{shape:C}}),t.disposeIntermediateTensorInfo(T)}return t.disposeIntermediateTensorInfo(c),l!=null&&t.disposeIntermediateTensorInfo(m),g}var ID={kernelName:"Sum",backendName:"cpu",kernelFunc:Li};Qr();function gZ(r){let{inputs:e,backend:t,attrs:n}=r,{equation:o}=n,s=e,{allDims:a,summedDims:c,idDims:u}=S.decodeEinsumEquation(o,s.length);S.checkEinsumDimSizes(a.length,u,s);let{path:i,steps:l}=S.getEinsumComputePath(c,u),p=l.length,m=null,f=a.length,d=[];for(let h=0;h<p;++h){for(let g of l[h]){let{permutationIndices:x,expandDims:y}=S.getEinsumPermutation(f,u[g]),w;S.isIdentityPermutation(x)?w=s[g]:(w=It({inputs:{x:s[g]},backend:t,attrs:{perm:x}}),d.push(w));let C=w.shape.slice();for(let T=0;T<y.length;++T)C.splice(y[T],0,1);b.arraysEqual(w.shape,C)||(w=ze({inputs:{x:w},backend:t,attrs:{shape:C}}),d.push(w)),m===null?m=w:(m=Uu({inputs:{a:w,b:m},backend:t}),d.push(m))}h<p-1&&(i[h]>=0&&(m=Li({inputs:{x:m},backend:t,attrs:{axis:i[h]-(a.length-f),keepDims:!1}}),d.push(m)),f--)}for(let h of d)h!==m&&t.disposeIntermediateTensorInfo(h);return m}var CD={kernelName:Qc,backendName:"cpu",kernelFunc:gZ};v();we();function xZ(r){let{inputs:e,backend:t}=r,{dy:n,y:o}=e;ee([n,o],"eluGrad");let s=new Float32Array(b.sizeFromShape(o.shape)),a=t.data.get(o.dataId).values,c=t.data.get(n.dataId).values;for(let u=0;u<a.length;++u){let i=a[u];i>=0?s[u]=c[u]:s[u]=c[u]*(i+1)}return t.makeTensorInfo(o.shape,"float32",s)}var SD={kernelName:Zi,backendName:"cpu",kernelFunc:xZ};Fh();v();Ze();var bZ=S.ERF_P,yZ=S.ERF_A1,wZ=S.ERF_A2,vZ=S.ERF_A3,IZ=S.ERF_A4,CZ=S.ERF_A5,SZ=Se("Erf",r=>{let e=Math.sign(r),t=Math.abs(r),n=1/(1+bZ*t);return e*(1-((((CZ*n+IZ)*n+vZ)*n+wZ)*n+yZ)*n*Math.exp(-t*t))}),kD={kernelName:"Erf",backendName:"cpu",kernelFunc:SZ};Mh();v();function lp(r){let{inputs:e,backend:t,attrs:n}=r,{input:o}=e,{dim:s}=n,a=o.shape.length,c=o.shape.slice(),u=s;return s<0&&(b.assert(-(a+1)<=s,()=>`Axis must be in the interval [${-(a+1)}, ${a}]`),u=a+s+1),c.splice(u,0,1),ze({inputs:{x:o},backend:t,attrs:{shape:c}})}var _D={kernelName:Wa,backendName:"cpu",kernelFunc:lp};xI();v();v();Vu();Oi();ma();Gu();Bu();v();Lt();Yt();var kZ=Ge((r,e)=>r/e),Om=Xe(Wo,kZ),Bm={kernelName:Wo,backendName:"cpu",kernelFunc:Om};_c();Mm();function Qh(r,e,t){let n=r.shape,o=n[0],s=n[1],a=t.data.get(r.dataId),c=a.complexTensorInfos.real,u=a.complexTensorInfos.imag,i=[o,s],l=b.sizeFromShape(i),p=b.getTypedArrayFromDType("float32",l),m=b.getTypedArrayFromDType("float32",l);for(let g=0;g<o;g++){let x=Fn({inputs:{x:c},backend:t,attrs:{begin:[g,0],size:[1,s]}}),y=Fn({inputs:{x:u},backend:t,attrs:{begin:[g,0],size:[1,s]}}),w=Xt({inputs:{real:x,imag:y},backend:t}),{real:C,imag:T}=_Z(w,e,t),$=S.mergeRealAndImagArrays(C,T);for(let A=0;A<s;A++){let R=S.getComplexWithIndex($,A);p[g*s+A]=R.real,m[g*s+A]=R.imag}t.disposeIntermediateTensorInfo(x),t.disposeIntermediateTensorInfo(y),t.disposeIntermediateTensorInfo(w)}let f=t.makeTensorInfo(i,"float32",p),d=t.makeTensorInfo(i,"float32",m),h=Xt({inputs:{real:f,imag:d},backend:t});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(d),h}function _Z(r,e,t){let n=b.sizeFromShape(r.shape),o=t.data.get(r.dataId),s=t.data.get(o.complexTensorInfos.real.dataId).values,a=t.data.get(o.complexTensorInfos.imag.dataId).values;if(TZ(n)){let c=kC(s,a,n,e,t),u=[r.shape[0],r.shape[1]];if(e){let i=t.makeTensorInfo(u,"float32",c.real),l=t.makeTensorInfo(u,"float32",c.imag),p=t.makeTensorInfo([],"float32",b.createScalarValue(n,"float32")),m=wr({inputs:{x:p},backend:t}),f=Bm.kernelFunc({inputs:{a:i,b:p},backend:t}),d=Bm.kernelFunc({inputs:{a:l,b:m},backend:t}),h=t.data.get(f.dataId).values,g=t.data.get(d.dataId).values;return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(l),t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(d),{real:h,imag:g}}return c}else{let c=S.mergeRealAndImagArrays(s,a),u=NZ(c,n,e);return S.splitRealAndImagArrays(u)}}function TZ(r){return(r&r-1)===0}function kC(r,e,t,n,o){if(t===1)return{real:r,imag:e};let s=S.mergeRealAndImagArrays(r,e),a=t/2,c=S.complexWithEvenIndex(s),u=c.real,i=c.imag,l=[u.length],p=o.makeTensorInfo(l,"float32",u),m=o.makeTensorInfo(l,"float32",i),f=Xt({inputs:{real:p,imag:m},backend:o}),d=S.complexWithOddIndex(s),h=d.real,g=d.imag,x=[h.length],y=o.makeTensorInfo(x,"float32",h),w=o.makeTensorInfo(x,"float32",g),C=Xt({inputs:{real:y,imag:w},backend:o}),T=kC(u,i,a,n,o),$=T.real,A=T.imag,R=[$.length],D=o.makeTensorInfo(R,"float32",$),F=o.makeTensorInfo(R,"float32",A),B=Xt({inputs:{real:D,imag:F},backend:o}),V=kC(h,g,a,n,o),U=V.real,z=V.imag,W=[U.length],q=o.makeTensorInfo(W,"float32",U),j=o.makeTensorInfo(W,"float32",z),Y=Xt({inputs:{real:q,imag:j},backend:o}),Q=S.exponents(t,n),re=[Q.real.length],ae=o.makeTensorInfo(re,"float32",Q.real),ie=o.makeTensorInfo(re,"float32",Q.imag),oe=Xt({inputs:{real:ae,imag:ie},backend:o}),se=Uu({inputs:{a:oe,b:Y},backend:o}),ue=fa({inputs:{a:B,b:se},backend:o}),pe=Fm({inputs:{a:B,b:se},backend:o}),ye=An({inputs:{input:ue},backend:o}),Te=An({inputs:{input:pe},backend:o}),ke=da({inputs:{input:ue},backend:o}),De=da({inputs:{input:pe},backend:o}),Fe=Tc({inputs:[ye,Te],backend:o,attrs:{axis:0}}),st=Tc({inputs:[ke,De],backend:o,attrs:{axis:0}}),ut=o.data.get(Fe.dataId).values,qe=o.data.get(st.dataId).values;return o.disposeIntermediateTensorInfo(p),o.disposeIntermediateTensorInfo(m),o.disposeIntermediateTensorInfo(f),o.disposeIntermediateTensorInfo(y),o.disposeIntermediateTensorInfo(w),o.disposeIntermediateTensorInfo(C),o.disposeIntermediateTensorInfo(D),o.disposeIntermediateTensorInfo(F),o.disposeIntermediateTensorInfo(B),o.disposeIntermediateTensorInfo(q),o.disposeIntermediateTensorInfo(j),o.disposeIntermediateTensorInfo(Y),o.disposeIntermediateTensorInfo(ae),o.disposeIntermediateTensorInfo(ie),o.disposeIntermediateTensorInfo(oe),o.disposeIntermediateTensorInfo(se),o.disposeIntermediateTensorInfo(ue),o.disposeIntermediateTensorInfo(pe),o.disposeIntermediateTensorInfo(ye),o.disposeIntermediateTensorInfo(ke),o.disposeIntermediateTensorInfo(Te),o.disposeIntermediateTensorInfo(De),o.disposeIntermediateTensorInfo(Fe),o.disposeIntermediateTensorInfo(st),{real:ut,imag:qe}}function NZ(r,e,t){let n=new Float32Array(e*2);for(let o=0;o<e;o++){let s=0,a=0;for(let c=0;c<e;c++){let u=S.exponent(o*c,e,t),i=S.getComplexWithIndex(r,c);s+=i.real*u.real-i.imag*u.imag,a+=i.real*u.imag+i.imag*u.real}t&&(s/=e,a/=e),S.assignToTypedArray(n,s,a,o)}return n}function EZ(r){let{inputs:e,backend:t}=r,{input:n}=e,o=b.sizeFromShape(n.shape),s=n.shape[n.shape.length-1],a=o/s,c=ze({inputs:{x:n},backend:t,attrs:{shape:[a,s]}}),u=Qh(c,!1,t),i=ze({inputs:{x:u},backend:t,attrs:{shape:n.shape}});return t.disposeIntermediateTensorInfo(c),t.disposeIntermediateTensorInfo(u),i}var TD={kernelName:"FFT",backendName:"cpu",kernelFunc:EZ};v();function Lm(r){let{backend:e,attrs:t}=r,{shape:n,value:o,dtype:s}=t,a=s||b.inferDtype(o),c=b.getArrayFromDType(a,b.sizeFromShape(n));return $Z(c,o,a),e.makeTensorInfo(n,a,c)}var ND={kernelName:Ua,backendName:"cpu",kernelFunc:Lm};function $Z(r,e,t){r.fill(e)}v();var ED={kernelName:zo,backendName:"cpu",kernelFunc:({inputs:r,attrs:e,backend:t})=>{let{image:n}=r,o=t,s=b.getTypedArrayFromDType(n.dtype,b.sizeFromShape(n.shape)),[a,c,u,i]=n.shape,l=o.data.get(n.dataId).values;for(let m=0;m<a;m++){let f=m*u*c*i;for(let d=0;d<c;d++){let h=d*(u*i);for(let g=0;g<u;g++){let x=g*i;for(let y=0;y<i;y++){let w=Math.round(u-g-1),C=f+h+x+y,T=l[C];if(w>=0&&w<u){let $=w*i,A=f+h+$+y;T=l[A]}s[C]=T}}}}return{dataId:o.write(s,n.shape,n.dtype),shape:n.shape,dtype:n.dtype}}};yI();vI();v();Vu();function AZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,filter:s,bias:a,preluActivationWeights:c}=e,{strides:u,pad:i,dataFormat:l,dilations:p,dimRoundingMode:m,activation:f,leakyreluAlpha:d}=n,h=CC({inputs:{x:o,filter:s},backend:t,attrs:{strides:u,pad:i,dataFormat:l,dilations:p,dimRoundingMode:m}});if(a){let g=h;if(l==="NCHW"&&a.shape.length===1&&a.shape[0]!==1){let x=ze({inputs:{x:a},backend:t,attrs:{shape:[a.shape[0],1,1]}});h=fa({inputs:{a:h,b:x},backend:t}),t.disposeIntermediateTensorInfo(x)}else h=fa({inputs:{a:h,b:a},backend:t});t.disposeIntermediateTensorInfo(g)}if(f){let g=h;if(l==="NCHW"&&f==="prelu"&&c.shape.length===1&&c.shape[0]!==1){let x=ze({inputs:{x:c},backend:t,attrs:{shape:[c.shape[0],1,1]}});h=Yu(t,h,f,x,d),t.disposeIntermediateTensorInfo(x)}else h=Yu(t,h,f,c,d);t.disposeIntermediateTensorInfo(g)}return h}var $D={kernelName:Kn,backendName:"cpu",kernelFunc:AZ};v();Vu();function RZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,filter:s,bias:a,preluActivationWeights:c}=e,{strides:u,pad:i,dataFormat:l,dilations:p,dimRoundingMode:m,activation:f,leakyreluAlpha:d}=n,h=SC({inputs:{x:o,filter:s},backend:t,attrs:{strides:u,pad:i,dataFormat:l,dilations:p,dimRoundingMode:m}});if(a){let g=h;h=fa({inputs:{a:h,b:a},backend:t}),t.disposeIntermediateTensorInfo(g)}if(f){let g=h;h=Yu(t,h,f,c,d),t.disposeIntermediateTensorInfo(g)}return h}var AD={kernelName:qn,backendName:"cpu",kernelFunc:RZ};v();II();function DZ(r){let{inputs:e,backend:t}=r,{params:n,indices:o}=e,s=b.sizeFromShape(n.shape),a=o.shape,c=a[a.length-1],[u,i,l,p]=S.prepareAndValidate(n,o);if(i===0)return t.makeTensorInfo(u,n.dtype,[]);let m=t.data.get(o.dataId).values,f=t.bufferSync(n),d=Ph(m,f,n.dtype,i,c,l,p,n.shape,s);return t.makeTensorInfo(u,n.dtype,d.values)}var RD={kernelName:jo,backendName:"cpu",kernelFunc:DZ};v();we();CI();function FZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,indices:s}=e,{axis:a,batchDims:c}=n;ee([o,s],"gatherV2");let u=b.parseAxisParam(a,o.shape)[0],i=t.data.get(s.dataId).values,l=o.shape[u];for(let C=0;C<i.length;++C){let T=i[C];b.assert(T<=l-1&&T>=0,()=>`GatherV2: the index value ${T} is not in [0, ${l-1}]`)}let p=c;c==null&&(p=0);let m=b.sizeFromShape(s.shape),f=S.segment_util.collectGatherOpShapeInfo(o,s,u,p),d=ze({inputs:{x:o},backend:t,attrs:{shape:[f.batchSize,f.outerSize,f.dimSize,f.sliceSize]}}),h=ze({inputs:{x:s},backend:t,attrs:{shape:[f.batchSize,m/f.batchSize]}}),g=[f.batchSize,f.outerSize,m/f.batchSize,f.sliceSize],x=t.bufferSync(h),y=t.bufferSync(d),w=Oh(y,x,g);return t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(h),t.makeTensorInfo(f.outputShape,w.dtype,w.values)}var DD={kernelName:Ga,backendName:"cpu",kernelFunc:FZ};kI();TI();ma();v();function MZ(r){let{inputs:e,backend:t}=r,{input:n}=e,o=b.sizeFromShape(n.shape),s=n.shape[n.shape.length-1],a=o/s,c=ze({inputs:{x:n},backend:t,attrs:{shape:[a,s]}}),u=Qh(c,!0,t),i=ze({inputs:{x:u},backend:t,attrs:{shape:n.shape}});return t.disposeIntermediateTensorInfo(c),t.disposeIntermediateTensorInfo(u),i}var FD={kernelName:eu,backendName:"cpu",kernelFunc:MZ};v();Ze();var PZ=Se(Jo,r=>Number.isFinite(r)?1:0,"bool"),MD={kernelName:Jo,backendName:"cpu",kernelFunc:PZ};v();Ze();var OZ=Se(Zo,r=>Math.abs(r)===1/0?1:0,"bool"),PD={kernelName:Zo,backendName:"cpu",kernelFunc:OZ};v();Ze();var BZ=Se(Qo,r=>Number.isNaN(r)?1:0,"bool"),OD={kernelName:Qo,backendName:"cpu",kernelFunc:BZ};EI();AI();v();RI();function LZ(r){let{backend:e,attrs:t}=r,{start:n,stop:o,num:s}=t,a=Bh(n,o,s);return e.makeTensorInfo([a.length],"float32",a)}var BD={kernelName:ns,backendName:"cpu",kernelFunc:LZ};FI();v();Ze();var VZ=Se(os,r=>Math.log1p(r)),LD={kernelName:os,backendName:"cpu",kernelFunc:VZ};v();Lt();Yt();var WZ=Ge((r,e)=>r&&e),UZ=Xe(ss,WZ,null,"bool"),VD={kernelName:ss,backendName:"cpu",kernelFunc:UZ};v();Ze();var GZ=Se(as,r=>r?0:1,"bool"),WD={kernelName:as,backendName:"cpu",kernelFunc:GZ};v();Lt();Yt();var zZ=Ge((r,e)=>r||e),HZ=Xe(is,zZ,null,"bool"),UD={kernelName:is,backendName:"cpu",kernelFunc:HZ};v();we();function KZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{depthRadius:s,bias:a,alpha:c,beta:u}=n;ee(o,"LRN");let i=o.shape[3],l=i-1,p=t.data.get(o.dataId).values,m=b.sizeFromShape(o.shape),f=new Float32Array(m);function d(h){let g=h%i,x=h-g+Math.max(0,g-s),y=h-g+Math.min(g+s,l),w=0;for(;x<=y;x++){let C=p[x];w+=C*C}return w}for(let h=0;h<m;h++){let g=d(h),x=p[h]*Math.pow(a+c*g,-u);f[h]=x}return t.makeTensorInfo(o.shape,o.dtype,f)}var GD={kernelName:"LRN",backendName:"cpu",kernelFunc:KZ};v();we();function qZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,y:s,dy:a}=e,{depthRadius:c,bias:u,alpha:i,beta:l}=n;ee(a,"LRNGrad");let p=b.sizeFromShape(a.shape),m=a.shape[3],f=t.data.get(a.dataId).values,d=t.data.get(o.dataId).values,h=t.data.get(s.dataId).values,g=new Float32Array(p),x=p;for(let y=0;y<x;y++){let w=y%m,C=y-w+Math.max(0,w-c),T=y-w+Math.min(m,w+c+1),$=0;for(let A=C;A<T;A++)$+=Math.pow(d[A],2);$=i*$+u;for(let A=C;A<T;A++){let R=-2*i*l*d[A]*h[y]/$;y===A&&(R+=Math.pow($,-l)),R*=f[y],g[A]+=R}}return t.makeTensorInfo(a.shape,o.dtype,g)}var zD={kernelName:Qi,backendName:"cpu",kernelFunc:qZ};v();v();v();we();MI();Vh();function _C(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{reductionIndices:s,keepDims:a}=n,c=t,u=o.shape,i=u.length,l=b.parseAxisParam(s,u),p=l,m=S.getAxesPermutation(p,i),f=c.data.get(o.dataId).values;if(m!=null){let C=new Array(i);for(let T=0;T<C.length;T++)C[T]=u[m[T]];f=ip(f,u,o.dtype,m,C),p=S.getInnerMostAxes(p.length,i),u=C}ee(o,"max"),S.assertAxesAreInnerMostDims("max",p,i);let[d,h]=S.computeOutAndReduceShapes(u,p),g=b.sizeFromShape(h),x=Lh(f,g,d,o.dtype),y=c.write(x,d,o.dtype),w=d;return a&&(w=S.expandShapeToKeepDim(d,l)),{dataId:y,shape:w,dtype:o.dtype}}var HD={kernelName:"Max",backendName:"cpu",kernelFunc:_C};OI();v();we();ma();function jZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e;ee(o,"maxPool");let{filterSize:s,strides:a,pad:c,dimRoundingMode:u}=n,i=1;b.assert(S.eitherStridesOrDilationsAreOne(a,i),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${i}'`);let l=S.computePool2DInfo(o.shape,s,a,i,c,u),p;if(l.filterWidth===1&&l.filterHeight===1&&b.arraysEqual(l.inShape,l.outShape))p=wr({inputs:{x:o},backend:t});else{let m=t.data.get(o.dataId).values,f=b.computeStrides(o.shape),d=up(m,o.shape,o.dtype,f,l,"max");p=t.makeTensorInfo(l.outShape,o.dtype,d.values)}return p}var KD={kernelName:us,backendName:"cpu",kernelFunc:jZ};v();we();function XZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{filterSize:s,strides:a,pad:c,dimRoundingMode:u,dataFormat:i}=n;ee(o,"maxPool3d");let l=S.computePool3DInfo(o.shape,s,a,1,c,u,i),p=t.data.get(o.dataId).values,m=Zh(p,o.shape,o.dtype,b.computeStrides(o.shape),l,"max");return t.makeTensorInfo(m.shape,"float32",m.values)}var qD={kernelName:qa,backendName:"cpu",kernelFunc:XZ};v();we();function YZ(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,input:s}=e,{filterSize:a,strides:c,pad:u,dimRoundingMode:i}=n;ee([o,s],"maxPool3DGrad");let l=S.computePool3DInfo(s.shape,a,c,1,u,i),p=t.bufferSync(s),m=UR(p,l),f=l.strideDepth,d=l.strideHeight,h=l.strideWidth,g=l.dilationDepth,x=l.dilationHeight,y=l.dilationWidth,w=l.effectiveFilterDepth,C=l.effectiveFilterHeight,T=l.effectiveFilterWidth,$=w-1-l.padInfo.front,A=T-1-l.padInfo.left,R=C-1-l.padInfo.top,D=xe(s.shape,"float32"),F=t.bufferSync(o);for(let B=0;B<l.batchSize;++B)for(let V=0;V<l.inChannels;++V)for(let U=0;U<l.inDepth;++U)for(let z=0;z<l.inHeight;++z)for(let W=0;W<l.inWidth;++W){let q=U-$,j=z-R,Y=W-A,Q=0;for(let re=0;re<w;re+=g){let ae=(q+re)/f;if(!(ae<0||ae>=l.outDepth||Math.floor(ae)!==ae))for(let ie=0;ie<C;ie+=x){let oe=(j+ie)/d;if(!(oe<0||oe>=l.outHeight||Math.floor(oe)!==oe))for(let se=0;se<T;se+=y){let ue=(Y+se)/h;if(ue<0||ue>=l.outWidth||Math.floor(ue)!==ue)continue;let pe=w*C*T-1-m.get(B,ae,oe,ue,V),ye=re*C*T+ie*T+se,Te=pe===ye?1:0;if(Te===0)continue;let ke=F.get(B,ae,oe,ue,V);Q+=ke*Te}}}D.set(Q,B,U,z,W,V)}return t.makeTensorInfo(D.shape,D.dtype,D.values)}var jD={kernelName:nu,backendName:"cpu",kernelFunc:YZ};v();we();function JZ(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,input:s,output:a}=e,c=s;ee([s,a],"maxPoolGrad");let{filterSize:u,strides:i,pad:l,dimRoundingMode:p}=n,m=S.computePool2DInfo(c.shape,u,i,1,l,p),f=t.data.get(c.dataId).values,d=xe(m.outShape,c.dtype,Jh(f,c.shape,c.dtype,m).values),h=m.strideHeight,g=m.strideWidth,x=m.dilationHeight,y=m.dilationWidth,w=m.effectiveFilterHeight,C=m.effectiveFilterWidth,T=C-1-m.padInfo.left,$=w-1-m.padInfo.top,A=xe(c.shape,"float32"),R=t.data.get(o.dataId).values,D=xe(o.shape,"float32",R);for(let F=0;F<m.batchSize;++F)for(let B=0;B<m.inChannels;++B)for(let V=0;V<m.inHeight;++V)for(let U=0;U<m.inWidth;++U){let z=V-$,W=U-T,q=0;for(let j=0;j<w;j+=x){let Y=(z+j)/h;if(!(Y<0||Y>=m.outHeight||Math.floor(Y)!==Y))for(let Q=0;Q<C;Q+=y){let re=(W+Q)/g;if(re<0||re>=m.outWidth||Math.floor(re)!==re)continue;let ae=w*C-1-d.get(F,Y,re,B),ie=j*C+Q,oe=ae===ie?1:0;if(oe===0)continue;let se=D.get(F,Y,re,B);q+=se*oe}}A.set(q,F,V,U,B)}return t.makeTensorInfo(A.shape,A.dtype,A.values)}var XD={kernelName:ru,backendName:"cpu",kernelFunc:JZ};v();v();we();v();function YD(r,e,t,n,o){let s=b.computeStrides(e),a=up(r,e,t,s,o,"max"),c=Jh(r,e,t,o,!0,n);return[a.values,c.values]}var JD={kernelName:ja,backendName:"cpu",kernelFunc:({inputs:r,attrs:e,backend:t})=>{let{x:n}=r,{filterSize:o,strides:s,pad:a,includeBatchInIndex:c}=e,u=t;ee(n,"MaxPoolWithArgmax");let i=u.data.get(n.dataId).values,l=S.computePool2DInfo(n.shape,o,s,[1,1],a),[p,m]=YD(i,n.shape,n.dtype,c,l),f=u.write(p,l.outShape,n.dtype),d=u.write(m,l.outShape,n.dtype);return[{dataId:f,shape:l.outShape,dtype:n.dtype},{dataId:d,shape:l.outShape,dtype:"int32"}]}};v();Lu();function ZZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,keepDims:a}=n,c=b.parseAxisParam(s,o.shape),i=S.computeOutAndReduceShapes(o.shape,c)[1],l=b.sizeFromShape(i),p=[],m=t.makeTensorInfo([],"float32",new Float32Array([l]));p.push(m);let f=Rn({inputs:{x:o},backend:t,attrs:{dtype:"float32"}});p.push(f);let d=Om({inputs:{a:f,b:m},backend:t});p.push(d);let h=Li({inputs:{x:d},backend:t,attrs:{axis:s,keepDims:a}});return p.forEach(g=>t.disposeIntermediateTensorInfo(g)),h}var ZD={kernelName:ls,backendName:"cpu",kernelFunc:ZZ};v();we();Qr();function QZ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,keepDims:a}=n;ee(o,"min");let c=b.parseAxisParam(s,o.shape),u=c,i=S.getAxesPermutation(u,o.shape.length),l=o;i!=null&&(l=It({inputs:{x:o},backend:t,attrs:{perm:i}}),u=S.getInnerMostAxes(u.length,o.shape.length)),S.assertAxesAreInnerMostDims("min",u,l.shape.length);let[p,m]=S.computeOutAndReduceShapes(l.shape,u),f=b.sizeFromShape(m),d=b.makeZerosTypedArray(b.sizeFromShape(p),l.dtype),h=t.data.get(l.dataId).values;for(let x=0;x<d.length;++x){let y=x*f,w=h[y];for(let C=0;C<f;++C){let T=h[y+C];(Number.isNaN(T)||T<w)&&(w=T)}d[x]=w}i!=null&&t.disposeIntermediateTensorInfo(l);let g=t.makeTensorInfo(p,l.dtype,d);if(a){let x=S.expandShapeToKeepDim(p,c),y=ze({inputs:{x:g},backend:t,attrs:{shape:x}});return t.disposeIntermediateTensorInfo(g),y}return g}var QD={kernelName:"Min",backendName:"cpu",kernelFunc:QZ};LI();v();we();function eQ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{paddings:s,mode:a}=n;ee(o,"mirrorPad");let c=s.map((w,C)=>w[0]+o.shape[C]+w[1]),u=s.map(w=>w[0]),i=s.map((w,C)=>w[0]+o.shape[C]),l=a==="reflect"?0:1,p=t.data.get(o.dataId).values,m=o.shape.length,f=b.computeStrides(o.shape),d=b.sizeFromShape(c),h=c.length,g=b.computeStrides(c),x=b.getTypedArrayFromDType(o.dtype,d);for(let w=0;w<d;w++){let C=b.indexToLoc(w,h,g);for(let $=0;$<h;$++)C[$]<u[$]?C[$]=u[$]*2-C[$]-l:C[$]>=i[$]&&(C[$]=(i[$]-1)*2-C[$]+l);C=C.map(($,A)=>$-u[A]);let T=b.locToIndex(C,m,f);x[w]=p[T]}return{dataId:t.write(x,c,o.dtype),shape:c,dtype:o.dtype}}var eF={kernelName:ms,backendName:"cpu",kernelFunc:eQ};v();Lt();Yt();var tQ=Ge(((r,e)=>{let t=r%e;return r<0&&e<0||r>=0&&e>=0?t:(t+e)%e})),rQ=Xe("Mod",tQ),tF={kernelName:"Mod",backendName:"cpu",kernelFunc:rQ};v();var nF=Vc(xv());we();v();Mh();Mm();function TC(r){let{inputs:e,backend:t,attrs:n}=r,{logits:o}=e,{dim:s}=n,a=o.shape.length,c=s;if(c===-1&&(c=a-1),c!==a-1)throw Error(`Softmax along a non-last dimension is not yet supported. Logits was rank ${a} and dim was ${c}`);let u=b.parseAxisParam([c],o.shape),i=_C({inputs:{x:o},backend:t,attrs:{reductionIndices:u,keepDims:!1}}),l=S.expandShapeToKeepDim(i.shape,u),p=ze({inputs:{x:i},backend:t,attrs:{shape:l}}),m=Fm({inputs:{a:o,b:p},backend:t}),f=hI({inputs:{x:m},backend:t}),d=Li({inputs:{x:f},backend:t,attrs:{axis:u,keepDims:!1}}),h=ze({inputs:{x:d},backend:t,attrs:{shape:l}}),g=Om({inputs:{a:f,b:h},backend:t});return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(h),g}var rF={kernelName:Vs,backendName:"cpu",kernelFunc:TC};function nQ(r){let{inputs:e,backend:t,attrs:n}=r,{logits:o}=e,{numSamples:s,seed:a,normalized:c}=n;ee(o,"multinomial");let u=c?o:TC({inputs:{logits:o},backend:t,attrs:{dim:-1}}),i=u.shape[0],l=u.shape[1],p=t.data.get(u.dataId).values,m=[i,s],f=b.makeZerosTypedArray(b.sizeFromShape(m),"int32");for(let d=0;d<i;++d){let h=d*l,g=new Float32Array(l-1);g[0]=p[h];for(let w=1;w<g.length;++w)g[w]=g[w-1]+p[h+w];let x=nF.alea(a.toString()),y=d*s;for(let w=0;w<s;++w){let C=x();f[y+w]=g.length;for(let T=0;T<g.length;T++)if(C<g[T]){f[y+w]=T;break}}}return c||t.disposeIntermediateTensorInfo(u),t.makeTensorInfo(m,"int32",f)}var oF={kernelName:fs,backendName:"cpu",kernelFunc:nQ};Gu();WI();v();we();var oQ=ur.nonMaxSuppressionV3Impl;function sQ(r){let{inputs:e,backend:t,attrs:n}=r,{boxes:o,scores:s}=e,{maxOutputSize:a,iouThreshold:c,scoreThreshold:u}=n;ee(o,"NonMaxSuppression");let i=t.data.get(o.dataId).values,l=t.data.get(s.dataId).values,{selectedIndices:p}=oQ(i,l,a,c,u);return t.makeTensorInfo([p.length],"int32",new Int32Array(p))}var sF={kernelName:gs,backendName:"cpu",kernelFunc:sQ};v();we();var aQ=ur.nonMaxSuppressionV4Impl;function iQ(r){let{inputs:e,backend:t,attrs:n}=r,{boxes:o,scores:s}=e,{maxOutputSize:a,iouThreshold:c,scoreThreshold:u,padToMaxOutputSize:i}=n;ee(o,"NonMaxSuppressionPadded");let l=t.data.get(o.dataId).values,p=t.data.get(s.dataId).values,{selectedIndices:m,validOutputs:f}=aQ(l,p,a,c,u,i);return[t.makeTensorInfo([m.length],"int32",new Int32Array(m)),t.makeTensorInfo([],"int32",new Int32Array([f]))]}var aF={kernelName:xs,backendName:"cpu",kernelFunc:iQ};v();we();var cQ=ur.nonMaxSuppressionV5Impl;function uQ(r){let{inputs:e,backend:t,attrs:n}=r,{boxes:o,scores:s}=e,{maxOutputSize:a,iouThreshold:c,scoreThreshold:u,softNmsSigma:i}=n;ee(o,"NonMaxSuppressionWithScore");let l=t.data.get(o.dataId).values,p=t.data.get(s.dataId).values,m=a,f=c,d=u,h=i,{selectedIndices:g,selectedScores:x}=cQ(l,p,m,f,d,h);return[t.makeTensorInfo([g.length],"int32",new Int32Array(g)),t.makeTensorInfo([x.length],"float32",new Float32Array(x))]}var iF={kernelName:bs,backendName:"cpu",kernelFunc:uQ};GI();v();we();function lQ(r){let{inputs:e,backend:t,attrs:n}=r,{indices:o}=e,{dtype:s,depth:a,onValue:c,offValue:u}=n;ee(o,"oneHot");let i=b.sizeFromShape(o.shape),l=new Float32Array(i*a);l.fill(u);let p=t.data.get(o.dataId).values;for(let m=0;m<i;++m)p[m]>=0&&p[m]<a&&(l[m*a+p[m]]=c);return t.makeTensorInfo([...o.shape,a],s,l)}var cF={kernelName:ys,backendName:"cpu",kernelFunc:lQ};v();Oi();Bu();v();Oi();Bu();function Vm(r){let{inputs:e,backend:t}=r,{x:n}=e;if(n.dtype==="string")throw new Error("zerosLike is not supported for string tensors");if(n.dtype==="complex64"){let o=An({inputs:{input:n},backend:t}),s=Vm({inputs:{x:o},backend:t}),a=da({inputs:{input:n},backend:t}),c=Vm({inputs:{x:a},backend:t}),u=Xt({inputs:{real:s,imag:c},backend:t});return t.disposeIntermediateTensorInfo(o),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(c),u}else return Lm({backend:t,attrs:{shape:n.shape,value:0,dtype:n.dtype}})}var uF={kernelName:bi,backendName:"cpu",kernelFunc:Vm};function lF(r){let{inputs:e,backend:t}=r,{x:n}=e;if(n.dtype==="string")throw new Error("onesLike is not supported for string tensors");if(n.dtype==="complex64"){let o=An({inputs:{input:n},backend:t}),s=lF({inputs:{x:o},backend:t}),a=da({inputs:{input:n},backend:t}),c=Vm({inputs:{x:a},backend:t}),u=Xt({inputs:{real:s,imag:c},backend:t});return t.disposeIntermediateTensorInfo(o),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(c),u}else return Lm({backend:t,attrs:{shape:n.shape,value:1,dtype:n.dtype}})}var pF={kernelName:Ja,backendName:"cpu",kernelFunc:lF};v();function NC(r){let{inputs:e,backend:t,attrs:n}=r,{axis:o}=n;if(e.length===1)return lp({inputs:{input:e[0]},backend:t,attrs:{dim:o}});let s=e[0].shape,a=e[0].dtype;e.forEach(l=>{b.assertShapesMatch(s,l.shape,"All tensors passed to stack must have matching shapes"),b.assert(a===l.dtype,()=>"All tensors passed to stack must have matching dtypes")});let c=[],u=e.map(l=>{let p=lp({inputs:{input:l},backend:t,attrs:{dim:o}});return c.push(p),p}),i=Tc({inputs:u,backend:t,attrs:{axis:o}});return c.forEach(l=>t.disposeIntermediateTensorInfo(l)),i}var mF={kernelName:Za,backendName:"cpu",kernelFunc:NC};v();we();function pQ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{paddings:s,constantValue:a}=n;ee(o,"pad");let c=s.map((y,w)=>y[0]+o.shape[w]+y[1]),u=s.map(y=>y[0]),i=t.data.get(o.dataId).values,l=b.sizeFromShape(o.shape),p=o.shape.length,m=b.computeStrides(o.shape),f=b.sizeFromShape(c),d=c.length,h=b.computeStrides(c),g=b.getTypedArrayFromDType(o.dtype,f);a!==0&&g.fill(a);for(let y=0;y<l;y++){let C=b.indexToLoc(y,p,m).map(($,A)=>$+u[A]),T=b.locToIndex(C,d,h);g[T]=i[y]}return{dataId:t.write(g,c,o.dtype),shape:c,dtype:o.dtype}}var eg={kernelName:ws,backendName:"cpu",kernelFunc:pQ};v();Lt();Yt();var mQ=Ge((r,e)=>Math.pow(r,e)),fQ=Xe("Pow",mQ),fF={kernelName:"Pow",backendName:"cpu",kernelFunc:fQ};HI();v();KI();function dQ(r){let{inputs:e,backend:t,attrs:n}=r,{paramsNestedSplits:o,paramsDenseValues:s,indices:a}=e,{outputRaggedRank:c}=n,u=o.map(x=>t.data.get(x.dataId).values),i=o.map(x=>x.shape),l=t.data.get(s.dataId).values,p=t.data.get(a.dataId).values,[m,f,d]=Wh(u,i,l,s.shape,s.dtype,p,a.shape,c),h=m.map(x=>t.makeTensorInfo([x.length],"int32",x)),g=t.makeTensorInfo(d,s.dtype,f);return h.concat([g])}var dF={kernelName:ou,backendName:"cpu",kernelFunc:dQ};v();qI();function hQ(r){let{inputs:e,backend:t}=r,{starts:n,limits:o,deltas:s}=e,a=t.data.get(n.dataId).values,c=t.data.get(o.dataId).values,u=t.data.get(s.dataId).values,[i,l]=Uh(a,n.shape,n.dtype,c,o.shape,u,s.shape),p=t.makeTensorInfo([i.length],"int32",i),m=t.makeTensorInfo([l.length],n.dtype,l);return[p,m]}var hF={kernelName:su,backendName:"cpu",kernelFunc:hQ};v();XI();function gQ(r){let{inputs:e,backend:t,attrs:n}=r,{shape:o,values:s,defaultValue:a,rowPartitionTensors:c}=e,{rowPartitionTypes:u}=n,i=t.data.get(o.dataId).values,l=t.data.get(s.dataId).values,p=t.data.get(a.dataId).values,m=c.map(g=>t.data.get(g.dataId).values),f=c.map(g=>g.shape),[d,h]=Gh(i,o.shape,l,s.shape,s.dtype,p,a.shape,m,f,u);return t.makeTensorInfo(d,s.dtype,h)}var gF={kernelName:au,backendName:"cpu",kernelFunc:gQ};v();YI();function xQ(r){let{backend:e,attrs:t}=r,{start:n,stop:o,dtype:s,step:a}=t,c=zu(n,o,a,s);return e.makeTensorInfo([c.length],s,c)}var xF={kernelName:ei,backendName:"cpu",kernelFunc:xQ};Bu();v();Ze();var bQ=Se(Cs,r=>1/r),bF={kernelName:Cs,backendName:"cpu",kernelFunc:bQ};v();we();function yQ(r){let{inputs:e,backend:t,attrs:n}=r,{images:o}=e,{alignCorners:s,halfPixelCenters:a,size:c}=n;ee(o,"resizeBilinear");let u=b.computeStrides(o.shape),[i,l]=c,[p,m,f,d]=o.shape,h=t.data.get(o.dataId).values,g=new Float32Array(b.sizeFromShape([p,i,l,d])),x=[s&&i>1?m-1:m,s&&l>1?f-1:f],y=[s&&i>1?i-1:i,s&&l>1?l-1:l],w=0,C=x[0]/y[0],T=x[1]/y[1];for(let $=0;$<p;$++)for(let A=0;A<i;A++){let R;a?R=C*(A+.5)-.5:R=C*A;let D=Math.max(0,Math.floor(R)),F=R-D,B=Math.min(m-1,Math.ceil(R)),V=$*u[0]+D*u[1],U=$*u[0]+B*u[1];for(let z=0;z<l;z++){let W;a?W=T*(z+.5)-.5:W=T*z;let q=Math.max(0,Math.floor(W)),j=W-q,Y=Math.min(f-1,Math.ceil(W)),Q=V+q*u[2],re=U+q*u[2],ae=V+Y*u[2],ie=U+Y*u[2];for(let oe=0;oe<d;oe++){let se=h[Q+oe],ue=h[re+oe],pe=h[ae+oe],ye=h[ie+oe],Te=se+(pe-se)*j,ke=ue+(ye-ue)*j,De=Te+(ke-Te)*F;g[w++]=De}}}return t.makeTensorInfo([p,i,l,d],"float32",g)}var yF={kernelName:_s,backendName:"cpu",kernelFunc:yQ};v();we();function wQ(r){let{inputs:e,backend:t,attrs:n}=r,{images:o,dy:s}=e,{alignCorners:a}=n;ee([s,o],"resizeBilinearGrad");let c=b.computeStrides(o.shape),[u,i,l,p]=o.shape,[,m,f]=s.shape,d=new Float32Array(u*i*l*p),h=[a&&m>1?i-1:i,a&&f>1?l-1:l],g=[a&&m>1?m-1:m,a&&f>1?f-1:f],x=h[0]/g[0],y=h[1]/g[1],w=t.data.get(s.dataId).values,C=0;for(let T=0;T<u;T++){let $=T*c[0];for(let A=0;A<m;A++){let R=A*x,D=Math.floor(R),F=Math.min(Math.ceil(R),i-1),B=$+D*c[1],V=$+F*c[1],U=R-D,z=1-U;for(let W=0;W<f;W++){let q=W*y,j=Math.floor(q),Y=Math.min(Math.ceil(q),l-1),Q=q-j,re=1-Q,ae=B+j*c[2],ie=B+Y*c[2],oe=V+j*c[2],se=V+Y*c[2],ue=z*re,pe=z*Q,ye=U*re,Te=U*Q;for(let ke=0;ke<p;ke++){let De=w[C++];d[ae+ke]+=De*ue,d[ie+ke]+=De*pe,d[oe+ke]+=De*ye,d[se+ke]+=De*Te}}}}return t.makeTensorInfo([u,l,i,p],"float32",d)}var wF={kernelName:rc,backendName:"cpu",kernelFunc:wQ};v();we();function vQ(r){let{inputs:e,backend:t,attrs:n}=r,{images:o}=e,{alignCorners:s,halfPixelCenters:a,size:c}=n;ee(o,"resizeNearestNeighbor");let u=b.computeStrides(o.shape),[i,l]=c,[p,m,f,d]=o.shape,h=t.data.get(o.dataId).values,g=new Float32Array(p*i*l*d),x=[s&&i>1?m-1:m,s&&l>1?f-1:f],y=[s&&i>1?i-1:i,s&&l>1?l-1:l],w=x[0]/y[0],C=x[1]/y[1],T=0;for(let $=0;$<p;$++){let A=$*u[0];for(let R=0;R<i;R++){let D=a?w*(R+.5):w*R,F=Math.min(m-1,s?Math.round(D):Math.floor(D));a&&(F=Math.max(0,F));let B=A+F*u[1];for(let V=0;V<l;V++){let U=a?C*(V+.5):C*V,z=Math.min(f-1,s?Math.round(U):Math.floor(U));a&&(z=Math.max(0,z));let W=B+z*u[2];for(let q=0;q<d;q++){let j=h[W+q];g[T++]=j}}}}return t.makeTensorInfo([p,i,l,d],o.dtype,g)}var vF={kernelName:ks,backendName:"cpu",kernelFunc:vQ};v();we();function IQ(r){let{inputs:e,backend:t,attrs:n}=r,{images:o,dy:s}=e,{alignCorners:a}=n;ee([s,o],"resizeNearestNeighborGrad");let c=b.computeStrides(o.shape),u=b.computeStrides(s.shape),[i,l,p,m]=o.shape,[,f,d]=s.shape,h=new Float32Array(i*l*p*m),g=t.data.get(s.dataId).values,x=[a&&f>1?l-1:l,a&&d>1?p-1:p],y=[a&&f>1?f-1:f,a&&d>1?d-1:d],w=x[0]/y[0],C=x[1]/y[1],T=1/w,$=1/C,A=Math.ceil(T)*2+2,R=Math.ceil($)*2+2;for(let D=0;D<i;D++){let F=D*c[0];for(let B=0;B<l;B++){let V=F+B*c[1],U=Math.floor(B*T),z=Math.floor(U-A/2);for(let W=0;W<p;W++){let q=V+W*c[2],j=Math.floor(W*$),Y=Math.floor(j-R/2);for(let Q=0;Q<m;Q++){let re=0;for(let ae=0;ae<A;ae++){let ie=ae+z;if(ie<0||ie>=f)continue;let oe=F+ie*u[1],se=ie*w,ue=Math.min(l-1,a?Math.round(se):Math.floor(se));if(B===ue)for(let pe=0;pe<R;pe++){let ye=pe+Y;if(ye<0||ye>=d)continue;let Te=oe+ye*u[2],ke=ye*C,De=Math.min(p-1,a?Math.round(ke):Math.floor(ke));W===De&&(re+=g[Te+Q])}}h[q+Q]=re}}}}return t.makeTensorInfo(o.shape,o.dtype,h)}var IF={kernelName:tc,backendName:"cpu",kernelFunc:IQ};v();we();ma();function CQ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{dims:s}=n;ee(o,"reverse");let a=o.shape.length,c=b.parseAxisParam(s,o.shape);if(a===0)return wr({inputs:{x:o},backend:t});let u=new Je(o.shape,o.dtype),i=t.bufferSync(o);for(let l=0;l<u.size;l++){let p=u.indexToLoc(l),m=p.slice();c.forEach(f=>m[f]=o.shape[f]-1-m[f]),u.set(i.get(...m),...p)}return t.makeTensorInfo(u.shape,u.dtype,u.values)}var CF={kernelName:Ns,backendName:"cpu",kernelFunc:CQ};v();var SF={kernelName:js,backendName:"cpu",kernelFunc:({inputs:r,attrs:e,backend:t})=>{let{image:n}=r,{radians:o,fillValue:s,center:a}=e,c=t,u=b.getTypedArrayFromDType(n.dtype,b.sizeFromShape(n.shape)),[i,l,p,m]=n.shape,[f,d]=S.getImageCenter(a,l,p),h=255,g=Math.sin(o),x=Math.cos(o),y=c.data.get(n.dataId).values;for(let C=0;C<i;C++){let T=C*p*l*m;for(let $=0;$<l;$++){let A=$*(p*m);for(let R=0;R<p;R++){let D=R*m;for(let F=0;F<m;F++){let B=[i,$,R,F],V=B[2],U=B[1],z=(V-f)*x-(U-d)*g,W=(V-f)*g+(U-d)*x;z=Math.round(z+f),W=Math.round(W+d);let q=s;if(typeof s!="number"&&(F===3?q=h:q=s[F]),z>=0&&z<p&&W>=0&&W<l){let Y=W*(p*m),Q=z*m,re=T+Y+Q+F;q=y[re]}let j=T+A+D+F;u[j]=q}}}}return{dataId:c.write(u,n.shape,n.dtype),shape:n.shape,dtype:n.dtype}}};v();Ze();var SQ=Se(Es,r=>{let e=Math.floor(r);return r-e<.5?Math.floor(r):r-e>.5?Math.ceil(r):e%2===0?e:e+1}),kF={kernelName:Es,backendName:"cpu",kernelFunc:SQ};ZI();v();Dm();function kQ(r){let{inputs:e,backend:t,attrs:n}=r,{indices:o,updates:s}=e,{shape:a}=n,{sliceRank:c,numUpdates:u,sliceSize:i,strides:l,outputSize:p}=S.calculateShapes(s,o,a),m=!0,f=t.bufferSync(o),d=t.bufferSync(s),h=ao(f,d,a,p,i,u,c,l,0,m);return t.makeTensorInfo(a,h.dtype,h.values)}var _F={kernelName:As,backendName:"cpu",kernelFunc:kQ};v();v();function _Q(r,e){let t=0,n=r.length,o=0;for(;t<n;)o=Math.floor((t+n)/2),r[o]<e?t=o+1:n=o;return n}function TQ(r,e){let t=0,n=r.length,o=0;for(;t<n;)o=Math.floor((t+n)/2),r[o]<=e?t=o+1:n=o;return n}function TF(r,e,t,n,o,s){let a=b.getArrayFromDType("int32",t*o);for(let c=0;c<t;++c){let u=r.slice(c*n,(c+1)*n),i=c*o;for(let l=0;l<o;++l)a[i+l]=s==="left"?_Q(u,e[l+i]):TQ(u,e[l+i])}return a}function NQ(r){let{inputs:e,backend:t,attrs:n}=r,{sortedSequence:o,values:s}=e,{side:a}=n,c=t.data.get(o.dataId).values,u=t.data.get(s.dataId).values,i=TF(c,u,o.shape[0],o.shape[1],s.shape[1],a);return t.makeTensorInfo(s.shape,"int32",i)}var NF={kernelName:Ds,backendName:"cpu",kernelFunc:NQ};v();we();function EQ(r){let{inputs:e,backend:t}=r,{condition:n,t:o,e:s}=e;ee([n,o,s],"select");let a=n.shape.length,c=t.data.get(n.dataId).values,u=t.data.get(o.dataId).values,i=t.data.get(s.dataId).values,l=Ft(o.dtype,s.dtype),p=b.makeZerosTypedArray(b.sizeFromShape(o.shape),l),m=0,f=a===0||a>1||o.shape.length===1?1:b.sizeFromShape(o.shape.slice(1));for(let d=0;d<c.length;d++)for(let h=0;h<f;h++)c[d]===1?p[m++]=u[d]:p[m++]=i[d];return t.makeTensorInfo(o.shape,l,p)}var EF={kernelName:ri,backendName:"cpu",kernelFunc:EQ};v();Ze();var $Q=S.SELU_SCALEALPHA,AQ=S.SELU_SCALE,RQ=Se(Fs,r=>r>=0?AQ*r:$Q*(Math.exp(r)-1)),$F={kernelName:Fs,backendName:"cpu",kernelFunc:RQ};zh();v();Ze();var DQ=Se(Ps,r=>r<0?-1:r>0?1:0),AF={kernelName:Ps,backendName:"cpu",kernelFunc:DQ};v();Ze();var FQ=Se("Sin",r=>Math.sin(r)),RF={kernelName:"Sin",backendName:"cpu",kernelFunc:FQ};v();Ze();var MQ=Se(Ms,r=>Math.sinh(r)),DF={kernelName:Ms,backendName:"cpu",kernelFunc:MQ};_c();v();Ze();var PQ=11920928955078125e-23,FF=Math.log(PQ)+2,OQ=Se(Bs,r=>{let e=r>-FF,t=r<FF,n=Math.exp(r),o;return t?o=n:e?o=r:o=Math.log(1+n),o}),MF={kernelName:Bs,backendName:"cpu",kernelFunc:OQ};v();we();Qr();function BQ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{blockShape:s,paddings:a}=n;ee([o],"spaceToBatchND");let c=b.sizeFromShape(s),u=[[0,0]];u.push(...a);for(let $=1+s.length;$<o.shape.length;++$)u.push([0,0]);let i=eg.kernelFunc({inputs:{x:o},backend:t,attrs:{paddings:u,constantValue:0}}),l=S.getReshaped(i.shape,s,c,!1),p=S.getPermuted(l.length,s.length,!1),m=S.getReshapedPermuted(i.shape,s,c,!1),h=ze({inputs:{x:i},backend:t,attrs:{shape:l}}),y=It({inputs:{x:h},backend:t,attrs:{perm:p}}),T=ze({inputs:{x:y},backend:t,attrs:{shape:m}});return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(y),T}var PF={kernelName:ai,backendName:"cpu",kernelFunc:BQ};v();eC();function LQ(r){let{inputs:e,backend:t}=r,{indices:n,values:o,denseShape:s,defaultValue:a}=e;if(s.shape.length!==1)throw new Error(`Dense shape must be a vector, saw:
        ${s.shape}`);if(n.shape.length!==2)throw new Error(`Indices must be a matrix, saw:
        ${n.shape}`);if(o.shape.length!==1)throw new Error(`Values must be a vector, saw:
        ${o.shape}`);if(a.shape.length!==0)throw new Error(`Default value must be a scalar, saw:
        ${a.shape}`);let c=t.data.get(n.dataId).values,u=t.data.get(o.dataId).values,i=t.data.get(s.dataId).values,l=t.data.get(a.dataId).values[0],[p,m,f,d,h]=Hh(c,n.shape,n.dtype,u,o.dtype,i,l);return[t.makeTensorInfo(m,n.dtype,p),t.makeTensorInfo([m[0]],o.dtype,f),t.makeTensorInfo([d.length],"bool",new Uint8Array(d.map(g=>Number(g)))),t.makeTensorInfo([h.length],n.dtype,new Int32Array(h))]}var OF={kernelName:ci,backendName:"cpu",kernelFunc:LQ};v();tC();function VQ(r){let{inputs:e,backend:t}=r,{inputIndices:n,inputShape:o,newShape:s}=e;if(n.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape
        ${n.shape}`);if(o.shape.length!==1)throw new Error(`Input shape should be a vector but received shape
        ${o.shape}`);if(s.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${s.shape}`);let a=Array.from(t.data.get(o.dataId).values),c=t.data.get(n.dataId).values,u=Array.from(t.data.get(s.dataId).values),[i,l,p]=Kh(c,n.shape,n.dtype,a,u);return[t.makeTensorInfo(l,n.dtype,i),t.makeTensorInfo([p.length],s.dtype,new Int32Array(p))]}var BF={kernelName:Ws,backendName:"cpu",kernelFunc:VQ};v();qh();function WQ(r){let{inputs:e,backend:t}=r,{data:n,indices:o,segmentIds:s}=e;if(n.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(o.shape.length!==1)throw new Error(`Indices should be a vector but received shape
          ${o.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
          ${s.shape}`);if(o.shape[0]!==s.shape[0])throw new Error("segmentIds and indices should have same size.");let a=t.data.get(n.dataId).values,c=t.data.get(o.dataId).values,u=t.data.get(s.dataId).values,[i,l]=cp(a,n.shape,n.dtype,c,u,!0);return t.makeTensorInfo(l,n.dtype,i)}var LF={kernelName:ui,backendName:"cpu",kernelFunc:WQ};v();qh();function UQ(r){let{inputs:e,backend:t}=r,{data:n,indices:o,segmentIds:s}=e;if(n.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(o.shape.length!==1)throw new Error(`Indices should be a vector but received shape
         ${o.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
         ${s.shape}`);if(o.shape[0]!==s.shape[0])throw new Error("segmentIds and indices should have same size.");let a=t.data.get(n.dataId).values,c=t.data.get(o.dataId).values,u=t.data.get(s.dataId).values,[i,l]=cp(a,n.shape,n.dtype,c,u);return t.makeTensorInfo(l,n.dtype,i)}var VF={kernelName:li,backendName:"cpu",kernelFunc:UQ};v();Dm();function GQ(r){let{inputs:e,backend:t,attrs:n}=r,{sparseIndices:o,sparseValues:s,defaultValue:a}=e,{outputShape:c}=n,{sliceRank:u,numUpdates:i,sliceSize:l,strides:p,outputSize:m}=S.calculateShapes(s,o,c),f=!1,d=t.bufferSync(o),h;switch(s.dtype){case"bool":{let g=t.bufferSync(s),x=!!t.data.get(a.dataId).values[0];h=ao(d,g,c,m,l,i,u,p,x,f);break}case"float32":{let g=t.bufferSync(s),x=t.data.get(a.dataId).values[0];h=ao(d,g,c,m,l,i,u,p,x,f);break}case"int32":{let g=t.bufferSync(s),x=t.data.get(a.dataId).values[0];h=ao(d,g,c,m,l,i,u,p,x,f);break}case"string":{let g=t.bufferSync(s),x=b.decodeString(t.data.get(a.dataId).values[0]);h=ao(d,g,c,m,l,i,u,p,x,f);break}default:throw new Error(`Unsupported type ${s.dtype}`)}return t.makeTensorInfo(c,h.dtype,h.values)}var WF={kernelName:Us,backendName:"cpu",kernelFunc:GQ};v();v();_c();function zQ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{numOrSizeSplits:s,axis:a}=n,c=b.parseAxisParam(a,o.shape)[0],u=S.prepareSplitSize(o,s,c),i=new Array(o.shape.length).fill(0),l=o.shape.slice();return u.map(p=>{let m=[...l];m[c]=p;let f=Fn({inputs:{x:o},backend:t,attrs:{begin:i,size:m}});return i[c]+=p,f})}var UF={kernelName:ii,backendName:"cpu",kernelFunc:zQ};rC();v();we();var GF={kernelName:cu,backendName:"cpu",kernelFunc:({inputs:r,backend:e})=>{let{x:t}=r,n=e;ee(t,"square");let o=n.data.get(t.dataId).values,s=new Float32Array(o.length);for(let c=0;c<o.length;++c){let u=o[c];s[c]=u*u}return{dataId:n.write(s,t.shape,t.dtype),shape:t.shape,dtype:t.dtype}}};oC();aC();v();Ze();var HQ=Se(zn,(r,e)=>{let t=e;return isNaN(r)?NaN:r>0?1:t.alpha}),zF={kernelName:zn,backendName:"cpu",kernelFunc:HQ};v();we();_c();iC();function KQ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{begin:s,end:a,strides:c,beginMask:u,endMask:i,ellipsisMask:l,newAxisMask:p,shrinkAxisMask:m}=n;ee(o,"stridedSlice");let{finalShapeSparse:f,finalShape:d,isIdentity:h,sliceDim0:g,isSimpleSlice:x,begin:y,end:w,strides:C}=gt.sliceInfo(o.shape,s,a,c,u,i,l,p,m),T;if(h)T=ze({inputs:{x:o},backend:t,attrs:{shape:d}});else if(g||x){b.assert(o.shape.length>=1,()=>`Input must have rank at least 1, got: ${o.shape.length}`);let $=gt.computeOutShape(y,w,C),A=Fn({inputs:{x:o},backend:t,attrs:{begin:y,size:$}});T=ze({inputs:{x:A},backend:t,attrs:{shape:d}}),t.disposeIntermediateTensorInfo(A)}else{let $=t.bufferSync(o),A=jh(f,$,C,y);T=t.makeTensorInfo(d,A.dtype,A.values)}return T}var HF={kernelName:zs,backendName:"cpu",kernelFunc:KQ};v();uC();function qQ(r){let{inputs:e,backend:t,attrs:n}=r,{separator:o,nGramWidths:s,leftPad:a,rightPad:c,padWidth:u,preserveShortSequences:i}=n,{data:l,dataSplits:p}=e,m=t.data.get(l.dataId).values,f=t.data.get(p.dataId).values,[d,h]=Ku(m,f,o,s,a,c,u,i);return[t.makeTensorInfo([d.length],"string",d),t.makeTensorInfo(p.shape,"int32",h)]}var KF={kernelName:pi,backendName:"cpu",kernelFunc:qQ};v();lC();function jQ(r){let{inputs:e,backend:t,attrs:n}=r,{skipEmpty:o}=n,{input:s,delimiter:a}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(s.shape.length!==1)throw new Error(`Input must be a vector, got shape: ${s.shape}`);if(a.shape.length!==0)throw new Error(`Delimiter must be a scalar, got shape: ${a.shape}`);let c=t.data.get(s.dataId).values,u=t.data.get(a.dataId).values[0],[i,l,p]=qu(c,u,o),m=l.length;return[t.makeTensorInfo([m,2],"int32",i),t.makeTensorInfo([m],"string",l),t.makeTensorInfo([2],"int32",new Int32Array(p))]}var qF={kernelName:mi,backendName:"cpu",kernelFunc:jQ};v();pC();function XQ(r){let{inputs:e,backend:t,attrs:n}=r,{numBuckets:o}=n,{input:s}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(o<=0)throw new Error("Number of buckets must be at least 1");let a=t.data.get(s.dataId).values,c=ju(a,o);return t.makeTensorInfo(s.shape,"int32",c)}var jF={kernelName:fi,backendName:"cpu",kernelFunc:XQ};Mm();v();Ze();var YQ=Se("Tan",r=>Math.tan(r)),XF={kernelName:"Tan",backendName:"cpu",kernelFunc:YQ};v();Ze();var JQ=Se(Hs,r=>Math.tanh(r)),YF={kernelName:Hs,backendName:"cpu",kernelFunc:JQ};v();Dm();function ZQ(r){let{inputs:e,backend:t}=r,{tensor:n,indices:o,updates:s}=e,{sliceRank:a,numUpdates:c,sliceSize:u,strides:i,outputSize:l}=S.calculateShapes(s,o,n.shape),p=!1,m=t.bufferSync(o),f=t.bufferSync(s),d=t.bufferSync(n),h=ao(m,f,n.shape,l,u,c,a,i,d,p);return t.makeTensorInfo(n.shape,h.dtype,h.values)}var JF={kernelName:Rs,backendName:"cpu",kernelFunc:ZQ};v();we();fC();function QQ(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{reps:s}=n;ee(o,"tile");let a=Xh(t.bufferSync(o),s);return t.makeTensorInfo(a.shape,a.dtype,a.values)}var ZF={kernelName:wn,backendName:"cpu",kernelFunc:QQ};v();we();dC();function eee(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{k:s,sorted:a}=n;ee(o,"topk");let c=t.data.get(o.dataId).values,[u,i]=Yh(c,o.shape,o.dtype,s,a);return[t.makeTensorInfo(u.shape,u.dtype,u.values),t.makeTensorInfo(i.shape,i.dtype,i.values)]}var QF={kernelName:Ks,backendName:"cpu",kernelFunc:eee};v();function tee(r){let{inputs:e,attrs:t,backend:n}=r,{image:o,transforms:s}=e,{interpolation:a,fillMode:c,fillValue:u,outputShape:i}=t,[l,p,m,f]=o.shape,[d,h]=i??[p,m],g=[l,d,h,f],x=b.computeStrides(o.shape),y=x[0],w=x[1],C=x[2],T=b.computeStrides(g),$=T[0],A=T[1],R=T[2],D=b.getTypedArrayFromDType(o.dtype,b.sizeFromShape(g));D.fill(u);let F=n.data.get(o.dataId).values,B=n.data.get(s.dataId).values;for(let U=0;U<l;++U){let z=s.shape[0]===1?B:B.subarray(U*8,U*8+8);for(let W=0;W<d;++W)for(let q=0;q<h;++q)for(let j=0;j<f;++j){let Y,Q=z[6]*q+z[7]*W+1;if(Q===0)continue;let re=(z[0]*q+z[1]*W+z[2])/Q,ae=(z[3]*q+z[4]*W+z[5])/Q,ie=eM(re,m,c),oe=eM(ae,p,c);switch(a){case"nearest":Y=aee(F,p,m,y,w,C,U,oe,ie,j,u);break;case"bilinear":Y=iee(F,p,m,y,w,C,U,oe,ie,j,u);break;default:throw new Error(`Error in Transform: Expect 'nearest' or 'bilinear', but got ${a}`)}let se=U*$+W*A+q*R+j;D[se]=Y}return n.makeTensorInfo(g,o.dtype,D)}return{dataId:n.write(D,g,o.dtype),shape:o.shape,dtype:o.dtype}}var tM={kernelName:qs,backendName:"cpu",kernelFunc:tee};function eM(r,e,t){switch(t){case"reflect":return ree(r,e);case"wrap":return nee(r,e);case"nearest":return see(r,e);default:return oee(r,e)}}function ree(r,e){let t=r;if(t<0)if(e<=1)t=0;else{let n=2*e;t<n&&(t=n*Math.trunc(-t/n)+t),t=t<-e?t+n:-t-1}else if(t>e-1)if(e<=1)t=0;else{let n=2*e;t-=n*Math.trunc(t/n),t>=e&&(t=n-t-1)}return b.clamp(0,t,e-1)}function nee(r,e){let t=r;if(t<0)if(e<=1)t=0;else{let n=e-1;t+=e*(Math.trunc(-t/n)+1)}else if(t>e-1)if(e<=1)t=0;else{let n=e-1;t-=e*Math.trunc(t/n)}return b.clamp(0,t,e-1)}function oee(r,e){return r}function see(r,e){return b.clamp(0,r,e-1)}function Wm(r,e,t,n,o,s,a,c,u,i,l){let p=a*n+c*o+u*s+i;return 0<=c&&c<e&&0<=u&&u<t?r[p]:l}function aee(r,e,t,n,o,s,a,c,u,i,l){let p=Math.round(c),m=Math.round(u);return Wm(r,e,t,n,o,s,a,p,m,i,l)}function iee(r,e,t,n,o,s,a,c,u,i,l){let p=Math.floor(c),m=Math.floor(u),f=p+1,d=m+1,h=(d-u)*Wm(r,e,t,n,o,s,a,p,m,i,l)+(u-m)*Wm(r,e,t,n,o,s,a,p,d,i,l),g=(d-u)*Wm(r,e,t,n,o,s,a,f,m,i,l)+(u-m)*Wm(r,e,t,n,o,s,a,f,d,i,l);return(f-c)*h+(c-p)*g}Qr();v();we();hC();function cee(r){let{inputs:e,attrs:t,backend:n}=r,{axis:o}=t,{x:s}=e;ee(s,"unique");let a=n.data.get(s.dataId).values,{outputValues:c,outputShape:u,indices:i}=Xu(a,o,s.shape,s.dtype);return[n.makeTensorInfo(u,s.dtype,c),n.makeTensorInfo([i.length],"int32",i)]}var rM={kernelName:gi,backendName:"cpu",kernelFunc:cee};v();_c();function uee(r){let{inputs:e,backend:t,attrs:n}=r,{value:o}=e,{axis:s}=n;s<0&&(s+=o.shape.length);let a=o.shape.length,c=o.shape[s],u=new Array(a-1),i=0;for(let f=0;f<a;f++)f!==s&&(u[i++]=o.shape[f]);let l=new Array(a).fill(0),p=o.shape.slice();p[s]=1;let m=new Array(c);for(let f=0;f<m.length;f++){l[s]=f;let d=Fn({inputs:{x:o},backend:t,attrs:{begin:l,size:p}});m[f]=ze({inputs:{x:d},backend:t,attrs:{shape:u}}),t.disposeIntermediateTensorInfo(d)}return m}var nM={kernelName:xi,backendName:"cpu",kernelFunc:uee};v();we();Lu();Fh();Gu();function lee(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,segmentIds:s}=e,{numSegments:a}=n;ee(o,"unsortedSegmentSum");let c=o.shape.length,u=s.shape.length,i=[],l=[],p=c-u,m=s;for(let d=0;d<p;++d){let h=lp({inputs:{input:m},backend:t,attrs:{dim:d+1}});m=h,l.push(h)}for(let d=0;d<a;++d){let h=b.createScalarValue(d,"int32"),g=t.makeTensorInfo([],"int32",h),x=fI({inputs:{a:g,b:m},backend:t}),y=Rn({inputs:{x},backend:t,attrs:{dtype:"float32"}}),w=Uu({inputs:{a:y,b:o},backend:t}),C=Li({inputs:{x:w},backend:t,attrs:{axis:0,keepDims:!1}});i.push(C),l.push(g),l.push(x),l.push(y),l.push(w),l.push(C)}let f=NC({inputs:i,backend:t,attrs:{axis:0}});return l.forEach(d=>t.disposeIntermediateTensorInfo(d)),f}var oM={kernelName:uu,backendName:"cpu",kernelFunc:lee};var pee=[ER,OA,$R,AR,UA,RR,DR,FR,MR,PR,OR,BR,LR,VR,WR,GR,zR,HR,KR,NR,qR,jR,XR,GA,YR,WA,zA,JR,BA,ZR,eD,tD,rD,nD,oD,sD,aD,iD,cD,uD,lD,pD,mD,fD,dD,hD,gD,xD,bD,yD,wD,vD,CD,IR,SD,HA,kD,KA,_D,qA,TD,ND,ED,jA,XA,$D,AD,RD,DD,YA,JA,LA,FD,QR,MD,PD,OD,CR,ZA,QA,BD,eR,LD,VD,WD,UD,GD,zD,HD,tR,KD,qD,jD,XD,JD,ZD,QD,rR,eF,tF,oF,nR,oR,sF,aF,iF,sR,cF,pF,mF,eg,fF,SR,iR,dF,hF,gF,xF,VA,Bm,bF,kR,_R,TR,yF,wF,vF,IF,CF,SF,kF,mR,_F,NF,EF,$F,dR,AF,RF,DF,hR,rF,MF,PF,OF,BF,LF,VF,WF,UF,xR,GF,bR,yR,zF,HF,KF,qF,jF,wR,ID,XF,YF,JF,ZF,QF,tM,aR,rM,nM,oM,uF];for(let r of pee)jn(r);v();v();v();v();var Ju={},tg={alpha:!1,antialias:!1,premultipliedAlpha:!1,preserveDrawingBuffer:!1,depth:!1,stencil:!1,failIfMajorPerformanceCaveat:!0};function sM(r,e){Ju[r]=e}function en(r,e){if(!(r in Ju)||e!=null){let n=fee(r,e);if(n!==null)Ju[r]=n;else return console.log("Could not get context for WebGL version",r),null}let t=Ju[r];return t==null||t.isContextLost()?(delete Ju[r],en(r)):(t.disable(t.DEPTH_TEST),t.disable(t.STENCIL_TEST),t.disable(t.BLEND),t.disable(t.DITHER),t.disable(t.POLYGON_OFFSET_FILL),t.disable(t.SAMPLE_COVERAGE),t.enable(t.SCISSOR_TEST),t.enable(t.CULL_FACE),t.cullFace(t.BACK),Ju[r])}function mee(r){if(!P().getBool("IS_SAFARI")&&typeof OffscreenCanvas<"u"&&r===2)return new OffscreenCanvas(300,150);if(typeof document<"u")return document.createElement("canvas");throw new Error("Cannot create a canvas in this context")}function fee(r,e){if(r!==1&&r!==2)throw new Error("Cannot get WebGL rendering context, WebGL is disabled.");let t=e??mee(r);return t.addEventListener("webglcontextlost",n=>{n.preventDefault(),delete Ju[r]},!1),P().getBool("SOFTWARE_WEBGL_ENABLED")&&(tg.failIfMajorPerformanceCaveat=!1),r===1?t.getContext("webgl",tg)||t.getContext("experimental-webgl",tg):t.getContext("webgl2",tg)}v();var Nc;(function(r){r[r.DENSE=0]="DENSE",r[r.SHARED_BATCH=1]="SHARED_BATCH"})(Nc||(Nc={}));var vr;(function(r){r[r.RENDER=0]="RENDER",r[r.UPLOAD=1]="UPLOAD",r[r.PIXELS=2]="PIXELS",r[r.DOWNLOAD=3]="DOWNLOAD"})(vr||(vr={}));var lr;(function(r){r[r.UNPACKED_FLOAT16=0]="UNPACKED_FLOAT16",r[r.UNPACKED_FLOAT32=1]="UNPACKED_FLOAT32",r[r.PACKED_4X1_UNSIGNED_BYTE=2]="PACKED_4X1_UNSIGNED_BYTE",r[r.PACKED_2X2_FLOAT32=3]="PACKED_2X2_FLOAT32",r[r.PACKED_2X2_FLOAT16=4]="PACKED_2X2_FLOAT16"})(lr||(lr={}));function Zu(r,e){return[e,r]}function aM(r,e){return r*e}function Um(r){let e=b.sizeFromShape(r),t=Math.ceil(e/4);return b.sizeToSquarishShape(t)}function ha(r,e){return[Math.max(1,Math.ceil(e/2)),Math.max(1,Math.ceil(r/2))]}function iM(r,e){let[t,n]=ha(r,e);return t*n*4}function Gm(r,e){let t=r,n,o,s,a,c,u,i,l,p,m;return P().getNumber("WEBGL_VERSION")===2?(n=t.R32F,o=t.R16F,s=t.RGBA16F,a=t.RGBA32F,c=t.RED,i=4,l=1,p=t.HALF_FLOAT,m=t.FLOAT,u=t.RGBA8):(n=r.RGBA,o=r.RGBA,s=r.RGBA,a=t.RGBA,c=r.RGBA,i=4,l=4,p=e!=null?e.HALF_FLOAT_OES:null,m=r.FLOAT,u=r.RGBA),{internalFormatFloat:n,internalFormatHalfFloat:o,internalFormatPackedHalfFloat:s,internalFormatPackedFloat:a,textureFormatFloat:c,downloadTextureFormat:u,downloadUnpackNumChannels:i,defaultNumChannels:l,textureTypeHalfFloat:p,textureTypeFloat:m}}function de(r,e){let t=e();return P().getBool("DEBUG")&&dee(r),t}function dee(r){let e=r.getError();if(e!==r.NO_ERROR)throw new Error("WebGL Error: "+xee(r,e))}var hee=596e-10,gee=65504;function cM(r){return!!(P().getBool("WEBGL_RENDER_FLOAT32_ENABLED")||r===0||hee<Math.abs(r)&&Math.abs(r)<gee)}function xee(r,e){switch(e){case r.NO_ERROR:return"NO_ERROR";case r.INVALID_ENUM:return"INVALID_ENUM";case r.INVALID_VALUE:return"INVALID_VALUE";case r.INVALID_OPERATION:return"INVALID_OPERATION";case r.INVALID_FRAMEBUFFER_OPERATION:return"INVALID_FRAMEBUFFER_OPERATION";case r.OUT_OF_MEMORY:return"OUT_OF_MEMORY";case r.CONTEXT_LOST_WEBGL:return"CONTEXT_LOST_WEBGL";default:return`Unknown error code ${e}`}}function zm(r,e){return Vi(r,()=>r.getExtension(e),'Extension "'+e+'" not supported on this browser.')}function uM(r,e){let t=Vi(r,()=>r.createShader(r.VERTEX_SHADER),"Unable to create vertex WebGLShader.");if(de(r,()=>r.shaderSource(t,e)),de(r,()=>r.compileShader(t)),r.getShaderParameter(t,r.COMPILE_STATUS)===!1)throw console.log(r.getShaderInfoLog(t)),new Error("Failed to compile vertex shader.");return t}function lM(r,e){let t=Vi(r,()=>r.createShader(r.FRAGMENT_SHADER),"Unable to create fragment WebGLShader.");if(de(r,()=>r.shaderSource(t,e)),de(r,()=>r.compileShader(t)),P().get("ENGINE_COMPILE_ONLY"))return t;if(r.getShaderParameter(t,r.COMPILE_STATUS)===!1)throw DC(e,r.getShaderInfoLog(t)),new Error("Failed to compile fragment shader.");return t}var bee=/ERROR: [0-9]+:([0-9]+):/g;function DC(r,e){let t=bee.exec(e);if(t==null){console.log(`Couldn't parse line number in error: ${e}`),console.log(r);return}let n=+t[1],o=r.split(`
`),s=o.length.toString().length+2,a=o.map((p,m)=>b.rightPad((m+1).toString(),s)+p),c=0;for(let p=0;p<a.length;p++)c=Math.max(a[p].length,c);let u=a.slice(0,n-1),i=a.slice(n-1,n),l=a.slice(n);console.log(u.join(`
`)),console.log(e.split(`
`)[0]),console.log(`%c ${b.rightPad(i[0],c)}`,"border:1px solid red; background-color:#e3d2d2; color:#a61717"),console.log(l.join(`
`))}function pM(r){return Vi(r,()=>r.createProgram(),"Unable to create WebGLProgram.")}function mM(r,e){if(de(r,()=>r.linkProgram(e)),!P().get("ENGINE_COMPILE_ONLY")&&r.getProgramParameter(e,r.LINK_STATUS)===!1)throw console.log(r.getProgramInfoLog(e)),new Error("Failed to link vertex and fragment shaders.")}function ng(r,e){if(de(r,()=>r.validateProgram(e)),r.getProgramParameter(e,r.VALIDATE_STATUS)===!1)throw console.log(r.getProgramInfoLog(e)),new Error("Shader program validation failed.")}function fM(r,e){let t=Vi(r,()=>r.createBuffer(),"Unable to create WebGLBuffer");return de(r,()=>r.bindBuffer(r.ARRAY_BUFFER,t)),de(r,()=>r.bufferData(r.ARRAY_BUFFER,e,r.STATIC_DRAW)),t}function dM(r,e){let t=Vi(r,()=>r.createBuffer(),"Unable to create WebGLBuffer");return de(r,()=>r.bindBuffer(r.ELEMENT_ARRAY_BUFFER,t)),de(r,()=>r.bufferData(r.ELEMENT_ARRAY_BUFFER,e,r.STATIC_DRAW)),t}function hM(r){return Vi(r,()=>r.createTexture(),"Unable to create WebGLTexture.")}function gM(r,e){let t=P().getNumber("WEBGL_MAX_TEXTURE_SIZE");if(r<=0||e<=0){let n=`[${r}x${e}]`;throw new Error("Requested texture size "+n+" is invalid.")}if(r>t||e>t){let n=`[${r}x${e}]`,o=`[${t}x${t}]`;throw new Error("Requested texture size "+n+" greater than WebGL maximum on this browser / GPU "+o+".")}}function xM(r){return Vi(r,()=>r.createFramebuffer(),"Unable to create WebGLFramebuffer.")}function FC(r,e,t,n,o,s,a){let c=r.getAttribLocation(e,t);return c===-1?!1:(de(r,()=>r.bindBuffer(r.ARRAY_BUFFER,n)),de(r,()=>r.vertexAttribPointer(c,o,r.FLOAT,!1,s,a)),de(r,()=>r.enableVertexAttribArray(c)),!0)}function yee(r,e,t){vee(r,t),de(r,()=>r.activeTexture(r.TEXTURE0+t)),de(r,()=>r.bindTexture(r.TEXTURE_2D,e))}function bM(r,e,t){return Vi(r,()=>r.getUniformLocation(e,t),'uniform "'+t+'" not present in program.')}function yM(r,e,t){return r.getUniformLocation(e,t)}function wM(r,e,t,n){de(r,()=>yee(r,e,n)),de(r,()=>r.uniform1i(t,n))}function og(r,e,t){de(r,()=>r.bindFramebuffer(r.FRAMEBUFFER,t)),de(r,()=>r.framebufferTexture2D(r.FRAMEBUFFER,r.COLOR_ATTACHMENT0,r.TEXTURE_2D,e,0))}function MC(r,e){de(r,()=>r.bindFramebuffer(r.FRAMEBUFFER,e)),de(r,()=>r.framebufferTexture2D(r.FRAMEBUFFER,r.COLOR_ATTACHMENT0,r.TEXTURE_2D,null,0))}function Hm(r){let e=r.checkFramebufferStatus(r.FRAMEBUFFER);if(e!==r.FRAMEBUFFER_COMPLETE)throw new Error("Error binding framebuffer: "+wee(r,e))}function wee(r,e){switch(e){case r.FRAMEBUFFER_INCOMPLETE_ATTACHMENT:return"FRAMEBUFFER_INCOMPLETE_ATTACHMENT";case r.FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT:return"FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT";case r.FRAMEBUFFER_INCOMPLETE_DIMENSIONS:return"FRAMEBUFFER_INCOMPLETE_DIMENSIONS";case r.FRAMEBUFFER_UNSUPPORTED:return"FRAMEBUFFER_UNSUPPORTED";default:return`unknown error ${e}`}}function Vi(r,e,t){let n=de(r,()=>e());if(n==null)throw new Error(t);return n}function vee(r,e){let t=r.MAX_COMBINED_TEXTURE_IMAGE_UNITS-1,n=e+r.TEXTURE0;if(n<r.TEXTURE0||n>t){let o=`[gl.TEXTURE0, gl.TEXTURE${t}]`;throw new Error(`textureUnit must be in ${o}.`)}}function Ec(r,e=2){return b.sizeFromShape(r.slice(0,r.length-e))}function $c(r){if(r.length===0)throw Error("Cannot get rows and columns of an empty shape array.");return[r.length>1?r[r.length-2]:1,r[r.length-1]]}function Km(r){let e=[1,1,1];return r.length===0||r.length===1&&r[0]===1||(e=[Ec(r),...$c(r)]),e}function vM(r,e=!1){let t=P().getNumber("WEBGL_MAX_TEXTURE_SIZE"),n=P().getNumber("WEBGL_MAX_SIZE_FOR_NARROW_TEXTURE");n===1/0&&P().getBool("WEBGL_AUTO_SQUARIFY_NARROW_TEXTURE_SHAPE")&&(n=t/2),e&&(t=t*2,n=n*2,r=r.map((c,u)=>u>=r.length-2?b.nearestLargerEven(r[u]):r[u]),r.length===1&&(r=[2,r[0]])),r.length!==2&&(r=b.squeezeShape(r).newShape);let o=b.sizeFromShape(r),s=null;r.length<=1&&o<=t?s=[1,o]:r.length===2&&r[0]<=t&&r[1]<=t?s=r:r.length===3&&r[0]*r[1]<=t&&r[2]<=t?s=[r[0]*r[1],r[2]]:r.length===3&&r[0]<=t&&r[1]*r[2]<=t?s=[r[0],r[1]*r[2]]:r.length===4&&r[0]*r[1]*r[2]<=t&&r[3]<=t?s=[r[0]*r[1]*r[2],r[3]]:r.length===4&&r[0]<=t&&r[1]*r[2]*r[3]<=t&&(s=[r[0],r[1]*r[2]*r[3]]);let a=s!=null&&Math.max(...s)>n&&Math.min(...s)<=(e?2:1)&&Math.min(...s)>0;if(s==null||a)if(e){let c=Ec(r),u=2,i=2;r.length&&([u,i]=$c(r)),o=c*(u/2)*(i/2),s=b.sizeToSquarishShape(o).map(l=>l*2)}else s=b.sizeToSquarishShape(o);return s}function rg(r){return r%2===0}function Qu(r,e){if(r=r.slice(-2),e=e.slice(-2),b.arraysEqual(r,e)||!r.length||!e.length||r[0]===0||r[1]===0||e[0]===0||e[1]===0)return!0;if(r.length!==e.length){let t=r[r.length-1],n=e[e.length-1];if(t===n||rg(t)&&rg(n)&&(r[0]===1||e[0]===1))return!0}return r[1]===e[1]&&rg(r[0])&&rg(e[0])}var $C,AC;function IM(r){if($C==null){let e=en(r);$C=e.getParameter(e.MAX_TEXTURE_SIZE)}return $C}function CM(r){if(AC==null){let e=en(r);AC=e.getParameter(e.MAX_TEXTURE_IMAGE_UNITS)}return Math.min(16,AC)}function SM(r){if(r===0)return 0;let e,t=en(r);return gn(t,"EXT_disjoint_timer_query_webgl2")&&r===2?e=2:gn(t,"EXT_disjoint_timer_query")?e=1:e=0,e}function gn(r,e){return r.getExtension(e)!=null}function PC(r){try{if(en(r)!=null)return!0}catch(e){return console.log("Error when getting WebGL context: ",e),!1}return!1}function kM(r){if(r===0)return!1;let e=en(r);if(r===1){if(!gn(e,"OES_texture_float"))return!1}else if(!gn(e,"EXT_color_buffer_float"))return!1;return RC(e)}function _M(r){if(r===0)return!1;let e=en(r);if(r===1){if(!gn(e,"OES_texture_float")||!gn(e,"WEBGL_color_buffer_float"))return!1}else{if(gn(e,"EXT_color_buffer_float"))return RC(e);let n="EXT_color_buffer_half_float";if(gn(e,n)){let o=e.getExtension(n);return Iee(e,o)}return!1}return RC(e)}function RC(r){let e=Gm(r),t=r.createTexture();r.bindTexture(r.TEXTURE_2D,t),r.texImage2D(r.TEXTURE_2D,0,e.internalFormatFloat,1,1,0,e.textureFormatFloat,e.textureTypeFloat,null);let s=r.createFramebuffer();r.bindFramebuffer(r.FRAMEBUFFER,s),r.framebufferTexture2D(r.FRAMEBUFFER,r.COLOR_ATTACHMENT0,r.TEXTURE_2D,t,0);let a=r.checkFramebufferStatus(r.FRAMEBUFFER)===r.FRAMEBUFFER_COMPLETE;return r.bindTexture(r.TEXTURE_2D,null),r.bindFramebuffer(r.FRAMEBUFFER,null),r.deleteTexture(t),r.deleteFramebuffer(s),a}function Iee(r,e){let t=Gm(r,e),n=r.createTexture();r.bindTexture(r.TEXTURE_2D,n),r.texImage2D(r.TEXTURE_2D,0,t.internalFormatHalfFloat,1,1,0,t.textureFormatFloat,t.textureTypeHalfFloat,null);let a=r.createFramebuffer();r.bindFramebuffer(r.FRAMEBUFFER,a),r.framebufferTexture2D(r.FRAMEBUFFER,r.COLOR_ATTACHMENT0,r.TEXTURE_2D,n,0);let c=r.checkFramebufferStatus(r.FRAMEBUFFER)===r.FRAMEBUFFER_COMPLETE;return r.bindTexture(r.TEXTURE_2D,null),r.bindFramebuffer(r.FRAMEBUFFER,null),r.deleteTexture(n),r.deleteFramebuffer(a),c}function TM(r){return r!==2?!1:en(r).fenceSync!=null}function ga(r,e){Array.isArray(r)||(r=[r]),r.forEach(t=>{t!=null&&b.assert(t.dtype!=="complex64",()=>`${e} does not support complex64 tensors in the WebGL backend.`)})}var Ie=P();Ie.registerFlag("HAS_WEBGL",()=>Ie.getNumber("WEBGL_VERSION")>0);Ie.registerFlag("WEBGL_VERSION",()=>PC(2)?2:PC(1)?1:0);Ie.registerFlag("WEBGL_CHECK_NUMERICAL_PROBLEMS",()=>!1);Ie.registerFlag("WEBGL_BUFFER_SUPPORTED",()=>Ie.get("WEBGL_VERSION")===2);Ie.registerFlag("WEBGL_CPU_FORWARD",()=>!0);Ie.registerFlag("WEBGL_FORCE_F16_TEXTURES",()=>!1);Ie.registerFlag("WEBGL_PACK",()=>Ie.getBool("HAS_WEBGL"));Ie.registerFlag("WEBGL_PACK_NORMALIZATION",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_CLIP",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_DEPTHWISECONV",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_BINARY_OPERATIONS",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_UNARY_OPERATIONS",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_ARRAY_OPERATIONS",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_IMAGE_OPERATIONS",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_REDUCE",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_LAZILY_UNPACK",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_CONV_IM2COL",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_PACK_CONV2DTRANSPOSE",()=>Ie.getBool("WEBGL_PACK"));Ie.registerFlag("WEBGL_MAX_TEXTURE_SIZE",()=>IM(Ie.getNumber("WEBGL_VERSION")));Ie.registerFlag("WEBGL_MAX_TEXTURES_IN_SHADER",()=>CM(Ie.getNumber("WEBGL_VERSION")));Ie.registerFlag("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION",()=>{let r=Ie.getNumber("WEBGL_VERSION");return r===0?0:SM(r)});Ie.registerFlag("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE",()=>Ie.getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")>0&&!yi.isMobile());Ie.registerFlag("WEBGL_RENDER_FLOAT32_CAPABLE",()=>kM(Ie.getNumber("WEBGL_VERSION")));Ie.registerFlag("WEBGL_RENDER_FLOAT32_ENABLED",()=>Ie.getBool("WEBGL_FORCE_F16_TEXTURES")?!1:Ie.getBool("WEBGL_RENDER_FLOAT32_CAPABLE"));Ie.registerFlag("WEBGL_DOWNLOAD_FLOAT_ENABLED",()=>_M(Ie.getNumber("WEBGL_VERSION")));Ie.registerFlag("WEBGL_FENCE_API_ENABLED",()=>TM(Ie.getNumber("WEBGL_VERSION")));Ie.registerFlag("WEBGL_SIZE_UPLOAD_UNIFORM",()=>Ie.getBool("WEBGL_RENDER_FLOAT32_ENABLED")?4:0);Ie.registerFlag("WEBGL_DELETE_TEXTURE_THRESHOLD",()=>-1,r=>{if(typeof r!="number")throw new Error(`WEBGL_DELETE_TEXTURE_THRESHOLD must be a number but got ${r}.`);if(r<0&&r!==-1)throw new Error(`WEBGL_DELETE_TEXTURE_THRESHOLD must be -1 (indicating never delete) or at least 0, but got ${r}.`)});Ie.registerFlag("WEBGL_FLUSH_THRESHOLD",()=>yi.isMobile()?1:-1,r=>{if(typeof r!="number")throw new Error(`WEBGL_FLUSH_THRESHOLD must be a number but got ${r}.`);if(r<0&&r!==-1)throw new Error(`WEBGL_FLUSH_THRESHOLD must be -1 (indicating never manual flush) or at least 0, but got ${r}.`)});Ie.registerFlag("CPU_HANDOFF_SIZE_THRESHOLD",()=>128);Ie.registerFlag("WEBGL_USE_SHAPES_UNIFORMS",()=>!1);Ie.registerFlag("TOPK_LAST_DIM_CPU_HANDOFF_SIZE_THRESHOLD",()=>1e5);Ie.registerFlag("TOPK_K_CPU_HANDOFF_THRESHOLD",()=>128);Ie.registerFlag("WEBGL_EXP_CONV",()=>!1);Ie.registerFlag("SOFTWARE_WEBGL_ENABLED",()=>Ie.getBool("IS_TEST"));Ie.registerFlag("WEBGL_MAX_SIZE_FOR_NARROW_TEXTURE",()=>1/0);Ie.registerFlag("WEBGL_AUTO_SQUARIFY_NARROW_TEXTURE_SHAPE",()=>!1);Ie.registerFlag("WEBGL2_ISNAN_CUSTOM",()=>!1);Ie.registerFlag("ENGINE_COMPILE_ONLY",()=>!1);v();v();function Ct(){let r,e,t,n,o,s,a,c,u,i;return P().getNumber("WEBGL_VERSION")===2?(r="#version 300 es",e="in",t="out",n="in",o="texture",s="outputColor",a="out vec4 outputColor;",c=P().getBool("WEBGL2_ISNAN_CUSTOM")?`
      bool isnan_custom(float val) {
        uint floatToUint = floatBitsToUint(val);
        return (floatToUint & 0x7fffffffu) > 0x7f800000u;
      }

      bvec4 isnan_custom(vec4 val) {
        return bvec4(isnan_custom(val.x),
          isnan_custom(val.y), isnan_custom(val.z), isnan_custom(val.w));
      }

      #define isnan(value) isnan_custom(value)
    `:"",u="",i=`
      #define round(value) newRound(value)
      int newRound(float value) {
        return int(floor(value + 0.5));
      }

      ivec4 newRound(vec4 value) {
        return ivec4(floor(value + vec4(0.5)));
      }
    `):(r="",e="attribute",t="varying",n="varying",o="texture2D",s="gl_FragColor",a="",c=`
      #define isnan(value) isnan_custom(value)
      bool isnan_custom(float val) {
        return (val > 0. || val < 1. || val == 0.) ? false : true;
      }
      bvec4 isnan_custom(vec4 val) {
        return bvec4(isnan(val.x), isnan(val.y), isnan(val.z), isnan(val.w));
      }
    `,u=`
      uniform float INFINITY;

      bool isinf(float val) {
        return abs(val) == INFINITY;
      }
      bvec4 isinf(vec4 val) {
        return equal(abs(val), vec4(INFINITY));
      }
    `,i=`
      int round(float value) {
        return int(floor(value + 0.5));
      }

      ivec4 round(vec4 value) {
        return ivec4(floor(value + vec4(0.5)));
      }
    `),{version:r,attribute:e,varyingVs:t,varyingFs:n,texture2D:o,output:s,defineOutput:a,defineSpecialNaN:c,defineSpecialInf:u,defineRound:i}}v();v();v();function io(r,e,t="index"){let n=b.computeStrides(e);return n.map((o,s)=>{let a=`int ${r[s]} = ${t} / ${o}`,c=s===n.length-1?`int ${r[s+1]} = ${t} - ${r[s]} * ${o}`:`index -= ${r[s]} * ${o}`;return`${a}; ${c};`}).join("")}function el(r,e,t="index"){let n=b.computeStrides(e);return n.map((o,s)=>{let a=`int ${r[s]} = ${t} / outShapeStrides[${s}]`,c=s===n.length-1?`int ${r[s+1]} = ${t} - ${r[s]} * outShapeStrides[${s}]`:`index -= ${r[s]} * outShapeStrides[${s}]`;return`${a}; ${c};`}).join("")}function Cee(r,e){let t=r.length,n=r.map(s=>`${e}[${s}]`),o=new Array(t-1);o[t-2]=n[t-1];for(let s=t-3;s>=0;--s)o[s]=`(${o[s+1]} * ${n[s+1]})`;return o}function NM(r,e,t="index"){let n=r.map((s,a)=>a),o=Cee(n,e);return o.map((s,a)=>{let c=`int ${r[a]} = ${t} / ${o[a]}`,u=a===o.length-1?`int ${r[a+1]} = ${t} - ${r[a]} * ${o[a]}`:`index -= ${r[a]} * ${o[a]}`;return`${c}; ${u};`}).join("")}function pp(r){let e=b.computeStrides(r).map(t=>t.toString());return`
  int getFlatIndex(ivec3 coords) {
    return coords.x * ${e[0]} + coords.y * ${e[1]} + coords.z;
  }
`}function mp(){return`
  int getFlatIndex(ivec3 coords) {
    return coords.x * outShapeStrides[0] + coords.y * outShapeStrides[1] + coords.z;
  }
`}var ag=`
  const float FLOAT_MAX = 1.70141184e38;
  const float FLOAT_MIN = 1.17549435e-38;

  lowp vec4 encode_float(highp float v) {
    if (isnan(v)) {
      return vec4(255, 255, 255, 255);
    }

    highp float av = abs(v);

    if(av < FLOAT_MIN) {
      return vec4(0.0, 0.0, 0.0, 0.0);
    } else if(v > FLOAT_MAX) {
      return vec4(0.0, 0.0, 128.0, 127.0) / 255.0;
    } else if(v < -FLOAT_MAX) {
      return vec4(0.0, 0.0,  128.0, 255.0) / 255.0;
    }

    highp vec4 c = vec4(0,0,0,0);

    highp float e = floor(log2(av));
    highp float m = exp2(fract(log2(av))) - 1.0;

    c[2] = floor(128.0 * m);
    m -= c[2] / 128.0;
    c[1] = floor(32768.0 * m);
    m -= c[1] / 32768.0;
    c[0] = floor(8388608.0 * m);

    highp float ebias = e + 127.0;
    c[3] = floor(ebias / 2.0);
    ebias -= c[3] * 2.0;
    c[2] += floor(ebias) * 128.0;

    c[3] += 128.0 * step(0.0, -v);

    return c / 255.0;
  }
`;var{getBroadcastDims:EM}=S;function $M(r,e,t){let n=[];if(r.forEach(f=>{let d=b.sizeFromShape(f.shapeInfo.logicalShape);if(f.shapeInfo.isUniform?n.push(`uniform float ${f.name}${d>1?`[${d}]`:""};`):(n.push(`uniform sampler2D ${f.name};`),n.push(`uniform int offset${f.name};`)),t.enableShapeUniforms){let{uniformShape:h}=ig(t.packedInputs,f.shapeInfo.logicalShape,f.shapeInfo.texShape);switch(h.length){case 1:n.push(`uniform int ${f.name}Shape;`);break;case 2:n.push(`uniform ivec2 ${f.name}Shape;`);break;case 3:n.push(`uniform ivec3 ${f.name}Shape;`);break;case 4:n.push(`uniform ivec4 ${f.name}Shape;`);break;default:break}n.push(`uniform ivec2 ${f.name}TexShape;`)}}),t.enableShapeUniforms){switch(e.logicalShape.length){case 1:n.push("uniform int outShape;");break;case 2:n.push("uniform ivec2 outShape;"),n.push("uniform int outShapeStrides;");break;case 3:n.push("uniform ivec3 outShape;"),n.push("uniform ivec2 outShapeStrides;");break;case 4:n.push("uniform ivec4 outShape;"),n.push("uniform ivec3 outShapeStrides;");break;default:break}n.push("uniform ivec2 outTexShape;")}t.customUniforms&&t.customUniforms.forEach(f=>{n.push(`uniform ${f.type} ${f.name}${f.arrayIndex?`[${f.arrayIndex}]`:""};`)});let o=n.join(`
`),s=r.map(f=>See(f,e,t.packedInputs,t.enableShapeUniforms)).join(`
`),a=e.texShape,c=Ct(),u=Tee(c),i,l,p=$ee(c);return e.isPacked?(i=kee(e.logicalShape,a,t.enableShapeUniforms),l=Eee(c)):(i=_ee(e.logicalShape,a,t.enableShapeUniforms),l=Nee(c)),t.packedInputs&&(p+=Fee),[p,u,l,o,i,s,t.userCode].join(`
`)}function dp(r,e=!1){let t=r.shapeInfo.logicalShape;switch(t.length){case 0:return Kee(r,e);case 1:return jee(r,e);case 2:return Yee(r,e);case 3:return Zee(r,e);case 4:return ete(r,e);case 5:return tte(r);case 6:return rte(r);default:throw new Error(`${t.length}-D input sampling is not yet supported`)}}function AM(r,e){switch(r.shapeInfo.logicalShape.length){case 0:return Hee(r);case 1:return qee(r,e);case 2:return Xee(r,e);case 3:return Jee(r,e);default:return Qee(r,e)}}function See(r,e,t=!1,n){let o="";t?o+=AM(r,n):o+=dp(r,n);let s=r.shapeInfo.logicalShape,a=e.logicalShape;return s.length<=a.length&&(t?o+=nte(r,e):o+=ote(r,e)),o}function kee(r,e,t){switch(r.length){case 0:return RM();case 1:return Mee(r,e,t);case 2:return Gee(r,e,t);case 3:return Oee(r,e,t);default:return Lee(r,e,t)}}function _ee(r,e,t){switch(r.length){case 0:return RM();case 1:return Pee(r,e,t);case 2:return zee(r,e,t);case 3:return Bee(r,e,t);case 4:return Vee(r,e,t);case 5:return Wee(r,e);case 6:return Uee(r,e);default:throw new Error(`${r.length}-D output sampling is not yet supported`)}}function Tee(r){return`
    float sampleTexture(sampler2D textureSampler, vec2 uv) {
      return ${r.texture2D}(textureSampler, uv).r;
    }
  `}function Nee(r){return`
    void setOutput(float val) {
      ${r.output} = vec4(val, 0, 0, 0);
    }
  `}function Eee(r){return`
    void setOutput(vec4 val) {
      ${r.output} = val;
    }
  `}function $ee(r){return`${r.version}
    precision highp float;
    precision highp int;
    precision highp sampler2D;
    ${r.varyingFs} vec2 resultUV;
    ${r.defineOutput}
    const vec2 halfCR = vec2(0.5, 0.5);

    struct ivec5
    {
      int x;
      int y;
      int z;
      int w;
      int u;
    };

    struct ivec6
    {
      int x;
      int y;
      int z;
      int w;
      int u;
      int v;
    };

    uniform float NAN;
    ${r.defineSpecialNaN}
    ${r.defineSpecialInf}
    ${r.defineRound}

    int imod(int x, int y) {
      return x - y * (x / y);
    }

    int idiv(int a, int b, float sign) {
      int res = a / b;
      int mod = imod(a, b);
      if (sign < 0. && mod != 0) {
        res -= 1;
      }
      return res;
    }

    //Based on the work of Dave Hoskins
    //https://www.shadertoy.com/view/4djSRW
    #define HASHSCALE1 443.8975
    float random(float seed){
      vec2 p = resultUV * seed;
      vec3 p3  = fract(vec3(p.xyx) * HASHSCALE1);
      p3 += dot(p3, p3.yzx + 19.19);
      return fract((p3.x + p3.y) * p3.z);
    }

    ${Aee}
    ${Ree}
    ${Dee}
  `}var Aee=`
vec2 uvFromFlat(int texNumR, int texNumC, int index) {
  int texR = index / texNumC;
  int texC = index - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
vec2 packedUVfrom1D(int texNumR, int texNumC, int index) {
  int texelIndex = index / 2;
  int texR = texelIndex / texNumC;
  int texC = texelIndex - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,Ree=`
vec2 packedUVfrom2D(int texelsInLogicalRow, int texNumR,
  int texNumC, int row, int col) {
  int texelIndex = (row / 2) * texelsInLogicalRow + (col / 2);
  int texR = texelIndex / texNumC;
  int texC = texelIndex - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,Dee=`
vec2 packedUVfrom3D(int texNumR, int texNumC,
    int texelsInBatch, int texelsInLogicalRow, int b,
    int row, int col) {
  int index = b * texelsInBatch + (row / 2) * texelsInLogicalRow + (col / 2);
  int texR = index / texNumC;
  int texC = index - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,Fee=`
  float getChannel(vec4 frag, vec2 innerDims) {
    vec2 modCoord = mod(innerDims, 2.);
    return modCoord.x == 0. ?
      (modCoord.y == 0. ? frag.r : frag.g) :
      (modCoord.y == 0. ? frag.b : frag.a);
  }
  float getChannel(vec4 frag, int dim) {
    float modCoord = mod(float(dim), 2.);
    return modCoord == 0. ? frag.r : frag.g;
  }
`;function RM(){return`
    int getOutputCoords() {
      return 0;
    }
  `}function Mee(r,e,t){let n=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)];return n[0]===1?t?`
      int getOutputCoords() {
        return 2 * int(resultUV.x * ceil(float(outTexShape[1]) / 2.0));
      }
    `:`
      int getOutputCoords() {
        return 2 * int(resultUV.x * ${n[1]}.0);
      }
    `:n[1]===1?t?`
      int getOutputCoords() {
        return 2 * int(resultUV.y * ceil(float(outTexShape[0]) / 2.0));
      }
    `:`
      int getOutputCoords() {
        return 2 * int(resultUV.y * ${n[0]}.0);
      }
    `:t?`
    int getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      return 2 * (resTexRC.x * packedTexShape[1] + resTexRC.y);
    }
  `:`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${n[0]}, ${n[1]}));
      return 2 * (resTexRC.x * ${n[1]} + resTexRC.y);
    }
  `}function Pee(r,e,t){return e[0]===1?t?`
      int getOutputCoords() {
        return int(resultUV.x * float(outTexShape[1]));
      }
    `:`
      int getOutputCoords() {
        return int(resultUV.x * ${e[1]}.0);
      }
    `:e[1]===1?t?`
      int getOutputCoords() {
        return int(resultUV.y * float(outTexShape[0]));
      }
    `:`
      int getOutputCoords() {
        return int(resultUV.y * ${e[0]}.0);
      }
    `:t?`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(outTexShape[0], outTexShape[1]));
      return resTexRC.x * outTexShape[1] + resTexRC.y;
    }
  `:`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${e[0]}, ${e[1]}));
      return resTexRC.x * ${e[1]} + resTexRC.y;
    }
  `}function Oee(r,e,t){if(t)return`
    ivec3 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      int texelsInLogicalRow = int(ceil(float(outShape[2]) / 2.0));
      int texelsInBatch = texelsInLogicalRow * int(ceil(float(outShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;

      int b = index / texelsInBatch;
      index -= b * texelsInBatch;

      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec3(b, r, c);
    }
  `;let n=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)],o=Math.ceil(r[2]/2),s=o*Math.ceil(r[1]/2);return`
    ivec3 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${n[0]}, ${n[1]}));
      int index = resTexRC.x * ${n[1]} + resTexRC.y;

      int b = index / ${s};
      index -= b * ${s};

      int r = 2 * (index / ${o});
      int c = imod(index, ${o}) * 2;

      return ivec3(b, r, c);
    }
  `}function Bee(r,e,t){if(t)return`
  ivec3 getOutputCoords() {
    ivec2 resTexRC = ivec2(resultUV.yx *
                           vec2(outTexShape[0], outTexShape[1]));
    int index = resTexRC.x * outTexShape[1] + resTexRC.y;
    ${el(["r","c","d"],r)}
    return ivec3(r, c, d);
  }
`;let n=io(["r","c","d"],r);return`
    ivec3 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;
      ${n}
      return ivec3(r, c, d);
    }
  `}function Lee(r,e,t){if(t)return`
    ivec4 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;

      int texelsInLogicalRow = int(ceil(float(outShape[3]) / 2.0));
      int texelsInBatch = texelsInLogicalRow * int(ceil(float(outShape[2]) / 2.0));
      int texelsInBatchN = texelsInBatch * outShape[1];

      int b2 = index / texelsInBatchN;
      index -= b2 * texelsInBatchN;

      int b = index / texelsInBatch;
      index -= b * texelsInBatch;

      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec4(b2, b, r, c);
    }
  `;let n=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)],o=Math.ceil(r[r.length-1]/2),s=o*Math.ceil(r[r.length-2]/2),a=s,c="",u="b, r, c";for(let i=2;i<r.length-1;i++)a*=r[r.length-i-1],c=`
      int b${i} = index / ${a};
      index -= b${i} * ${a};
    `+c,u=`b${i}, `+u;return`
    ivec${r.length} getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${n[0]}, ${n[1]}));
      int index = resTexRC.x * ${n[1]} + resTexRC.y;

      ${c}

      int b = index / ${s};
      index -= b * ${s};

      int r = 2 * (index / ${o});
      int c = imod(index, ${o}) * 2;

      return ivec${r.length}(${u});
    }
  `}function Vee(r,e,t){if(t)return`
    ivec4 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(outTexShape[0], outTexShape[1]));
      int index = resTexRC.x * outTexShape[1] + resTexRC.y;
      ${el(["r","c","d","d2"],r)}
      return ivec4(r, c, d, d2);
    }
  `;let n=io(["r","c","d","d2"],r);return`
    ivec4 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;
      ${n}
      return ivec4(r, c, d, d2);
    }
  `}function Wee(r,e){let t=io(["r","c","d","d2","d3"],r);return`
    ivec5 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx * vec2(${e[0]},
                             ${e[1]}));

      int index = resTexRC.x * ${e[1]} + resTexRC.y;

      ${t}

      ivec5 outShape = ivec5(r, c, d, d2, d3);
      return outShape;
    }
  `}function Uee(r,e){let t=io(["r","c","d","d2","d3","d4"],r);return`
    ivec6 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;

      ${t}

      ivec6 result = ivec6(r, c, d, d2, d3, d4);
      return result;
    }
  `}function Gee(r,e,t){let n=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)];if(b.arraysEqual(r,e))return t?`
      ivec2 getOutputCoords() {
        ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
        return 2 * ivec2(resultUV.yx * vec2(packedTexShape[0], packedTexShape[1]));
      }
    `:`
      ivec2 getOutputCoords() {
        return 2 * ivec2(resultUV.yx * vec2(${n[0]}, ${n[1]}));
      }
    `;let o=Math.ceil(r[1]/2);return t?`
    ivec2 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      int texelsInLogicalRow = int(ceil(float(outShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));

      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;
      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec2(r, c);
    }
  `:`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${n[0]}, ${n[1]}));

      int index = resTexRC.x * ${n[1]} + resTexRC.y;
      int r = 2 * (index / ${o});
      int c = imod(index, ${o}) * 2;

      return ivec2(r, c);
    }
  `}function zee(r,e,t){return b.arraysEqual(r,e)?t?`
      ivec2 getOutputCoords() {
        return ivec2(resultUV.yx * vec2(outTexShape[0], outTexShape[1]));
      }
    `:`
      ivec2 getOutputCoords() {
        return ivec2(resultUV.yx * vec2(${e[0]}, ${e[1]}));
      }
    `:r[1]===1?t?`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(outTexShape[0], outTexShape[1]));
        int index = resTexRC.x * outTexShape[1] + resTexRC.y;
        return ivec2(index, 0);
      }
    `:`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(${e[0]}, ${e[1]}));
        int index = resTexRC.x * ${e[1]} + resTexRC.y;
        return ivec2(index, 0);
      }
    `:r[0]===1?t?`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(outTexShape[0], outTexShape[1]));
        int index = resTexRC.x * outTexShape[1] + resTexRC.y;
        return ivec2(0, index);
      }
    `:`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(${e[0]}, ${e[1]}));
        int index = resTexRC.x * ${e[1]} + resTexRC.y;
        return ivec2(0, index);
      }
    `:t?`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(outTexShape[0], outTexShape[1]));
      int index = resTexRC.x * outTexShape[1] + resTexRC.y;
      int r = index / outShape[1];
      int c = index - r * outShape[1];
      return ivec2(r, c);
    }
  `:`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;
      int r = index / ${r[1]};
      int c = index - r * ${r[1]};
      return ivec2(r, c);
    }
  `}function tl(r){return`offset${r}`}function Hee(r){let e=r.name,t="get"+e.charAt(0).toUpperCase()+e.slice(1),n=Ct();return`
    vec4 ${t}() {
      return ${n.texture2D}(${e}, halfCR);
    }
  `}function Kee(r,e){let t=r.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1);if(r.shapeInfo.isUniform)return`float ${n}() {return ${t};}`;let[o,s]=r.shapeInfo.texShape;if(o===1&&s===1)return`
      float ${n}() {
        return sampleTexture(${t}, halfCR);
      }
    `;let a=tl(t);if(e)return`
    float ${n}() {
      vec2 uv = uvFromFlat(${t}TexShape[0], ${t}TexShape[1], ${a});
      return sampleTexture(${t}, uv);
    }
  `;let[c,u]=r.shapeInfo.texShape;return`
    float ${n}() {
      vec2 uv = uvFromFlat(${c}, ${u}, ${a});
      return sampleTexture(${t}, uv);
    }
  `}function qee(r,e){let t=r.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1),o=r.shapeInfo.texShape,s=Ct();if(e)return`
    vec4 ${n}(int index) {
      ivec2 packedTexShape = ivec2(ceil(float(${t}TexShape[0]) / 2.0), ceil(float(${t}TexShape[1]) / 2.0));
      vec2 uv = packedUVfrom1D(
        packedTexShape[0], packedTexShape[1], index);
      return ${s.texture2D}(${t}, uv);
    }
  `;let a=[Math.ceil(o[0]/2),Math.ceil(o[1]/2)];return`
    vec4 ${n}(int index) {
      vec2 uv = packedUVfrom1D(
        ${a[0]}, ${a[1]}, index);
      return ${s.texture2D}(${t}, uv);
    }
  `}function jee(r,e){let t=r.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1);if(r.shapeInfo.isUniform)return`
      float ${n}(int index) {
        ${hp(r)}
      }
    `;let o=r.shapeInfo.texShape,s=o[0],a=o[1];if(a===1&&s===1)return`
      float ${n}(int index) {
        return sampleTexture(${t}, halfCR);
      }
    `;let c=tl(t);return a===1?e?`
      float ${n}(int index) {
        vec2 uv = vec2(0.5, (float(index + ${c}) + 0.5) / float(${t}TexShape[0]));
        return sampleTexture(${t}, uv);
      }
    `:`
      float ${n}(int index) {
        vec2 uv = vec2(0.5, (float(index + ${c}) + 0.5) / ${s}.0);
        return sampleTexture(${t}, uv);
      }
    `:s===1?e?`
      float ${n}(int index) {
        vec2 uv = vec2((float(index + ${c}) + 0.5) / float(${t}TexShape[1]), 0.5);
        return sampleTexture(${t}, uv);
      }
    `:`
      float ${n}(int index) {
        vec2 uv = vec2((float(index + ${c}) + 0.5) / ${a}.0, 0.5);
        return sampleTexture(${t}, uv);
      }
    `:e?`
    float ${n}(int index) {
      vec2 uv = uvFromFlat(${t}TexShape[0], ${t}TexShape[1], index + ${c});
      return sampleTexture(${t}, uv);
    }
  `:`
    float ${n}(int index) {
      vec2 uv = uvFromFlat(${s}, ${a}, index + ${c});
      return sampleTexture(${t}, uv);
    }
  `}function Xee(r,e){let t=r.shapeInfo.logicalShape,n=r.name,o="get"+n.charAt(0).toUpperCase()+n.slice(1),s=r.shapeInfo.texShape,a=s[0],c=s[1],u=Ct();if(s!=null&&b.arraysEqual(t,s))return e?`
      vec4 ${o}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${n}TexShape[1], ${n}TexShape[0]);

        return ${u.texture2D}(${n}, uv);
      }
    `:`
      vec4 ${o}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${c}.0, ${a}.0);

        return ${u.texture2D}(${n}, uv);
      }
    `;if(e)return`
    vec4 ${o}(int row, int col) {
      ivec2 packedTexShape = ivec2(ceil(float(${n}TexShape[0]) / 2.0), ceil(float(${n}TexShape[1]) / 2.0));
      int valuesPerRow = int(ceil(float(${n}Shape[1]) / 2.0));
      vec2 uv = packedUVfrom2D(valuesPerRow, packedTexShape[0], packedTexShape[1], row, col);
      return ${u.texture2D}(${n}, uv);
    }
  `;let i=[Math.ceil(s[0]/2),Math.ceil(s[1]/2)],l=Math.ceil(t[1]/2);return`
    vec4 ${o}(int row, int col) {
      vec2 uv = packedUVfrom2D(${l}, ${i[0]}, ${i[1]}, row, col);
      return ${u.texture2D}(${n}, uv);
    }
  `}function Yee(r,e){let t=r.shapeInfo.logicalShape,n=r.name,o="get"+n.charAt(0).toUpperCase()+n.slice(1),s=r.shapeInfo.texShape;if(s!=null&&b.arraysEqual(t,s)){if(e)return`
      float ${o}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${n}TexShape[1], ${n}TexShape[0]);
        return sampleTexture(${n}, uv);
      }
    `;let m=s[0],f=s[1];return`
    float ${o}(int row, int col) {
      vec2 uv = (vec2(col, row) + halfCR) / vec2(${f}.0, ${m}.0);
      return sampleTexture(${n}, uv);
    }
  `}let{newShape:a,keptDims:c}=b.squeezeShape(t),u=a;if(u.length<t.length){let m=gp(r,u),f=["row","col"];return`
      ${dp(m,e)}
      float ${o}(int row, int col) {
        return ${o}(${xp(f,c)});
      }
    `}if(r.shapeInfo.isUniform)return`
      float ${o}(int row, int col) {
        int index = round(dot(vec2(row, col), vec2(${t[1]}, 1)));
        ${hp(r)}
      }
    `;let i=s[0],l=s[1],p=tl(n);return l===1?e?`
      float ${o}(int row, int col) {
        float index = dot(vec3(row, col, ${p}), vec3(${n}Shape[1], 1, 1));
        vec2 uv = vec2(0.5, (index + 0.5) / float(${n}TexShape[0]));
        return sampleTexture(${n}, uv);
      }
    `:`
    float ${o}(int row, int col) {
      float index = dot(vec3(row, col, ${p}), vec3(${t[1]}, 1, 1));
      vec2 uv = vec2(0.5, (index + 0.5) / ${i}.0);
      return sampleTexture(${n}, uv);
    }
  `:i===1?e?`
      float ${o}(int row, int col) {
        float index = dot(vec3(row, col, ${p}), vec3(${n}Shape[1], 1, 1));
        vec2 uv = vec2((index + 0.5) / float(${n}TexShape[1]), 0.5);
        return sampleTexture(${n}, uv);
      }
    `:`
    float ${o}(int row, int col) {
      float index = dot(vec3(row, col, ${p}), vec3(${t[1]}, 1, 1));
      vec2 uv = vec2((index + 0.5) / ${l}.0, 0.5);
      return sampleTexture(${n}, uv);
    }
  `:e?`
      float ${o}(int row, int col) {
        // Explicitly use integer operations as dot() only works on floats.
        int index = row * ${n}Shape[1] + col + ${p};
        vec2 uv = uvFromFlat(${n}TexShape[0], ${n}TexShape[1], index);
        return sampleTexture(${n}, uv);
      }
    `:`
  float ${o}(int row, int col) {
    // Explicitly use integer operations as dot() only works on floats.
    int index = row * ${t[1]} + col + ${p};
    vec2 uv = uvFromFlat(${i}, ${l}, index);
    return sampleTexture(${n}, uv);
  }
`}function Jee(r,e){let t=r.shapeInfo.logicalShape,n=r.name,o="get"+n.charAt(0).toUpperCase()+n.slice(1),s=r.shapeInfo.texShape,a=[Math.ceil(s[0]/2),Math.ceil(s[1]/2)];if(t[0]===1){let m=t.slice(1),f=[1,2],d=gp(r,m),h=["b","row","col"];return`
        ${AM(d,e)}
        vec4 ${o}(int b, int row, int col) {
          return ${o}(${xp(h,f)});
        }
      `}let c=Ct();if(e)return`
    vec4 ${o}(int b, int row, int col) {
      ivec2 packedTexShape = ivec2(ceil(float(${n}TexShape[0]) / 2.0), ceil(float(${n}TexShape[1]) / 2.0));
      int valuesPerRow = int(ceil(float(${n}Shape[2]) / 2.0));
      int texelsInBatch = valuesPerRow * int(ceil(float(${n}Shape[1]) / 2.0));
      vec2 uv = packedUVfrom3D(
        packedTexShape[0], packedTexShape[1], texelsInBatch, valuesPerRow, b, row, col);
      return ${c.texture2D}(${n}, uv);
    }
  `;let u=a[0],i=a[1],l=Math.ceil(t[2]/2),p=l*Math.ceil(t[1]/2);return`
    vec4 ${o}(int b, int row, int col) {
      vec2 uv = packedUVfrom3D(
        ${u}, ${i}, ${p}, ${l}, b, row, col);
      return ${c.texture2D}(${n}, uv);
    }
  `}function Zee(r,e){let t=r.shapeInfo.logicalShape,n=r.name,o="get"+n.charAt(0).toUpperCase()+n.slice(1),s=t[1]*t[2],a=t[2],{newShape:c,keptDims:u}=b.squeezeShape(t),i=c;if(i.length<t.length){let h=gp(r,i),g=["row","col","depth"];return`
        ${dp(h,e)}
        float ${o}(int row, int col, int depth) {
          return ${o}(${xp(g,u)});
        }
      `}if(r.shapeInfo.isUniform)return`
      float ${o}(int row, int col, int depth) {
        int index = round(dot(vec3(row, col, depth),
                          vec3(${s}, ${a}, 1)));
        ${hp(r)}
      }
    `;let l=r.shapeInfo.texShape,p=l[0],m=l[1],f=r.shapeInfo.flatOffset;if(m===s&&f==null)return e?`
      float ${o}(int row, int col, int depth) {
        int stride1 = ${n}Shape[2];
        float texR = float(row);
        float texC = dot(vec2(col, depth), vec2(stride1, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${n}TexShape[1], ${n}TexShape[0]);
        return sampleTexture(${n}, uv);
      }
    `:`
        float ${o}(int row, int col, int depth) {
          float texR = float(row);
          float texC = dot(vec2(col, depth), vec2(${a}, 1));
          vec2 uv = (vec2(texC, texR) + halfCR) /
                     vec2(${m}.0, ${p}.0);
          return sampleTexture(${n}, uv);
        }
      `;if(m===a&&f==null)return e?`
      float ${o}(int row, int col, int depth) {
        float texR = dot(vec2(row, col), vec2(${n}Shape[1], 1));
        float texC = float(depth);
        vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${n}TexShape[1], ${n}TexShape[0]);
        return sampleTexture(${n}, uv);
      }
    `:`
    float ${o}(int row, int col, int depth) {
      float texR = dot(vec2(row, col), vec2(${t[1]}, 1));
      float texC = float(depth);
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${m}.0, ${p}.0);
      return sampleTexture(${n}, uv);
    }
  `;let d=tl(n);return e?`
    float ${o}(int row, int col, int depth) {
      // Explicitly use integer operations as dot() only works on floats.
      int stride0 = ${n}Shape[1] * ${n}Shape[2];
      int stride1 = ${n}Shape[2];
      int index = row * stride0 + col * stride1 + depth + ${d};
      vec2 uv = uvFromFlat(${n}TexShape[0], ${n}TexShape[1], index);
      return sampleTexture(${n}, uv);
    }
    `:`
      float ${o}(int row, int col, int depth) {
        // Explicitly use integer operations as dot() only works on floats.
        int index = row * ${s} + col * ${a} + depth + ${d};
        vec2 uv = uvFromFlat(${p}, ${m}, index);
        return sampleTexture(${n}, uv);
      }
  `}function Qee(r,e){let t=r.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1),o=Ct();if(e)return`
    vec4 ${n}(int b2, int b, int row, int col) {
      int valuesPerRow = int(ceil(float(${t}Shape[3]) / 2.0));
      int texelsInBatch = valuesPerRow * int(ceil(float(${t}Shape[2]) / 2.0));
      int index = b * texelsInBatch + (row / 2) * valuesPerRow + (col / 2);
      texelsInBatch *= ${t}Shape[1];
      index = b2 * texelsInBatch + index;
      ivec2 packedTexShape = ivec2(ceil(float(${t}TexShape[0]) / 2.0), ceil(float(${t}TexShape[1]) / 2.0));
      int texR = index / packedTexShape[1];
      int texC = index - texR * packedTexShape[1];
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(packedTexShape[1], packedTexShape[0]); return ${o.texture2D}(${t}, uv);
    }
  `;let s=r.shapeInfo.logicalShape,a=s.length,c=r.shapeInfo.texShape,u=[Math.ceil(c[0]/2),Math.ceil(c[1]/2)],i=u[0],l=u[1],p=Math.ceil(s[a-1]/2),m=p*Math.ceil(s[a-2]/2),f="int b, int row, int col",d=`b * ${m} + (row / 2) * ${p} + (col / 2)`;for(let h=2;h<a-1;h++)f=`int b${h}, `+f,m*=s[a-h-1],d=`b${h} * ${m} + `+d;return`
    vec4 ${n}(${f}) {
      int index = ${d};
      int texR = index / ${l};
      int texC = index - texR * ${l};
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${l}, ${i});
      return ${o.texture2D}(${t}, uv);
    }
  `}function ete(r,e){let t=r.shapeInfo.logicalShape,n=r.name,o="get"+n.charAt(0).toUpperCase()+n.slice(1),s=t[3],a=t[2]*s,c=t[1]*a,{newShape:u,keptDims:i}=b.squeezeShape(t);if(u.length<t.length){let y=gp(r,u),w=["row","col","depth","depth2"];return`
      ${dp(y,e)}
      float ${o}(int row, int col, int depth, int depth2) {
        return ${o}(${xp(w,i)});
      }
    `}if(r.shapeInfo.isUniform)return`
      float ${o}(int row, int col, int depth, int depth2) {
        int index = round(dot(vec4(row, col, depth, depth2),
                          vec4(${c}, ${a}, ${s}, 1)));
        ${hp(r)}
      }
    `;let l=r.shapeInfo.flatOffset,p=r.shapeInfo.texShape,m=p[0],f=p[1],d=`int stride2 = ${n}Shape[3];`,h=`int stride1 = ${n}Shape[2] * stride2;`,g=`int stride0 = ${n}Shape[1] * stride1;`;if(f===c&&l==null)return e?`
      float ${o}(int row, int col, int depth, int depth2) {
        ${d}
        ${h}
        float texR = float(row);
        float texC =
            dot(vec3(col, depth, depth2),
                vec3(stride1, stride2, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${n}TexShape[1], ${n}TexShape[0]);
        return sampleTexture(${n}, uv);
      }
    `:`
      float ${o}(int row, int col, int depth, int depth2) {
        float texR = float(row);
        float texC =
            dot(vec3(col, depth, depth2),
                vec3(${a}, ${s}, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${f}.0, ${m}.0);
        return sampleTexture(${n}, uv);
      }
    `;if(f===s&&l==null)return e?`
      float ${o}(int row, int col, int depth, int depth2) {
        float texR = dot(vec3(row, col, depth),
                         vec3(${n}Shape[1] * ${n}Shape[2], ${n}Shape[2], 1));
        float texC = float(depth2);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${n}TexShape[1], ${n}TexShape[0]);
        return sampleTexture(${n}, uv);
      }
    `:`
      float ${o}(int row, int col, int depth, int depth2) {
        float texR = dot(vec3(row, col, depth),
                         vec3(${t[1]*t[2]}, ${t[2]}, 1));
        float texC = float(depth2);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${f}.0, ${m}.0);
        return sampleTexture(${n}, uv);
      }
    `;let x=tl(n);return e?`
    float ${o}(int row, int col, int depth, int depth2) {
      // Explicitly use integer operations as dot() only works on floats.
      ${d}
      ${h}
      ${g}
      int index = row * stride0 + col * stride1 +
          depth * stride2 + depth2;
      vec2 uv = uvFromFlat(${n}TexShape[0], ${n}TexShape[1], index + ${x});
      return sampleTexture(${n}, uv);
    }
  `:`
    float ${o}(int row, int col, int depth, int depth2) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${c} + col * ${a} +
          depth * ${s} + depth2;
      vec2 uv = uvFromFlat(${m}, ${f}, index + ${x});
      return sampleTexture(${n}, uv);
    }
  `}function tte(r){let e=r.shapeInfo.logicalShape,t=r.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1),o=e[4],s=e[3]*o,a=e[2]*s,c=e[1]*a,{newShape:u,keptDims:i}=b.squeezeShape(e);if(u.length<e.length){let h=gp(r,u),g=["row","col","depth","depth2","depth3"];return`
      ${dp(h)}
      float ${n}(int row, int col, int depth, int depth2, int depth3) {
        return ${n}(${xp(g,i)});
      }
    `}if(r.shapeInfo.isUniform)return`
      float ${n}(int row, int col, int depth, int depth2, int depth3) {
        float index = dot(
          vec4(row, col, depth, depth2),
          vec4(${c}, ${a}, ${s}, ${o})) +
          depth3;
        ${hp(r)}
      }
    `;let l=r.shapeInfo.flatOffset,p=r.shapeInfo.texShape,m=p[0],f=p[1];if(f===c&&l==null)return`
      float ${n}(int row, int col, int depth, int depth2, int depth3) {
        int texR = row;
        float texC = dot(vec4(col, depth, depth2, depth3),
                         vec4(${a}, ${s}, ${o}, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${f}.0, ${m}.0);
        return sampleTexture(${t}, uv);
      }
    `;if(f===o&&l==null)return`
      float ${n}(int row, int col, int depth, int depth2, int depth3) {
        float texR = dot(
          vec4(row, col, depth, depth2),
          vec4(${e[1]*e[2]*e[3]},
               ${e[2]*e[3]}, ${e[3]}, 1));
        int texC = depth3;
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${f}.0, ${m}.0);
        return sampleTexture(${t}, uv);
      }
    `;let d=tl(t);return`
    float ${n}(int row, int col, int depth, int depth2, int depth3) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${c} + col * ${a} + depth * ${s} +
          depth2 * ${o} + depth3 + ${d};
      vec2 uv = uvFromFlat(${m}, ${f}, index);
      return sampleTexture(${t}, uv);
    }
  `}function rte(r){let e=r.shapeInfo.logicalShape,t=r.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1),{newShape:o,keptDims:s}=b.squeezeShape(e);if(o.length<e.length){let g=gp(r,o),x=["row","col","depth","depth2","depth3","depth4"];return`
      ${dp(g)}
      float ${n}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        return ${n}(${xp(x,s)});
      }
    `}let a=e[5],c=e[4]*a,u=e[3]*c,i=e[2]*u,l=e[1]*i;if(r.shapeInfo.isUniform)return`
      float ${n}(int row, int col, int depth,
                  int depth2, int depth3, int depth4) {
        int index = round(dot(
          vec4(row, col, depth, depth2),
          vec4(${l}, ${i}, ${u}, ${c})) +
          dot(
            vec2(depth3, depth4),
            vec2(${a}, 1)));
        ${hp(r)}
      }
    `;let p=r.shapeInfo.flatOffset,m=r.shapeInfo.texShape,f=m[0],d=m[1];if(d===l&&p==null)return`
      float ${n}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        int texR = row;
        float texC = dot(vec4(col, depth, depth2, depth3),
          vec4(${i}, ${u}, ${c}, ${a})) +
               float(depth4);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${d}.0, ${f}.0);
        return sampleTexture(${t}, uv);
      }
    `;if(d===a&&p==null)return`
      float ${n}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        float texR = dot(vec4(row, col, depth, depth2),
          vec4(${e[1]*e[2]*e[3]*e[4]},
               ${e[2]*e[3]*e[4]},
               ${e[3]*e[4]},
               ${e[4]})) + float(depth3);
        int texC = depth4;
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${d}.0, ${f}.0);
        return sampleTexture(${t}, uv);
      }
    `;let h=tl(t);return`
    float ${n}(int row, int col, int depth,
                  int depth2, int depth3, int depth4) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${l} + col * ${i} + depth * ${u} +
          depth2 * ${c} + depth3 * ${a} + depth4 + ${h};
      vec2 uv = uvFromFlat(${f}, ${d}, index);
      return sampleTexture(${t}, uv);
    }
  `}function hp(r){let e=r.name,t=b.sizeFromShape(r.shapeInfo.logicalShape);return t<2?`return ${e};`:`
    for (int i = 0; i < ${t}; i++) {
      if (i == index) {
        return ${e}[i];
      }
    }
  `}function nte(r,e){let t=r.name,n=t.charAt(0).toUpperCase()+t.slice(1),o="get"+n+"AtOutCoords",s=r.shapeInfo.logicalShape.length,a=e.logicalShape.length,c=EM(r.shapeInfo.logicalShape,e.logicalShape),u=$e(a),i=a-s,l,p=["x","y","z","w","u","v"];s===0?l="":a<2&&c.length>=1?l="coords = 0;":l=c.map(y=>`coords.${p[y+i]} = 0;`).join(`
`);let m="";a<2&&s>0?m="coords":m=r.shapeInfo.logicalShape.map((y,w)=>`coords.${p[w+i]}`).join(", ");let f="return outputValue;",h=b.sizeFromShape(r.shapeInfo.logicalShape)===1,x=b.sizeFromShape(e.logicalShape)===1;if(s===1&&!h&&!x)f=`
      return vec4(outputValue.xy, outputValue.xy);
    `;else if(h&&!x)a===1?f=`
        return vec4(outputValue.x, outputValue.x, 0., 0.);
      `:f=`
        return vec4(outputValue.x);
      `;else if(c.length){let y=s-2,w=s-1;c.indexOf(y)>-1&&c.indexOf(w)>-1?f="return vec4(outputValue.x);":c.indexOf(y)>-1?f="return vec4(outputValue.x, outputValue.y, outputValue.x, outputValue.y);":c.indexOf(w)>-1&&(f="return vec4(outputValue.xx, outputValue.zz);")}return`
    vec4 ${o}() {
      ${u} coords = getOutputCoords();
      ${l}
      vec4 outputValue = get${n}(${m});
      ${f}
    }
  `}function ote(r,e){let t=r.name,n=t.charAt(0).toUpperCase()+t.slice(1),o="get"+n+"AtOutCoords",s=e.texShape,a=r.shapeInfo.texShape,c=r.shapeInfo.logicalShape.length,u=e.logicalShape.length;if(!r.shapeInfo.isUniform&&c===u&&r.shapeInfo.flatOffset==null&&b.arraysEqual(a,s))return`
      float ${o}() {
        return sampleTexture(${t}, resultUV);
      }
    `;let i=$e(u),l=EM(r.shapeInfo.logicalShape,e.logicalShape),p=u-c,m,f=["x","y","z","w","u","v"];c===0?m="":u<2&&l.length>=1?m="coords = 0;":m=l.map(h=>`coords.${f[h+p]} = 0;`).join(`
`);let d="";return u<2&&c>0?d="coords":d=r.shapeInfo.logicalShape.map((h,g)=>`coords.${f[g+p]}`).join(", "),`
    float ${o}() {
      ${i} coords = getOutputCoords();
      ${m}
      return get${n}(${d});
    }
  `}function $e(r){if(r<=1)return"int";if(r===2)return"ivec2";if(r===3)return"ivec3";if(r===4)return"ivec4";if(r===5)return"ivec5";if(r===6)return"ivec6";throw Error(`GPU for rank ${r} is not yet supported`)}function ig(r,e,t){let{newShape:n,keptDims:o}=b.squeezeShape(e),s=e.length,a=r&&s===3&&e[0]===1,c=a?e.slice(1):n,u=!r&&s>1&&!b.arraysEqual(e,t)&&n.length<s||a;return{useSqueezeShape:u,uniformShape:u?c:e,keptDims:o}}function gp(r,e){let t=JSON.parse(JSON.stringify(r));return t.shapeInfo.logicalShape=e,t}function xp(r,e){return e.map(t=>r[t]).join(", ")}function FM(r,e,t,n){let o=t.map((l,p)=>{let m={logicalShape:l.shape,texShape:l.isUniform?null:l.texData.texShape,isUniform:l.isUniform,isPacked:l.isUniform?!1:l.texData.isPacked,flatOffset:null};return l.texData!=null&&l.texData.slice!=null&&l.texData.slice.flatOffset>0&&(m.flatOffset=l.texData.slice.flatOffset),{name:e.variableNames[p],shapeInfo:m}}),s=o.map(l=>l.shapeInfo),a={logicalShape:n.shape,texShape:n.texData.texShape,isUniform:!1,isPacked:n.texData.isPacked,flatOffset:null},c=$M(o,a,e),u=lM(r.gl,c),i=r.createProgram(u);return P().get("ENGINE_COMPILE_ONLY")?{program:e,fragmentShader:u,source:c,webGLProgram:i,inShapeInfos:s,outShapeInfo:a,variablesLocations:null,customUniformLocations:null,infLoc:null,nanLoc:null,outShapeLocation:null,outShapeStridesLocation:null,outTexShapeLocation:null}:(r.buildVao(i),Object.assign({program:e,fragmentShader:u,source:c,webGLProgram:i,inShapeInfos:s,outShapeInfo:a},OC(r,e,i)))}function OC(r,e,t){let n=[],o=[],s,a,c,u=null,i=null;i=r.getUniformLocation(t,"NAN",!1),P().getNumber("WEBGL_VERSION")===1&&(u=r.getUniformLocation(t,"INFINITY",!1));let l=!1;for(let p of e.variableNames){let m={name:p,uniform:r.getUniformLocation(t,p,l),offset:r.getUniformLocation(t,`offset${p}`,l)};e.enableShapeUniforms&&(m.shape=r.getUniformLocation(t,`${p}Shape`,l),m.texShape=r.getUniformLocation(t,`${p}TexShape`,l)),n.push(m)}if(e.enableShapeUniforms&&(s=r.getUniformLocation(t,"outShape",l),c=r.getUniformLocation(t,"outShapeStrides",l),a=r.getUniformLocation(t,"outTexShape",l)),e.customUniforms)for(let p of e.customUniforms)o.push(r.getUniformLocation(t,p.name,l));return{variablesLocations:n,customUniformLocations:o,infLoc:u,nanLoc:i,outShapeLocation:s,outShapeStridesLocation:c,outTexShapeLocation:a}}function DM(r,e){if(r.length!==e.length)throw Error(`Binary was compiled with ${r.length} inputs, but was executed with ${e.length} inputs`);r.forEach((t,n)=>{let o=t.logicalShape,s=e[n],a=s.shape;if(!b.arraysEqual(o,a))throw Error(`Binary was compiled with different shapes than the current args. Shapes ${o} and ${a} must match`);if(t.isUniform&&s.isUniform)return;let c=t.texShape,u=s.isUniform?null:s.texData.texShape;if(!b.arraysEqual(c,u))throw Error(`Binary was compiled with different texture shapes than the current args. Shape ${c} and ${u} must match`)})}function MM(r,e,t,n,o){e.program.enableShapeUniforms||(DM(e.inShapeInfos,t),DM([e.outShapeInfo],[n]));let s=n.texData.texture,a=n.texData.texShape;n.texData.isPacked?r.setOutputPackedMatrixTexture(s.texture,a[0],a[1]):r.setOutputMatrixTexture(s.texture,a[0],a[1]),r.setProgram(e.webGLProgram),r.bindVertexArray(e.webGLProgram.vao),P().getNumber("WEBGL_VERSION")===1&&e.infLoc!==null&&r.gl.uniform1f(e.infLoc,1/0),e.nanLoc!==null&&r.gl.uniform1f(e.nanLoc,NaN);for(let u=0;u<t.length;++u){let i=t[u],{uniform:l,offset:p,shape:m,texShape:f}=e.variablesLocations[u];if(m){let{uniformShape:d}=ig(e.program.packedInputs,i.shape,i.texData.texShape);switch(d.length){case 1:r.gl.uniform1iv(m,new Int32Array(d));break;case 2:r.gl.uniform2iv(m,new Int32Array(d));break;case 3:r.gl.uniform3iv(m,new Int32Array(d));break;case 4:r.gl.uniform4iv(m,new Int32Array(d));break;default:break}}if(f&&r.gl.uniform2i(f,i.texData.texShape[0],i.texData.texShape[1]),l!=null){if(i.isUniform){if(b.sizeFromShape(i.shape)<2)r.gl.uniform1f(l,i.uniformValues[0]);else{let d=i.uniformValues;d instanceof Float32Array||(d=new Float32Array(d)),r.gl.uniform1fv(l,d)}continue}i.texData.slice!=null&&p!=null&&r.gl.uniform1i(p,i.texData.slice.flatOffset),r.setInputMatrixTexture(i.texData.texture.texture,l,u)}}let c=e.outShapeLocation;if(c)switch(n.shape.length){case 1:r.gl.uniform1iv(c,new Int32Array(n.shape));break;case 2:r.gl.uniform2iv(c,new Int32Array(n.shape));break;case 3:r.gl.uniform3iv(c,new Int32Array(n.shape));break;case 4:r.gl.uniform4iv(c,new Int32Array(n.shape));break;default:break}if(e.outShapeStridesLocation){let u=b.computeStrides(n.shape);switch(n.shape.length){case 2:r.gl.uniform1iv(e.outShapeStridesLocation,new Int32Array(u));break;case 3:r.gl.uniform2iv(e.outShapeStridesLocation,new Int32Array(u));break;case 4:r.gl.uniform3iv(e.outShapeStridesLocation,new Int32Array(u));break;default:break}}if(e.outTexShapeLocation&&r.gl.uniform2i(e.outTexShapeLocation,n.texData.texShape[0],n.texData.texShape[1]),e.program.customUniforms&&o)for(let u=0;u<e.program.customUniforms.length;++u){let i=e.program.customUniforms[u],l=e.customUniformLocations[u],p=o[u];if(i.type==="float")r.gl.uniform1fv(l,p);else if(i.type==="vec2")r.gl.uniform2fv(l,p);else if(i.type==="vec3")r.gl.uniform3fv(l,p);else if(i.type==="vec4")r.gl.uniform4fv(l,p);else if(i.type==="int")r.gl.uniform1iv(l,p);else if(i.type==="ivec2")r.gl.uniform2iv(l,p);else if(i.type==="ivec3")r.gl.uniform3iv(l,p);else if(i.type==="ivec4")r.gl.uniform4iv(l,p);else throw Error(`uniform type ${i.type} is not supported yet.`)}r.executeProgram()}function PM(r,e,t){let n="";e.concat(t).forEach(a=>{let c=a.texData!=null&&a.texData.slice!=null&&a.texData.slice.flatOffset>0;if(r.enableShapeUniforms&&!a.isUniform){let u=a.texData.texShape,{useSqueezeShape:i,uniformShape:l,keptDims:p}=ig(r.packedInputs,a.shape,u),m="",f="",d="";if(l.length===1&&r.packedInputs){let T=[Math.ceil(u[0]/2),Math.ceil(u[1]/2)];m=`${T[0]>1}_${T[1]>1}`}else if(l.length===2&&!r.packedInputs)f=`${l[0]>1}_${l[1]>1}`;else if(l.length>2&&!r.packedInputs){let T=b.computeStrides(l);d=`${T[0]===u[1]}_${T[T.length-1]===u[1]}`}let h=a.shape.length,g=l.length===2&&b.arraysEqual(a.shape,u),x=b.sizeFromShape(a.shape)===1,y=S.getBroadcastDims(a.shape,t.shape),w=!r.packedInputs&&h===t.shape.length&&b.arraysEqual(u,t.texData.texShape),C=r.packedInputs||l.length>2?"":`${u[0]>1}_${u[1]>1}`;n+=`${h}_${w}_${i?p:""}_${l.length}_${x}_${y}_${g}_${m}_${f}_${d}_${C}_${c}`}else{let u=a.isUniform?"uniform":a.texData.texShape;n+=`${a.shape}_${u}_${c}`}});let o=r.userCode,s=r.constructor.name;return s+="_"+n+"_"+o+`${P().getNumber("WEBGL_VERSION")}`,s}function ct(r){return P().getBool("WEBGL_USE_SHAPES_UNIFORMS")&&r<=4}var cg=class{constructor(e){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.outPackingScheme=Nc.DENSE,this.customUniforms=[{name:"texShape",type:"ivec2"}];let t=Ct();this.outputShape=e,this.enableShapeUniforms=ct(this.outputShape.length),this.userCode=`
      ivec3 outCoordsFromFlatIndex(int index) {
        ${this.enableShapeUniforms?el(["r","c","d"],e):io(["r","c","d"],e)}
        return ivec3(r, c, d);
      }

      void main() {
        ivec2 resTexRC = ivec2(resultUV.yx * vec2(texShape[0], texShape[1]));
        int index = 4 * (resTexRC.x * texShape[1] + resTexRC.y);

        vec4 result = vec4(0.);

        for (int i=0; i<4; i++) {
          int flatIndex = index + i;
          ivec3 rc = outCoordsFromFlatIndex(flatIndex);
          result[i] = getA(rc.x, rc.y, rc.z);
        }

        ${t.output} = result;
      }
    `}};var ug=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outPackingScheme=Nc.DENSE,this.customUniforms=[{name:"texShape",type:"ivec2"}];let t=Ct();this.outputShape=e,this.enableShapeUniforms=ct(this.outputShape.length),this.userCode=`
      ivec3 outCoordsFromFlatIndex(int index) {
        ${this.enableShapeUniforms?el(["r","c","d"],e):io(["r","c","d"],e)}
        return ivec3(r, c, d);
      }

      void main() {
        ivec2 resTexRC = ivec2(resultUV.yx * vec2(texShape[0], texShape[1]));
        int index = 4 * (resTexRC.x * texShape[1] + resTexRC.y);

        vec4 result = vec4(0.);

        for (int i=0; i<4; i++) {
          int flatIndex = index + i;
          ivec3 rc = outCoordsFromFlatIndex(flatIndex);
          result[i] = getChannel(getA(rc.x, rc.y, rc.z), vec2(rc.y, rc.z));
        }

        ${t.output} = result;
      }
    `}};var lg=class{constructor(e){this.variableNames=["A"],this.outTexUsage=vr.DOWNLOAD;let t=Ct();this.outputShape=e,this.userCode=`
      ${ag}

      void main() {
        float x = getAAtOutCoords();
        ${t.output} = encode_float(x);
      }
    `}};var pg=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!1,this.outTexUsage=vr.DOWNLOAD;let t=Ct();this.outputShape=e,this.userCode=`
      ${ag}

      void main() {
        ivec3 coords = getOutputCoords();
        float x = getChannel(getAAtOutCoords(), vec2(coords.y, coords.z));
        ${t.output} = encode_float(x);
      }
    `}};var ite={R:0,G:1,B:2,A:3},qm=class{constructor(e,t=!1,n="RGBA"){this.variableNames=["A"],this.customUniforms=[{name:"texShape",type:"ivec2"}];let o=Ct();this.outputShape=e,this.enableShapeUniforms=ct(this.outputShape.length);let s="result";t&&(s="floor(result * 255. + 0.5)");let a="";for(let c=0;c<n.length;c++){let u=n[c];a+=`
          if(offset == ${c}) {
            result = values[${ite[u]}];
          }`}this.userCode=`
      ${this.enableShapeUniforms?mp():pp(e)}

      void main() {
        ivec3 coords = getOutputCoords();
        int flatIndex = getFlatIndex(coords);
        float result = 0.;
        int offset = imod(flatIndex, ${n.length});

        flatIndex = idiv(flatIndex, ${n.length}, 1.);

        int r = flatIndex / texShape[1];
        if (r < texShape[0]) {
          int c = imod(flatIndex, texShape[1]);
          vec2 uv = (vec2(c, r) + halfCR) / vec2(texShape[1], texShape[0]);
          vec4 values = ${o.texture2D}(A, uv);
          ${a}
        }
        ${o.output} = vec4(${s}, 0., 0., 0.);
      }
    `}};var mg=class{constructor(e,t=!1){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.customUniforms=[{name:"texShape",type:"ivec2"}];let n=Ct();this.outputShape=e,this.enableShapeUniforms=ct(this.outputShape.length);let o="",s="result";t&&(s="floor(result * 255. + 0.5)");for(let a=0;a<=1;a++)for(let c=0;c<=1;c++){let u=a*2+c;o+=`
          localCoords = coords;
          if(localCoords[2] + ${c} < ${this.enableShapeUniforms?"outShape[2]":`${e[2]}`}) {
          localCoords[2] += ${c};
          if (localCoords[1] + ${a} < ${this.enableShapeUniforms?"outShape[1]":`${e[1]}`}) {
            localCoords[1] += ${a};

            flatIndex = getFlatIndex(localCoords);
            offset = imod(flatIndex, 4);

            flatIndex = idiv(flatIndex, 4, 1.);

            int r = flatIndex / texShape[1];
            int c = imod(flatIndex, texShape[1]);
            vec2 uv = (vec2(c, r) + halfCR) / vec2(texShape[1], texShape[0]);
            values = ${n.texture2D}(A, uv);

            if (offset == 0) {
              result[${u}] = values[0];
            } else if (offset == 1) {
              result[${u}] = values[1];
            } else if (offset == 2) {
              result[${u}] = values[2];
            } else {
              result[${u}] = values[3];
            }
          }
        }
        `}this.userCode=`
        ${this.enableShapeUniforms?mp():pp(e)}

        void main() {
          ivec3 coords = getOutputCoords();

          vec4 result = vec4(0.);
          int flatIndex, r, c, offset;
          ivec3 localCoords;
          vec2 uv;
          vec4 values;

          ${o}

          ${n.output} = ${s};
        }
    `}};v();v();function OM(r){let e=Ct(),t=`${e.version}
    precision highp float;
    ${e.attribute} vec3 clipSpacePos;
    ${e.attribute} vec2 uv;
    ${e.varyingVs} vec2 resultUV;

    void main() {
      gl_Position = vec4(clipSpacePos, 1);
      resultUV = uv;
    }`;return uM(r,t)}function BM(r){let e=new Float32Array([-1,1,0,0,1,-1,-1,0,0,0,1,1,0,1,1,1,-1,0,1,0]);return fM(r,e)}function LM(r){let e=new Uint16Array([0,1,2,2,1,3]);return dM(r,e)}function jm(r,e,t,n,o,s){gM(e,t);let a=hM(r),c=r.TEXTURE_2D;return de(r,()=>r.bindTexture(c,a)),de(r,()=>r.texParameteri(c,r.TEXTURE_WRAP_S,r.CLAMP_TO_EDGE)),de(r,()=>r.texParameteri(c,r.TEXTURE_WRAP_T,r.CLAMP_TO_EDGE)),de(r,()=>r.texParameteri(c,r.TEXTURE_MIN_FILTER,r.NEAREST)),de(r,()=>r.texParameteri(c,r.TEXTURE_MAG_FILTER,r.NEAREST)),P().getNumber("WEBGL_VERSION")===1?de(r,()=>r.texImage2D(c,0,n,e,t,0,o,s,null)):de(r,()=>r.texStorage2D(c,1,n,e,t)),de(r,()=>r.bindTexture(r.TEXTURE_2D,null)),{texture:a,texShape:[t,e]}}function BC(r){return r.internalFormatFloat}function VM(r,e,t,n){let[o,s]=Zu(e,t);return jm(r,o,s,BC(n),n.textureFormatFloat,r.FLOAT)}function LC(r){return r.internalFormatHalfFloat}function WM(r,e,t,n){let[o,s]=Zu(e,t);return jm(r,o,s,LC(n),n.textureFormatFloat,n.textureTypeHalfFloat)}function VC(r){return r.downloadTextureFormat}function UM(r,e,t,n){let[o,s]=Zu(e,t);return jm(r,o,s,VC(n),r.RGBA,r.UNSIGNED_BYTE)}function WC(r){return r.internalFormatPackedFloat}function GM(r,e,t,n){let[o,s]=ha(e,t);return jm(r,o,s,WC(n),r.RGBA,r.FLOAT)}function UC(r){return r.internalFormatPackedHalfFloat}function zM(r,e,t,n){let[o,s]=ha(e,t);return jm(r,o,s,UC(n),r.RGBA,n.textureTypeHalfFloat)}function HM(r,e,t){return de(r,()=>r.bindBuffer(r.ARRAY_BUFFER,t)),FC(r,e,"clipSpacePos",t,3,20,0)&&FC(r,e,"uv",t,2,20,12)}function KM(r,e,t,n,o,s){de(r,()=>r.bindTexture(r.TEXTURE_2D,e));let a,c,u;o instanceof Uint8Array?(a=new Uint8Array(t*n*4),c=r.UNSIGNED_BYTE,u=r.RGBA):(a=new Float32Array(t*n*4),c=r.FLOAT,u=s.internalFormatPackedFloat),a.set(o),P().getNumber("WEBGL_VERSION")===2?de(r,()=>r.texSubImage2D(r.TEXTURE_2D,0,0,0,t,n,r.RGBA,c,a)):de(r,()=>r.texImage2D(r.TEXTURE_2D,0,u,t,n,0,r.RGBA,c,a)),de(r,()=>r.bindTexture(r.TEXTURE_2D,null))}function qM(r,e,t){de(r,()=>r.bindTexture(r.TEXTURE_2D,e)),t.data instanceof Uint8Array?P().getNumber("WEBGL_VERSION")===2?de(r,()=>r.texSubImage2D(r.TEXTURE_2D,0,0,0,t.width,t.height,r.RGBA,r.UNSIGNED_BYTE,t.data)):de(r,()=>r.texImage2D(r.TEXTURE_2D,0,r.RGBA,t.width,t.height,0,r.RGBA,r.UNSIGNED_BYTE,t.data)):P().getNumber("WEBGL_VERSION")===2?de(r,()=>r.texSubImage2D(r.TEXTURE_2D,0,0,0,r.RGBA,r.UNSIGNED_BYTE,t)):de(r,()=>r.texImage2D(r.TEXTURE_2D,0,r.RGBA,r.RGBA,r.UNSIGNED_BYTE,t)),de(r,()=>r.bindTexture(r.TEXTURE_2D,null))}function jM(r,e,t,n){let o=r.createBuffer();de(r,()=>r.bindBuffer(r.PIXEL_PACK_BUFFER,o));let c=4*4*e*t;return de(r,()=>r.bufferData(r.PIXEL_PACK_BUFFER,c,r.STREAM_READ)),de(r,()=>r.readPixels(0,0,t,e,r.RGBA,r.FLOAT,0)),de(r,()=>r.bindBuffer(r.PIXEL_PACK_BUFFER,null)),o}function XM(r,e,t){let n=r,o=new Float32Array(t);return n.bindBuffer(n.PIXEL_PACK_BUFFER,e),n.getBufferSubData(n.PIXEL_PACK_BUFFER,0,o),n.bindBuffer(n.PIXEL_PACK_BUFFER,null),o}function YM(r,e,t,n){let[o,s]=Zu(e,t),a=4,c=new Uint8Array(aM(e*t,a));return de(r,()=>r.readPixels(0,0,o,s,n.downloadTextureFormat,r.UNSIGNED_BYTE,c)),new Float32Array(c.buffer)}function JM(r,e,t,n,o,s,a,c){let u=r,i=new Float32Array(iM(s,a));return u.bindBuffer(u.PIXEL_PACK_BUFFER,e),u.getBufferSubData(u.PIXEL_PACK_BUFFER,0,i),u.bindBuffer(u.PIXEL_PACK_BUFFER,null),i}function ZM(r,e,t){let n=new Float32Array(e*t*4);return de(r,()=>r.readPixels(0,0,t,e,r.RGBA,r.FLOAT,n)),n}var bp=class{constructor(e){this.outputTexture=null,this.program=null,this.disposed=!1,this.itemsToPoll=[];let t=P().getNumber("WEBGL_VERSION");if(e!=null?(this.gl=e,sM(t,e)):this.gl=en(t),e=this.gl,P().getNumber("WEBGL_VERSION")===2){let s=e;this.createVertexArray=()=>de(s,()=>s.createVertexArray()),this.bindVertexArray=a=>de(s,()=>s.bindVertexArray(a)),this.deleteVertexArray=a=>de(s,()=>s.deleteVertexArray(a)),this.getVertexArray=()=>de(s,()=>s.getParameter(s.VERTEX_ARRAY_BINDING))}else if(e!=null){let s=e.getExtension("OES_vertex_array_object");if(s==null)throw new Error("All WebGL1 implementations are expected to offer OES_vertex_array_object.");this.createVertexArray=()=>de(e,()=>s.createVertexArrayOES()),this.bindVertexArray=a=>de(e,()=>s.bindVertexArrayOES(a)),this.deleteVertexArray=a=>de(e,()=>s.deleteVertexArrayOES(a)),this.getVertexArray=()=>de(e,()=>e.getParameter(s.VERTEX_ARRAY_BINDING_OES))}let n="WEBGL_color_buffer_float",o="EXT_color_buffer_half_float";if(this.parallelCompilationExtension=this.gl.getExtension("KHR_parallel_shader_compile"),P().getNumber("WEBGL_VERSION")===1){let s="OES_texture_float",a="OES_texture_half_float";if(this.textureFloatExtension=zm(this.gl,s),gn(this.gl,a))this.textureHalfFloatExtension=zm(this.gl,a);else if(P().get("WEBGL_FORCE_F16_TEXTURES"))throw new Error("GL context does not support half float textures, yet the environment flag WEBGL_FORCE_F16_TEXTURES is set to true.");if(this.colorBufferFloatExtension=this.gl.getExtension(n),gn(this.gl,o))this.colorBufferHalfFloatExtension=zm(this.gl,o);else if(P().get("WEBGL_FORCE_F16_TEXTURES"))throw new Error("GL context does not support color renderable half floats, yet the environment flag WEBGL_FORCE_F16_TEXTURES is set to true.")}else if(n="EXT_color_buffer_float",gn(this.gl,n))this.colorBufferFloatExtension=this.gl.getExtension(n);else if(gn(this.gl,o))this.colorBufferHalfFloatExtension=this.gl.getExtension(o);else throw new Error("GL context does not support color renderable floats");this.vertexBuffer=BM(this.gl),this.indexBuffer=LM(this.gl),this.framebuffer=xM(this.gl),this.textureConfig=Gm(this.gl,this.textureHalfFloatExtension)}get debug(){return P().getBool("DEBUG")}dispose(){if(this.disposed)return;this.program!=null&&console.warn("Disposing a GPGPUContext that still has a bound WebGLProgram. This is probably a resource leak, delete the program with GPGPUContext.deleteProgram before disposing."),this.outputTexture!=null&&console.warn("Disposing a GPGPUContext that still has a bound output matrix texture.  This is probably a resource leak, delete the output matrix texture with GPGPUContext.deleteMatrixTexture before disposing.");let e=this.gl;de(e,()=>e.finish()),de(e,()=>e.bindFramebuffer(e.FRAMEBUFFER,null)),de(e,()=>e.deleteFramebuffer(this.framebuffer)),de(e,()=>e.bindBuffer(e.ARRAY_BUFFER,null)),de(e,()=>e.bindBuffer(e.ELEMENT_ARRAY_BUFFER,null)),de(e,()=>e.deleteBuffer(this.indexBuffer)),this.disposed=!0}createFloat32MatrixTexture(e,t){return this.throwIfDisposed(),VM(this.gl,e,t,this.textureConfig)}createFloat16MatrixTexture(e,t){return this.throwIfDisposed(),WM(this.gl,e,t,this.textureConfig)}createUnsignedBytesMatrixTexture(e,t){return this.throwIfDisposed(),UM(this.gl,e,t,this.textureConfig)}uploadPixelDataToTexture(e,t){this.throwIfDisposed(),qM(this.gl,e,t)}uploadDenseMatrixToTexture(e,t,n,o){this.throwIfDisposed(),KM(this.gl,e,t,n,o,this.textureConfig)}createFloat16PackedMatrixTexture(e,t){return this.throwIfDisposed(),zM(this.gl,e,t,this.textureConfig)}createPackedMatrixTexture(e,t){return this.throwIfDisposed(),GM(this.gl,e,t,this.textureConfig)}deleteMatrixTexture(e){this.throwIfDisposed(),this.outputTexture===e&&(MC(this.gl,this.framebuffer),this.outputTexture=null),de(this.gl,()=>this.gl.deleteTexture(e))}downloadByteEncodedFloatMatrixFromOutputTexture(e,t,n){return this.downloadMatrixDriver(e,()=>YM(this.gl,t,n,this.textureConfig))}downloadPackedMatrixFromBuffer(e,t,n,o,s,a){return JM(this.gl,e,t,n,o,s,a,this.textureConfig)}downloadFloat32MatrixFromBuffer(e,t){return XM(this.gl,e,t)}createBufferFromTexture(e,t,n){this.bindTextureToFrameBuffer(e);let o=jM(this.gl,t,n,this.textureConfig);return this.unbindTextureToFrameBuffer(),o}createAndWaitForFence(){let e=this.createFence(this.gl);return this.pollFence(e)}createFence(e){let t,n;if(P().getBool("WEBGL_FENCE_API_ENABLED")){let o=e,s=o.fenceSync(o.SYNC_GPU_COMMANDS_COMPLETE,0);e.flush(),n=()=>{let a=o.clientWaitSync(s,0,0);return a===o.ALREADY_SIGNALED||a===o.CONDITION_SATISFIED},t=s}else P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")>0?(t=this.beginQuery(),this.endQuery(),n=()=>this.isQueryAvailable(t,P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))):n=()=>!0;return{query:t,isFencePassed:n}}downloadMatrixFromPackedTexture(e,t,n){return this.downloadMatrixDriver(e,()=>ZM(this.gl,t,n))}createProgram(e){this.throwIfDisposed();let t=this.gl;this.vertexShader==null&&(this.vertexShader=OM(t));let n=pM(t);de(t,()=>t.attachShader(n,this.vertexShader)),de(t,()=>t.attachShader(n,e)),mM(t,n);let o=Object.assign(n,{vao:this.createVertexArray()});return this.debug&&ng(t,o),o}buildVao(e){this.setProgram(e),this.bindVertexArray(e.vao);let t=this.gl;de(t,()=>t.bindBuffer(t.ELEMENT_ARRAY_BUFFER,this.indexBuffer)),HM(t,e,this.vertexBuffer)}deleteProgram(e){this.throwIfDisposed(),e===this.program&&(this.program=null),e!=null&&(de(this.gl,()=>this.gl.deleteProgram(e)),this.deleteVertexArray(e.vao))}setProgram(e){this.throwIfDisposed(),this.program=e,this.program!=null&&this.debug&&ng(this.gl,this.program),de(this.gl,()=>this.gl.useProgram(e))}getUniformLocation(e,t,n=!0){return this.throwIfDisposed(),n?bM(this.gl,e,t):yM(this.gl,e,t)}getAttributeLocation(e,t){return this.throwIfDisposed(),de(this.gl,()=>this.gl.getAttribLocation(e,t))}getUniformLocationNoThrow(e,t){return this.throwIfDisposed(),this.gl.getUniformLocation(e,t)}setInputMatrixTexture(e,t,n){this.throwIfDisposed(),this.throwIfNoProgram(),wM(this.gl,e,t,n)}setOutputMatrixTexture(e,t,n){this.setOutputMatrixTextureDriver(e,n,t)}setOutputPackedMatrixTexture(e,t,n){this.throwIfDisposed();let[o,s]=ha(t,n);this.setOutputMatrixTextureDriver(e,o,s)}setOutputMatrixWriteRegion(e,t,n,o){this.setOutputMatrixWriteRegionDriver(n,e,o,t)}setOutputPackedMatrixWriteRegion(e,t,n,o){throw new Error("setOutputPackedMatrixWriteRegion not implemented.")}debugValidate(){this.program!=null&&ng(this.gl,this.program),Hm(this.gl)}executeProgram(){this.throwIfDisposed(),this.throwIfNoProgram();let e=this.gl;if(this.debug){let t=this.getVertexArray();console.assert(t===this.program.vao,"VAO changed between setProgram and executeProgram!"),this.debugValidate()}de(e,()=>e.drawElements(e.TRIANGLES,6,e.UNSIGNED_SHORT,0))}blockUntilAllProgramsCompleted(){this.throwIfDisposed(),de(this.gl,()=>this.gl.finish())}getQueryTimerExtension(){return this.disjointQueryTimerExtension==null&&(this.disjointQueryTimerExtension=zm(this.gl,P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2?"EXT_disjoint_timer_query_webgl2":"EXT_disjoint_timer_query")),this.disjointQueryTimerExtension}getQueryTimerExtensionWebGL2(){return this.getQueryTimerExtension()}getQueryTimerExtensionWebGL1(){return this.getQueryTimerExtension()}beginQuery(){if(P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2){let n=this.gl,o=this.getQueryTimerExtensionWebGL2(),s=n.createQuery();return n.beginQuery(o.TIME_ELAPSED_EXT,s),s}let e=this.getQueryTimerExtensionWebGL1(),t=e.createQueryEXT();return e.beginQueryEXT(e.TIME_ELAPSED_EXT,t),t}endQuery(){if(P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2){let t=this.gl,n=this.getQueryTimerExtensionWebGL2();t.endQuery(n.TIME_ELAPSED_EXT);return}let e=this.getQueryTimerExtensionWebGL1();e.endQueryEXT(e.TIME_ELAPSED_EXT)}async waitForQueryAndGetTime(e){return await b.repeatedTry(()=>this.disposed||this.isQueryAvailable(e,P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))),this.getQueryTime(e,P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))}getQueryTime(e,t){if(t===0)return null;if(t===2){let n=this.gl;return n.getQueryParameter(e,n.QUERY_RESULT)/1e6}else{let n=this.getQueryTimerExtensionWebGL1();return n.getQueryObjectEXT(e,n.QUERY_RESULT_EXT)/1e6}}isQueryAvailable(e,t){if(t===0)return!0;if(t===2){let n=this.gl,o=this.getQueryTimerExtensionWebGL2(),s=n.getQueryParameter(e,n.QUERY_RESULT_AVAILABLE);return this.disjoint==null&&(this.disjoint=this.gl.getParameter(o.GPU_DISJOINT_EXT)),s&&!this.disjoint}else{let n=this.getQueryTimerExtensionWebGL1(),o=n.getQueryObjectEXT(e,n.QUERY_RESULT_AVAILABLE_EXT);return this.disjoint==null&&(this.disjoint=this.gl.getParameter(n.GPU_DISJOINT_EXT)),o&&!this.disjoint}}pollFence(e){return new Promise(t=>{this.addItemToPoll(()=>e.isFencePassed(),()=>t())})}pollItems(){let e=ute(this.itemsToPoll.map(t=>t.isDoneFn));for(let t=0;t<=e;++t){let{resolveFn:n}=this.itemsToPoll[t];n()}this.itemsToPoll=this.itemsToPoll.slice(e+1)}addItemToPoll(e,t){if(this.itemsToPoll.push({isDoneFn:e,resolveFn:t}),this.itemsToPoll.length>1)return;let n;"setTimeoutCustom"in P().platform&&(n=P().platform.setTimeoutCustom.bind(P().platform)),b.repeatedTry(()=>(this.pollItems(),this.itemsToPoll.length===0),()=>0,null,n)}bindTextureToFrameBuffer(e){this.throwIfDisposed(),og(this.gl,e,this.framebuffer),this.debug&&Hm(this.gl)}unbindTextureToFrameBuffer(){this.outputTexture!=null?(og(this.gl,this.outputTexture,this.framebuffer),this.debug&&Hm(this.gl)):MC(this.gl,this.framebuffer)}downloadMatrixDriver(e,t){this.bindTextureToFrameBuffer(e);let n=t();return this.unbindTextureToFrameBuffer(),n}setOutputMatrixTextureDriver(e,t,n){this.throwIfDisposed();let o=this.gl;og(o,e,this.framebuffer),this.debug&&Hm(o),this.outputTexture=e,de(o,()=>o.viewport(0,0,t,n)),de(o,()=>o.scissor(0,0,t,n))}setOutputMatrixWriteRegionDriver(e,t,n,o){this.throwIfDisposed(),de(this.gl,()=>this.gl.scissor(e,t,n,o))}throwIfDisposed(){if(this.disposed)throw new Error("Attempted to use disposed GPGPUContext.")}throwIfNoProgram(){if(this.program==null)throw new Error("No GPU program is currently set.")}};function ute(r){let e=0;for(;e<r.length&&r[e]();++e);return e-1}Bi();var{addImpl:QM,bincountImpl:fg,bincountReduceImpl:eP,bitwiseAndImpl:tP,castImpl:rP,ceilImpl:nP,concatImpl:oP,equalImpl:sP,expImpl:aP,expm1Impl:iP,floorImpl:cP,gatherNdImpl:uP,gatherV2Impl:lP,greaterImpl:pP,greaterEqualImpl:mP,lessImpl:fP,lessEqualImpl:dP,linSpaceImpl:hP,logImpl:gP,maxImpl:xP,maximumImpl:bP,minimumImpl:yP,multiplyImpl:wP,negImpl:vP,notEqualImpl:IP,prodImpl:CP,raggedGatherImpl:SP,raggedRangeImpl:kP,raggedTensorToTensorImpl:_P,rangeImpl:TP,rsqrtImpl:NP,scatterImpl:EP,sigmoidImpl:$P,simpleAbsImpl:dg,sliceImpl:AP,sparseFillEmptyRowsImpl:RP,sparseReshapeImpl:DP,sparseSegmentReductionImpl:hg,sqrtImpl:FP,staticRegexReplaceImpl:MP,stridedSliceImpl:PP,stringNGramsImpl:OP,stringSplitImpl:BP,stringToHashBucketFastImpl:LP,subImpl:VP,tileImpl:WP,topKImpl:UP,transposeImpl:rl,uniqueImpl:GP}=gC;function GC(r,e){return["x","y","z","w","u","v"].slice(0,e).map(t=>`${r}.${t}`)}function $t(r,e){return e===1?[r]:GC(r,e)}function zP(r,e){if(r===1)return"rc";let t="";for(let n=0;n<r;n++)t+=e[n],n<r-1&&(t+=",");return t}var gg=class{constructor(e){if(this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.outputShape=e,this.rank=e.length,this.enableShapeUniforms=ct(this.outputShape.length),this.rank===0)this.userCode=`
        void main() {
          setOutput(vec4(getA(), 0., 0., 0.));
        }
      `;else{let t=$t("rc",this.rank),n=$e(this.rank),o=this.getOutOfBoundsCondition(t),s=this.getSetup(t),a=this.getOutput(t);this.userCode=`
        void main() {
          ${n} rc = getOutputCoords();

          if(${o}) {
            setOutput(vec4(0));
          } else {
            ${s}

            setOutput(vec4(${a}));
          }
        }
      `}}getSourceCoordsArr(e){let t=[];for(let n=0;n<=1;n++)for(let o=0;o<=1;o++){let s=`${n===0?"r":"rp1"}, ${o===0?"c":"cp1"}`;for(let a=2;a<this.rank;a++)s=`${e[e.length-1-a]},`+s;t.push(s)}return t}getOutOfBoundsCondition(e){if(this.rank===1)return`rc > ${this.enableShapeUniforms?"outShape":this.outputShape[0]}`;let t="";for(let n=this.rank-2;n<this.rank;n++)t+=`${e[n]} >= ${this.enableShapeUniforms?`outShape[${n}]`:this.outputShape[n]}`,n<this.rank-1&&(t+="||");return t}getSetup(e){if(this.rank===1)return"";let t=e.slice(-2),n=this.enableShapeUniforms?`outShape[${this.rank} - 1]`:this.outputShape[this.rank-1],o=this.enableShapeUniforms?`outShape[${this.rank} - 2]`:this.outputShape[this.rank-2];return`
      int r = ${t[0]};
      int c = ${t[1]};
      int rp1 = r + 1;
      int cp1 = c + 1;

      bool cEdge = cp1 >= ${n};
      bool rEdge = rp1 >= ${o};
    `}getOutput(e){let t=this.getSourceCoordsArr(e);return this.rank===1?`getA(rc), (rc + 1 >= ${this.enableShapeUniforms?"outShape":this.outputShape[0]} ? 0. : getA(rc + 1)), 0, 0`:`getA(${t[0]}),
            cEdge ? 0. : getA(${t[1]}),
            rEdge ? 0. : getA(${t[2]}),
            rEdge || cEdge ? 0. : getA(${t[3]})`}};var yp=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"inputShape",type:"ivec3"}],this.outputShape=e,this.enableShapeUniforms=ct(this.outputShape.length);let n="";for(let o=0;o<4;o++){let s="thisRC = rc;";o%2===1&&(s+="thisRC.z += 1;"),o>1&&(s+="thisRC.y += 1;"),n+=`
        ${s}
        ${o>0?"if(thisRC.y < rows && thisRC.z < cols){":""}
          int flatIndex = getFlatIndex(thisRC);

          ivec3 inputRC = inputCoordsFromReshapedOutCoords(flatIndex);
          vec2 inputRCInnerDims = vec2(float(inputRC.y),float(inputRC.z));

          result[${o}] =
            getChannel(getA(inputRC.x, inputRC.y, inputRC.z), inputRCInnerDims);
        ${o>0?"}":""}
      `}this.userCode=`
      ${lte(t,this.enableShapeUniforms)}
      ${this.enableShapeUniforms?mp():pp(e)}

      void main() {
        ivec3 rc = getOutputCoords();

        vec4 result = vec4(0.);

        ivec3 thisRC;
        int rows = ${this.enableShapeUniforms?"outShape[1]":e[1]};
        int cols = ${this.enableShapeUniforms?"outShape[2]":e[2]};

        ${n}

        setOutput(result);
      }
    `}};function lte(r,e){return`
    ivec3 inputCoordsFromReshapedOutCoords(int index) {
      ${e?NM(["r","c","d"],"inputShape"):io(["r","c","d"],r)}
      return ivec3(r, c, d);
    }
  `}v();var xg=class{constructor(e){this.gpgpu=e,this.numUsedTextures=0,this.numFreeTextures=0,this._numBytesAllocated=0,this._numBytesFree=0,this.freeTextures={},this.usedTextures={},this.logEnabled=!1}acquireTexture(e,t,n){let o=KP(t,n),s=qP(e,o,n);s in this.freeTextures||(this.freeTextures[s]=[]),s in this.usedTextures||(this.usedTextures[s]=[]);let a=HP(e,o,this.gpgpu.gl,this.gpgpu.textureConfig,n);if(this.freeTextures[s].length>0){this.numFreeTextures--,this.numUsedTextures++,this._numBytesFree-=a,this.log();let u=this.freeTextures[s].pop();return this.usedTextures[s].push(u),u}let c;return o===lr.PACKED_2X2_FLOAT32?c=this.gpgpu.createPackedMatrixTexture(e[0],e[1]):o===lr.PACKED_2X2_FLOAT16?c=this.gpgpu.createFloat16PackedMatrixTexture(e[0],e[1]):o===lr.UNPACKED_FLOAT32?c=this.gpgpu.createFloat32MatrixTexture(e[0],e[1]):o===lr.UNPACKED_FLOAT16?c=this.gpgpu.createFloat16MatrixTexture(e[0],e[1]):o===lr.PACKED_4X1_UNSIGNED_BYTE&&(c=this.gpgpu.createUnsignedBytesMatrixTexture(e[0],e[1])),this.usedTextures[s].push(c),this.numUsedTextures++,this._numBytesAllocated+=a,this.log(),c}releaseTexture(e,t,n,o){if(this.freeTextures==null)return;let s=KP(n,o),a=qP(t,s,o);a in this.freeTextures||(this.freeTextures[a]=[]);let c=HP(t,s,this.gpgpu.gl,this.gpgpu.textureConfig,o),u=P().getNumber("WEBGL_DELETE_TEXTURE_THRESHOLD");u!==-1&&this._numBytesAllocated>u?(this.gpgpu.deleteMatrixTexture(e.texture),this._numBytesAllocated-=c):(this.freeTextures[a].push(e),this.numFreeTextures++,this._numBytesFree+=c),this.numUsedTextures--;let i=this.usedTextures[a],l=i&&i.indexOf(e);if(l==null||l<0)throw new Error("Cannot release a texture that was never provided by this texture manager");i[l]=i[i.length-1],i.pop(),this.log()}log(){if(!this.logEnabled)return;let e=this.numFreeTextures+this.numUsedTextures;console.log("Free/Used",`${this.numFreeTextures} / ${this.numUsedTextures}`,`(${e})`);let t=this._numBytesFree/this._numBytesAllocated;console.log(`Bytes allocated: ${this._numBytesAllocated}`),console.log(`Bytes unused: ${this._numBytesFree} (${Math.round(100*t)}%)`)}get numBytesAllocated(){return this._numBytesAllocated}get numBytesFree(){return this._numBytesFree}getNumUsedTextures(){return this.numUsedTextures}getNumFreeTextures(){return this.numFreeTextures}dispose(){if(this.freeTextures!=null){for(let e in this.freeTextures)this.freeTextures[e].forEach(t=>{this.gpgpu.deleteMatrixTexture(t.texture)});for(let e in this.usedTextures)this.usedTextures[e].forEach(t=>{this.gpgpu.deleteMatrixTexture(t.texture)});this.freeTextures=null,this.usedTextures=null,this.numUsedTextures=0,this.numFreeTextures=0,this._numBytesAllocated=0,this._numBytesFree=0}}};function pte(r,e){let t=r;if(e===t.R32F)return 4;if(e===t.R16F)return 2;if(e===t.RGBA32F)return 16;if(e===r.RGBA)return 16;if(e===t.RGBA16F)return 8;if(e===t.RGBA8)return 4;throw new Error(`Unknown internal format ${e}`)}function HP(r,e,t,n,o){let s=mte(e,n),a;if(o){let[u,i]=ha(r[0],r[1]);a=u*i}else{let[u,i]=Zu(r[0],r[1]);a=u*i}let c=pte(t,s);return a*c}function mte(r,e){switch(r){case lr.PACKED_2X2_FLOAT32:return WC(e);case lr.PACKED_2X2_FLOAT16:return UC(e);case lr.UNPACKED_FLOAT32:return BC(e);case lr.UNPACKED_FLOAT16:return LC(e);case lr.PACKED_4X1_UNSIGNED_BYTE:return VC(e);default:throw new Error(`Unknown physical texture type ${r}`)}}function fte(r){return P().getBool("WEBGL_RENDER_FLOAT32_ENABLED")?r?lr.PACKED_2X2_FLOAT32:lr.UNPACKED_FLOAT32:r?lr.PACKED_2X2_FLOAT16:lr.UNPACKED_FLOAT16}function KP(r,e){if(r===vr.UPLOAD)return lr.PACKED_2X2_FLOAT32;if(r===vr.RENDER||r==null)return fte(e);if(r===vr.DOWNLOAD||r===vr.PIXELS)return lr.PACKED_4X1_UNSIGNED_BYTE;throw new Error(`Unknown logical texture type ${r}`)}function qP(r,e,t){return`${r[0]}_${r[1]}_${e}_${t}`}var pr=class{constructor(e,t){this.variableNames=["A"],this.outputShape=e,this.enableShapeUniforms=ct(this.outputShape.length),this.userCode=`
      float unaryOperation(float x) {
        ${t}
      }

      void main() {
        float x = getAAtOutCoords();
        float y = unaryOperation(x);

        setOutput(y);
      }
    `}},Gt="if (isnan(x)) return x;",jP="return x;",zC="return abs(x);";var XP="return (x >= 0.0) ? x : (exp(x) - 1.0);",YP=Gt+`
  return (x < 0.0) ? 0.0 : x;
`,JP=Gt+`
  return (x < 0.0) ? 0.0 : min(6.0, x);
`,xa="return x;",ZP="return 1.0 / (1.0 + exp(-1.0 * x));";var eO="return x;",tO=`
  vec4 result;

  result.r = (x.r >= 0.0) ? x.r : (exp(x.r) - 1.0);
  result.g = (x.g >= 0.0) ? x.g : (exp(x.g) - 1.0);
  result.b = (x.b >= 0.0) ? x.b : (exp(x.b) - 1.0);
  result.a = (x.a >= 0.0) ? x.a : (exp(x.a) - 1.0);

  return result;
`,rO=`
  vec4 result = x * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,nO=`
  vec4 result = min(x, vec4(6.)) * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,oO="return 1.0 / (1.0 + exp(-1.0 * x));",Wr=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=e,this.enableShapeUniforms=ct(this.outputShape.length),this.userCode=`
      vec4 unaryOperation(vec4 x) {
        ${t}
      }

      void main() {
        vec4 x = getAAtOutCoords();
        vec4 y = unaryOperation(x);

        setOutput(y);
      }
    `}};var bg=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!1,this.outputShape=e,this.enableShapeUniforms=ct(this.outputShape.length);let t=e.length,n=$t("rc",t),o=$e(t),s=zP(t,n),a=n.slice(-2),c=t<=1?"rc":`vec2(${a.join(",")})`;this.userCode=`
      void main() {
        ${o} rc = getOutputCoords();
        vec4 packedInput = getA(${s});

        setOutput(getChannel(packedInput, ${c}));
      }
    `}};var hte=ur.whereImpl,gte=1e-7,xte=1e-4,yg={};function bte(r){return r in yg||(yg[r]={}),yg[r]}var yte=P().getNumber("CPU_HANDOFF_SIZE_THRESHOLD"),wte=600;function vte(){return P().global.screen==null?1024:P().global.screen.height*P().global.screen.width*window.devicePixelRatio*wte/1024/1024}var Xm=class r extends yn{nextDataId(){return r.nextDataId++}constructor(e){if(super(),this.pendingRead=new WeakMap,this.pendingDisposal=new WeakSet,this.dataRefCount=new WeakMap,this.numBytesInGPU=0,this.uploadWaitMs=0,this.downloadWaitMs=0,this.lastGlFlushTime=0,this.warnedAboutMemory=!1,this.pendingDeletes=0,this.disposed=!1,!P().getBool("HAS_WEBGL"))throw new Error("WebGL is not supported on this device");let t;if(e!=null){if(e instanceof bp)t=e;else{let n=en(P().getNumber("WEBGL_VERSION"),e);t=new bp(n)}this.binaryCache={},this.gpgpuCreatedLocally=!1}else{let n=en(P().getNumber("WEBGL_VERSION"));t=new bp(n),this.binaryCache=bte(P().getNumber("WEBGL_VERSION")),this.gpgpuCreatedLocally=!0}this.gpgpu=t,this.canvas=this.gpgpu.gl.canvas,this.textureManager=new xg(this.gpgpu),this.numMBBeforeWarning=vte(),this.texData=new fo(this,Mt())}numDataIds(){return this.texData.numDataIds()-this.pendingDeletes}writeTexture(e,t,n,o,s,a){let c=this.makeTensorInfo(t,n),u=this.texData.get(c.dataId);u.isPacked=!1,u.texture={texture:e,texShape:[o,s]},u.texShape=[o,s];let i=Km(t),l=new qm(i,!1,a),p=this.runWebGLProgram(l,[c],n,[[o,s]]);return p.shape=t,u.texture=null,this.disposeIntermediateTensorInfo(c),p.dataId}write(e,t,n){if((P().getBool("WEBGL_CHECK_NUMERICAL_PROBLEMS")||P().getBool("DEBUG"))&&this.checkNumericalProblems(e),n==="complex64"&&e!=null)throw new Error("Cannot write to a complex64 dtype. Please use tf.complex(real, imag).");let o={id:this.nextDataId()};return this.texData.set(o,{shape:t,dtype:n,values:e,usage:vr.UPLOAD,refCount:1}),o}refCount(e){return this.texData.has(e)?this.texData.get(e).refCount:0}incRef(e){let t=this.texData.get(e);t.refCount++}decRef(e){if(this.texData.has(e)){let t=this.texData.get(e);t.refCount--}}move(e,t,n,o,s){if(P().getBool("DEBUG")&&this.checkNumericalProblems(t),o==="complex64")throw new Error("Cannot write to a complex64 dtype. Please use tf.complex(real, imag).");this.texData.set(e,{shape:n,dtype:o,values:t,usage:vr.UPLOAD,refCount:s})}disposeIntermediateTensorInfo(e){this.disposeData(e.dataId)}readSync(e){let t=this.texData.get(e),{values:n,dtype:o,complexTensorInfos:s,slice:a,shape:c,isPacked:u}=t;if(a!=null){let m;u?m=new Wr(c,xa):m=new pr(c,xa);let f=this.runWebGLProgram(m,[{dataId:e,shape:c,dtype:o}],o),d=this.readSync(f.dataId);return this.disposeIntermediateTensorInfo(f),d}if(n!=null)return this.convertAndCacheOnCPU(e);if(o==="string")return n;let i=this.activeTimers!=null,l;i&&(l=b.now());let p;if(o==="complex64"){let m=this.readSync(s.real.dataId),f=this.readSync(s.imag.dataId);p=S.mergeRealAndImagArrays(m,f)}else p=this.getValuesFromTexture(e);return i&&(this.downloadWaitMs+=b.now()-l),this.convertAndCacheOnCPU(e,p)}async read(e){if(this.pendingRead.has(e)){let d=this.pendingRead.get(e);return new Promise(h=>d.push(h))}let t=this.texData.get(e),{values:n,shape:o,slice:s,dtype:a,complexTensorInfos:c,isPacked:u}=t;if(s!=null){let d;u?d=new Wr(o,xa):d=new pr(o,xa);let h=this.runWebGLProgram(d,[{dataId:e,shape:o,dtype:a}],a),g=this.read(h.dataId);return this.disposeIntermediateTensorInfo(h),g}if(n!=null)return this.convertAndCacheOnCPU(e);if(P().getBool("DEBUG")&&!P().getBool("WEBGL_DOWNLOAD_FLOAT_ENABLED")&&P().getNumber("WEBGL_VERSION")===2)throw new Error("tensor.data() with WEBGL_DOWNLOAD_FLOAT_ENABLED=false and WEBGL_VERSION=2 not yet supported.");let i=null,l;if(a!=="complex64"&&P().get("WEBGL_BUFFER_SUPPORTED")){l=this.decode(e);let d=this.texData.get(l.dataId);i=this.gpgpu.createBufferFromTexture(d.texture.texture,...Um(o))}this.pendingRead.set(e,[]),a!=="complex64"&&await this.gpgpu.createAndWaitForFence();let p;if(a==="complex64"){let d=await Promise.all([this.read(c.real.dataId),this.read(c.imag.dataId)]),h=d[0],g=d[1];p=S.mergeRealAndImagArrays(h,g)}else if(i==null)p=this.getValuesFromTexture(e);else{let d=b.sizeFromShape(o);p=this.gpgpu.downloadFloat32MatrixFromBuffer(i,d)}if(l!=null&&this.disposeIntermediateTensorInfo(l),i!=null){let d=this.gpgpu.gl;de(d,()=>d.deleteBuffer(i))}let m=this.convertAndCacheOnCPU(e,p),f=this.pendingRead.get(e);return this.pendingRead.delete(e),f.forEach(d=>d(m)),this.pendingDisposal.has(e)&&(this.pendingDisposal.delete(e),this.disposeData(e)&&Mt().removeDataId(e,this),this.pendingDeletes--),m}readToGPU(e,t={}){let n=this.texData.get(e),{values:o,shape:s,slice:a,dtype:c,isPacked:u,texture:i}=n;if(c==="complex64")throw new Error("Does not support reading texture for complex64 dtype.");if(a!=null){let f;u?f=new Wr(s,xa):f=new pr(s,xa);let d=this.runWebGLProgram(f,[{dataId:e,shape:s,dtype:c}],c),h=this.readToGPU(d,t);return this.disposeIntermediateTensorInfo(d),h}if(i==null)throw o!=null?new Error("Data is not on GPU but on CPU."):new Error("There is no data on GPU or CPU.");let l=this.decode(e,t.customTexShape),p=Mt().makeTensorFromTensorInfo(l),m=this.texData.get(l.dataId);return Object.assign({tensorRef:p},m.texture)}bufferSync(e){let t=this.readSync(e.dataId);if(e.dtype==="string")try{let n=t.map(o=>b.decodeString(o));return xe(e.shape,e.dtype,n)}catch{throw new Error("Failed to decode encoded string bytes into utf-8")}return xe(e.shape,e.dtype,t)}checkNumericalProblems(e){if(e!=null)for(let t=0;t<e.length;t++){let n=e[t];if(!cM(n))throw P().getBool("WEBGL_RENDER_FLOAT32_CAPABLE")?Error(`The value ${n} cannot be represented with your current settings. Consider enabling float32 rendering: 'tf.env().set('WEBGL_RENDER_FLOAT32_ENABLED', true);'`):Error(`The value ${n} cannot be represented on this device.`)}}getValuesFromTexture(e){let{shape:t,dtype:n,isPacked:o}=this.texData.get(e),s=b.sizeFromShape(t);if(P().getBool("WEBGL_DOWNLOAD_FLOAT_ENABLED")){let m=this.decode(e),f=this.texData.get(m.dataId),d=this.gpgpu.downloadMatrixFromPackedTexture(f.texture.texture,...Um(t)).subarray(0,s);return this.disposeIntermediateTensorInfo(m),d}let a=P().getBool("WEBGL_PACK")&&o===!0,c=a?Km(t):t,u=a?new pg(c):new lg(c),i=this.runWebGLProgram(u,[{shape:c,dtype:n,dataId:e}],"float32"),l=this.texData.get(i.dataId),p=this.gpgpu.downloadByteEncodedFloatMatrixFromOutputTexture(l.texture.texture,l.texShape[0],l.texShape[1]).subarray(0,s);return this.disposeIntermediateTensorInfo(i),p}timerAvailable(){return P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0}time(e){let t=this.activeTimers,n=[],o=!1;this.programTimersStack==null?(this.programTimersStack=n,o=!0):this.activeTimers.push(n),this.activeTimers=n,e();let s=b.flatten(this.activeTimers.map(u=>u.query)).filter(u=>u!=null),a=b.flatten(this.activeTimers.map(u=>u.name)).filter(u=>u!=null);this.activeTimers=t,o&&(this.programTimersStack=null);let c={uploadWaitMs:this.uploadWaitMs,downloadWaitMs:this.downloadWaitMs,kernelMs:null,wallMs:null};return(async()=>{if(P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0){let u=await Promise.all(s);c.kernelMs=b.sum(u),c.getExtraProfileInfo=()=>u.map((i,l)=>({name:a[l],ms:i})).map(i=>`${i.name}: ${i.ms}`).join(", ")}else c.kernelMs={error:"WebGL query timers are not supported in this environment."};return this.uploadWaitMs=0,this.downloadWaitMs=0,c})()}memory(){return{unreliable:!1,numBytesInGPU:this.numBytesInGPU,numBytesInGPUAllocated:this.textureManager.numBytesAllocated,numBytesInGPUFree:this.textureManager.numBytesFree}}startTimer(){return P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0?this.gpgpu.beginQuery():{startMs:b.now(),endMs:null}}endTimer(e){return P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0?(this.gpgpu.endQuery(),e):(e.endMs=b.now(),e)}async getQueryTime(e){if(P().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0)return this.gpgpu.waitForQueryAndGetTime(e);let t=e;return t.endMs-t.startMs}disposeData(e,t=!1){if(this.pendingDisposal.has(e))return!1;if(!this.texData.has(e))return!0;if(t?this.texData.get(e).refCount=0:this.texData.get(e).refCount--,!t&&this.texData.get(e).refCount>0)return!1;if(this.pendingRead.has(e))return this.pendingDisposal.add(e),this.pendingDeletes++,!1;this.releaseGPUData(e);let{complexTensorInfos:n}=this.texData.get(e);return n!=null&&(this.disposeData(n.real.dataId,t),this.disposeData(n.imag.dataId,t)),this.texData.delete(e),!0}releaseGPUData(e){let{texture:t,dtype:n,texShape:o,usage:s,isPacked:a,slice:c}=this.texData.get(e),u=c&&c.origDataId||e,i=this.dataRefCount.get(u);i>1?this.dataRefCount.set(u,i-1):(this.dataRefCount.delete(u),t!=null&&(this.numBytesInGPU-=this.computeBytes(o,n),this.textureManager.releaseTexture(t,o,s,a)));let l=this.texData.get(e);l.texture=null,l.texShape=null,l.isPacked=!1,l.slice=null}getTexture(e){return this.uploadToGPU(e),this.texData.get(e).texture.texture}getDataInfo(e){return this.texData.get(e)}shouldExecuteOnCPU(e,t=yte){return P().getBool("WEBGL_CPU_FORWARD")&&e.every(n=>this.texData.get(n.dataId).texture==null&&b.sizeFromShape(n.shape)<t)}getGPGPUContext(){return this.gpgpu}where(e){S.warn("tf.where() in webgl locks the UI thread. Call tf.whereAsync() instead");let t=e.dataSync();return hte(e.shape,t)}packedUnaryOp(e,t,n){let o=new Wr(e.shape,t),s=this.compileAndRun(o,[e],n);return Mt().makeTensorFromTensorInfo(s)}abs(e){if(this.shouldExecuteOnCPU([e])&&e.dtype!=="complex64"){let o=dg(this.texData.get(e.dataId).values);return this.makeOutput(e.shape,e.dtype,o)}if(P().getBool("WEBGL_PACK_UNARY_OPERATIONS"))return this.packedUnaryOp(e,zC,e.dtype);let t=new pr(e.shape,zC),n=this.compileAndRun(t,[e]);return Mt().makeTensorFromTensorInfo(n)}makeTensorInfo(e,t,n){let o;if(t==="string"&&n!=null&&n.length>0&&b.isString(n[0])){let s=n.map(a=>b.encodeString(a));o=this.write(s,e,t)}else o=this.write(n,e,t);return this.texData.get(o).usage=null,{dataId:o,shape:e,dtype:t}}makeOutput(e,t,n){return Mt().makeTensorFromTensorInfo(this.makeTensorInfo(e,t,n),this)}unpackTensor(e){let t=new bg(e.shape);return this.runWebGLProgram(t,[e],e.dtype)}packTensor(e){let t=new gg(e.shape);return this.runWebGLProgram(t,[e],e.dtype,null,!0)}packedReshape(e,t){let n=[Ec(e.shape),...$c(e.shape)],o={dtype:e.dtype,shape:n,dataId:e.dataId},s=[Ec(t),...$c(t)],a=new yp(s,n),c=!0,u=[n],i=this.runWebGLProgram(a,[o],e.dtype,u,c);return{dataId:i.dataId,shape:t,dtype:i.dtype}}decode(e,t){let n=this.texData.get(e),{isPacked:o,shape:s,dtype:a}=n;if(t!=null){let m=b.sizeFromShape(s),f=t[0]*t[1]*4;b.assert(m<=f,()=>"customTexShape is too small. Row * Column * 4 should be equal or larger than the size of the tensor data.")}let c=Km(s),u;o?u=new ug(c):u=new cg(c);let i=!0,l=[t??Um(c)],p=this.runWebGLProgram(u,[{shape:c,dtype:a,dataId:e}],a,l,i,t);return{dtype:a,shape:s,dataId:p.dataId}}runWebGLProgram(e,t,n,o,s=!1,a){let c=this.makeTensorInfo(e.outputShape,n),u=this.texData.get(c.dataId);if(e.packedOutput&&(u.isPacked=!0),e.outPackingScheme===Nc.DENSE){let x=a??Um(e.outputShape);u.texShape=x.map(y=>y*2)}if(e.outTexUsage!=null&&(u.usage=e.outTexUsage),b.sizeFromShape(c.shape)===0)return u.values=b.getTypedArrayFromDType(c.dtype,0),c;let i=[],l=t.map(x=>{if(x.dtype==="complex64")throw new Error("GPGPUProgram does not support complex64 input. For complex64 dtypes, please separate the program into real and imaginary parts.");let y=this.texData.get(x.dataId);if(y.texture==null){if(!e.packedInputs&&b.sizeFromShape(x.shape)<=P().getNumber("WEBGL_SIZE_UPLOAD_UNIFORM"))return{shape:x.shape,texData:null,isUniform:!0,uniformValues:y.values};e.packedInputs&&(y.isPacked=!0,y.shape=x.shape)}if(this.uploadToGPU(x.dataId),!!y.isPacked!=!!e.packedInputs)x=y.isPacked?this.unpackTensor(x):this.packTensor(x),i.push(x),y=this.texData.get(x.dataId);else if(y.isPacked&&!Qu(y.shape,x.shape)){let w=x,C=x.shape;x.shape=y.shape,x=this.packedReshape(x,C),i.push(x),y=this.texData.get(x.dataId),w.shape=C}return{shape:x.shape,texData:y,isUniform:!1}});this.uploadToGPU(c.dataId);let p={shape:c.shape,texData:u,isUniform:!1},m=PM(e,l,p),f=this.getAndSaveBinary(m,()=>FM(this.gpgpu,e,l,p)),d=this.activeTimers!=null,h;d&&(h=this.startTimer()),P().get("ENGINE_COMPILE_ONLY")||MM(this.gpgpu,f,l,p,o),i.forEach(x=>this.disposeIntermediateTensorInfo(x)),d&&(h=this.endTimer(h),this.activeTimers.push({name:e.constructor.name,query:this.getQueryTime(h)}));let g=P().getNumber("WEBGL_FLUSH_THRESHOLD");if(g>0){let x=b.now();x-this.lastGlFlushTime>g&&(this.gpgpu.gl.flush(),this.lastGlFlushTime=x)}if(!P().getBool("WEBGL_LAZILY_UNPACK")&&u.isPacked&&s===!1){let x=this.unpackTensor(c);return this.disposeIntermediateTensorInfo(c),x}return c}compileAndRun(e,t,n,o,s=!1){return n=n||t[0].dtype,this.runWebGLProgram(e,t,n,o,s)}getAndSaveBinary(e,t){return e in this.binaryCache||(this.binaryCache[e]=t()),this.binaryCache[e]}getTextureManager(){return this.textureManager}dispose(){this.disposed||(P().getBool("IS_TEST")||Object.keys(this.binaryCache).forEach(t=>{this.gpgpu.deleteProgram(this.binaryCache[t].webGLProgram),delete this.binaryCache[t]}),this.textureManager.dispose(),this.canvas!=null&&typeof HTMLCanvasElement<"u"&&this.canvas instanceof HTMLCanvasElement?this.canvas.remove():this.canvas=null,this.gpgpuCreatedLocally&&(this.gpgpu.program=null,this.gpgpu.dispose()),this.disposed=!0)}floatPrecision(){return this.floatPrecisionValue==null&&(this.floatPrecisionValue=Qe(()=>{if(!P().get("WEBGL_RENDER_FLOAT32_ENABLED")){let e=P().getBool("DEBUG");P().set("DEBUG",!1);let t=this.abs(Re(1e-8)).dataSync()[0];if(P().set("DEBUG",e),t>0)return 32}return 16})),this.floatPrecisionValue}epsilon(){return this.floatPrecision()===32?gte:xte}uploadToGPU(e){let t=this.texData.get(e),{shape:n,dtype:o,values:s,texture:a,usage:c,isPacked:u}=t;if(a!=null)return;let i=this.activeTimers!=null,l;i&&(l=b.now());let p=t.texShape;if(p==null&&(p=vM(n,u),t.texShape=p),s!=null){let m=Km(n),f,d=p[1],h=p[0],g=s instanceof Uint8Array||s instanceof Uint8ClampedArray;(u||!g)&&([d,h]=ha(p[0],p[1])),u?f=new mg(m,g):f=new qm(m,g);let x=g?[h,d]:p,y=this.makeTensorInfo(x,o),w=this.texData.get(y.dataId);g?w.usage=vr.PIXELS:w.usage=vr.UPLOAD,w.texShape=x,this.gpgpu.uploadDenseMatrixToTexture(this.getTexture(y.dataId),d,h,s);let C=[[h,d]],$=this.runWebGLProgram(f,[y],o,C,!0),A=this.texData.get($.dataId);t.texShape=A.texShape,t.isPacked=A.isPacked,t.usage=A.usage,P().get("ENGINE_COMPILE_ONLY")?this.disposeData($.dataId):(t.texture=A.texture,t.values=null,this.texData.delete($.dataId)),this.disposeIntermediateTensorInfo(y),i&&(this.uploadWaitMs+=b.now()-l)}else{let m=this.acquireTexture(p,c,o,u);t.texture=m}}convertAndCacheOnCPU(e,t){let n=this.texData.get(e),{dtype:o}=n;return t!=null&&(n.values=Ite(t,o)),n.values}acquireTexture(e,t,n,o){if(this.numBytesInGPU+=this.computeBytes(e,n),!this.warnedAboutMemory&&this.numBytesInGPU>this.numMBBeforeWarning*1024*1024){let s=(this.numBytesInGPU/1024/1024).toFixed(2);this.warnedAboutMemory=!0,console.warn(`High memory usage in GPU: ${s} MB, most likely due to a memory leak`)}return this.textureManager.acquireTexture(e,t,o)}computeBytes(e,t){return e[0]*e[1]*b.bytesPerElement(t)}checkCompileCompletion(){for(let[,e]of Object.entries(this.binaryCache))this.checkCompletion_(e)}async checkCompileCompletionAsync(){let e=[];if(this.gpgpu.parallelCompilationExtension){for(let[,t]of Object.entries(this.binaryCache))e.push(this.checkCompletionAsync_(t));return Promise.all(e)}else{for(let[,t]of Object.entries(this.binaryCache)){let n=new Promise(o=>{try{this.checkCompletion_(t),o(!0)}catch(s){throw s}});e.push(n)}return Promise.all(e)}}async checkCompletionAsync_(e){return this.gpgpu.gl.getProgramParameter(e.webGLProgram,this.gpgpu.parallelCompilationExtension.COMPLETION_STATUS_KHR)?this.checkCompletion_(e):(await $h(),this.checkCompletionAsync_(e))}checkCompletion_(e){if(this.gpgpu.gl.getProgramParameter(e.webGLProgram,this.gpgpu.gl.LINK_STATUS)===!1)throw console.log(this.gpgpu.gl.getProgramInfoLog(e.webGLProgram)),this.gpgpu.gl.getShaderParameter(e.fragmentShader,this.gpgpu.gl.COMPILE_STATUS)===!1?(DC(e.source,this.gpgpu.gl.getShaderInfoLog(e.fragmentShader)),new Error("Failed to compile fragment shader.")):new Error("Failed to link vertex and fragment shaders.");return!0}getUniformLocations(){for(let e of Object.values(this.binaryCache)){this.gpgpu.buildVao(e.webGLProgram);let{variablesLocations:t,customUniformLocations:n,infLoc:o,nanLoc:s,outShapeLocation:a,outShapeStridesLocation:c,outTexShapeLocation:u}=OC(this.gpgpu,e.program,e.webGLProgram);e.variablesLocations=t,e.customUniformLocations=n,e.infLoc=o,e.nanLoc=s,e.outShapeLocation=a,e.outShapeStridesLocation=c,e.outTexShapeLocation=u}}createTensorFromGPUData(e,t,n){e.channels=e.channels||"RGBA";let{texture:o,height:s,width:a,channels:c}=e,u=Mt().backend;if(!u.gpgpu.gl.isTexture(o))throw new Error("The texture is invalid. Also, please make sure the texture and the TFJS WebGL backend are using the same canvas. If you want to use your own custom canvas, you have to create and use the custom TFJS WebGL backend created from the canvas through 'new tf.MathBackendWebGL(customCanvas)'.");let i=u.writeTexture(o,t,n,s,a,c);return Mt().makeTensorFromDataId(i,t,n,u)}};Xm.nextDataId=0;function Ite(r,e){if(e==="float32"||e==="complex64")return r;if(e==="int32"||e==="bool"){let t=e==="int32"?new Int32Array(r.length):new Uint8Array(r.length);for(let n=0;n<t.length;++n)t[n]=Math.round(r[n]);return t}else throw new Error(`Unknown dtype ${e}`)}yi.isBrowser()&&hu("webgl",()=>new Xm,2);v();v();v();v();v();var wp=`
  if (isnan(a)) return a;
  if (isnan(b)) return b;
`;var Ur=class{constructor(e,t,n){this.variableNames=["A","B"],this.outputShape=S.assertAndGetBroadcastShape(t,n),this.enableShapeUniforms=ct(this.outputShape.length),this.userCode=`
      float binaryOperation(float a, float b) {
        ${e}
      }

      void main() {
        float a = getAAtOutCoords();
        float b = getBAtOutCoords();
        setOutput(binaryOperation(a, b));
      }
    `}};v();var rn=`
  result.r = isNaN.r ? NAN : result.r;
  result.g = isNaN.g ? NAN : result.g;
  result.b = isNaN.b ? NAN : result.b;
  result.a = isNaN.a ? NAN : result.a;
`;var tn=class{constructor(e,t,n,o=!1){this.variableNames=["A","B"],this.supportsBroadcasting=!0,this.packedInputs=!0,this.packedOutput=!0,this.outputShape=S.assertAndGetBroadcastShape(t,n);let s=this.outputShape.length;this.enableShapeUniforms=ct(s);let a="";if(o)if(s===0||b.sizeFromShape(this.outputShape)===1)a=`
          result.y = 0.;
          result.z = 0.;
          result.w = 0.;
        `;else if(a=`
          ${$e(s)} coords = getOutputCoords();
        `,s===1)this.enableShapeUniforms?a+=`
            result.y = (coords + 1) >= outShape ? 0. : result.y;
            result.z = 0.;
            result.w = 0.;
          `:a+=`
            result.y = (coords + 1) >= ${this.outputShape[0]} ? 0. : result.y;
            result.z = 0.;
            result.w = 0.;
          `;else{let u=$t("coords",s);this.enableShapeUniforms?a+=`
            bool nextRowOutOfBounds =
              (${u[s-2]} + 1) >= outShape[${s} - 2];
            bool nextColOutOfBounds =
              (${u[s-1]} + 1) >= outShape[${s} - 1];
            result.y = nextColOutOfBounds ? 0. : result.y;
            result.z = nextRowOutOfBounds ? 0. : result.z;
            result.w = nextColOutOfBounds || nextRowOutOfBounds ? 0. : result.w;
          `:a+=`
            bool nextRowOutOfBounds =
              (${u[s-2]} + 1) >= ${this.outputShape[s-2]};
            bool nextColOutOfBounds =
              (${u[s-1]} + 1) >= ${this.outputShape[s-1]};
            result.y = nextColOutOfBounds ? 0. : result.y;
            result.z = nextRowOutOfBounds ? 0. : result.z;
            result.w = nextColOutOfBounds || nextRowOutOfBounds ? 0. : result.w;
          `}this.userCode=`
      vec4 binaryOperation(vec4 a, vec4 b) {
        ${e}
      }

      void main() {
        vec4 a = getAAtOutCoords();
        vec4 b = getBAtOutCoords();

        vec4 result = binaryOperation(a, b);
        ${a}

        setOutput(result);
      }
    `}};v();v();function At(r){let{inputs:e,backend:t}=r,{x:n}=e;return t.incRef(n.dataId),{dataId:n.dataId,shape:n.shape,dtype:n.dtype}}var sO={kernelName:Gn,backendName:"webgl",kernelFunc:At};function Gr(r){let{inputs:e,backend:t}=r,{real:n,imag:o}=e,s=t.makeTensorInfo(n.shape,"complex64"),a=t.texData.get(s.dataId),c=At({inputs:{x:n},backend:t}),u=At({inputs:{x:o},backend:t});return a.complexTensorInfos={real:c,imag:u},s}var aO={kernelName:Kc,backendName:"webgl",kernelFunc:Gr};v();var HC="return (a < 0.) ? b * a : a;",KC=`
  vec4 aLessThanZero = vec4(lessThan(a, vec4(0.)));
  return (aLessThanZero * (b * a)) + ((vec4(1.0) - aLessThanZero) * a);
`;function Cte(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{alpha:s}=n,a=t.makeTensorInfo([],"float32",b.createScalarValue(s,"float32")),c=P().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new tn(KC,o.shape,a.shape):new Ur(HC,o.shape,a.shape),u=t.runWebGLProgram(c,[o,a],"float32");return t.disposeIntermediateTensorInfo(a),u}var iO={kernelName:es,backendName:"webgl",kernelFunc:Cte};v();var qC="return (a < 0.) ? b * a : a;",jC=`
  vec4 aLessThanZero = vec4(lessThan(a, vec4(0.)));
  return (aLessThanZero * (b * a)) + ((vec4(1.0) - aLessThanZero) * a);
`;function Ste(r){let{inputs:e,backend:t}=r,{x:n,alpha:o}=e,s=P().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new tn(jC,n.shape,o.shape):new Ur(qC,n.shape,o.shape);return t.runWebGLProgram(s,[n,o],"float32")}var cO={kernelName:vs,backendName:"webgl",kernelFunc:Ste};var Mn="if (isnan(x)) return x;";function be({opSnippet:r,packedOpSnippet:e,cpuKernelImpl:t,dtype:n}){return({inputs:o,backend:s})=>{let{x:a}=o,c=s,u=n||a.dtype;if(c.shouldExecuteOnCPU([a])&&t!=null){let p=c.texData.get(a.dataId),m=t(p.values,u);return c.makeTensorInfo(a.shape,u,m)}let i=P().getBool("WEBGL_PACK_UNARY_OPERATIONS")&&e!=null,l;return i?l=new Wr(a.shape,e):l=new pr(a.shape,r),c.runWebGLProgram(l,[a],u)}}function nt({opSnippet:r,packedOpSnippet:e,checkOutOfBounds:t=!1,supportsComplex:n=!1,cpuKernelImpl:o,dtype:s}){return({inputs:a,backend:c})=>{let{a:u,b:i}=a,l=c;if(n&&u.dtype==="complex64"){let d=l.texData.get(u.dataId),h=l.texData.get(i.dataId),[g,x]=[[d.complexTensorInfos.real,h.complexTensorInfos.real],[d.complexTensorInfos.imag,h.complexTensorInfos.imag]].map(w=>{let[C,T]=w,$={dataId:C.dataId,dtype:C.dtype,shape:u.shape},A={dataId:T.dataId,dtype:T.dtype,shape:i.shape},R=new Ur(r,u.shape,i.shape);return l.runWebGLProgram(R,[$,A],Ft(C.dtype,T.dtype))}),y=Gr({inputs:{real:g,imag:x},backend:l});return l.disposeIntermediateTensorInfo(g),l.disposeIntermediateTensorInfo(x),y}let p=s||Ft(u.dtype,i.dtype);if((u.dtype==="string"||i.dtype==="string"||l.shouldExecuteOnCPU([u,i]))&&o!=null){let d=l.texData.get(u.dataId).values,h=l.texData.get(i.dataId).values,g=u.dtype==="string"?S.fromUint8ToStringArray(d):d,x=u.dtype==="string"?S.fromUint8ToStringArray(h):h,[y,w]=o(u.shape,i.shape,g,x,p),C=l.makeTensorInfo(w,p),T=l.texData.get(C.dataId);return T.values=y,C}let m=P().getBool("WEBGL_PACK_BINARY_OPERATIONS")&&e!=null,f;return m?f=new tn(e,u.shape,i.shape,t):f=new Ur(r,u.shape,i.shape),l.runWebGLProgram(f,[u,i],p)}}function Wi(r,e=!1){if(r==="linear")return e?eO:jP;if(r==="relu")return e?rO:YP;if(r==="elu")return e?tO:XP;if(r==="relu6")return e?nO:JP;if(r==="prelu")return e?jC:qC;if(r==="leakyrelu")return e?KC:HC;if(r==="sigmoid")return e?oO:ZP;throw new Error(`Activation ${r} has not been implemented for the WebGL backend.`)}var vp=class{constructor(e,t,n,o=!1,s=!1,a=!1,c=null,u=!1,i=!1){this.variableNames=["matrixA","matrixB"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=n,this.enableShapeUniforms=ct(this.outputShape.length);let l=o?e[1]:e[2],p=Math.ceil(l/2),m=o?"i * 2, rc.y":"rc.y, i * 2",f=s?"rc.z, i * 2":"i * 2, rc.z",d=o?["a.xxyy","a.zzww"]:["a.xxzz","a.yyww"],h=s?["b.xzxz","b.ywyw"]:["b.xyxy","b.zwzw"],g="",x="";c&&(u?g=`vec4 activation(vec4 a) {
          vec4 b = getPreluActivationWeightsAtOutCoords();
          ${c}
        }`:i?g=`vec4 activation(vec4 a) {
          vec4 b = getLeakyreluAlphaAtOutCoords();
          ${c}
        }`:g=`vec4 activation(vec4 x) {
          ${c}
        }`,x="result = activation(result);");let y=a?"result += getBiasAtOutCoords();":"";a&&this.variableNames.push("bias"),u&&this.variableNames.push("preluActivationWeights"),i&&this.variableNames.push("leakyreluAlpha");let w="rc.x",C="rc.x";e[0]<t[0]?w=`imod(rc.x, ${e[0]})`:t[0]<e[0]&&(C=`imod(rc.x, ${t[0]})`),this.userCode=`
      ${g}
      // Don't use uniform for sharedDimensionPacked for performance.
      const float sharedDimension = ${p}.0;

      vec4 dot2x2ARowBCol(ivec3 rc) {
        vec4 result = vec4(0);
        int batchA = ${w};
        int batchB = ${C};
        for (int i = 0; i < ${p}; i++) {
          vec4 a = getMatrixA(batchA, ${m});
          vec4 b = getMatrixB(batchB, ${f});

          // These swizzled products need to be separately added.
          // See: https://github.com/tensorflow/tfjs/issues/1735
          result += (${d[0]} * ${h[0]});
          result += (${d[1]} * ${h[1]});
        }
        return result;
      }

      void main() {
        ivec3 rc = getOutputCoords();
        vec4 result = dot2x2ARowBCol(rc);

        ${y}

        ${x}

        setOutput(result);
      }
    `}};v();v();var XC={REAL:"return areal * breal - aimag * bimag;",IMAG:"return areal * bimag + aimag * breal;"},Ym=class{constructor(e,t,n){this.variableNames=["AReal","AImag","BReal","BImag"],this.outputShape=S.assertAndGetBroadcastShape(t,n),this.userCode=`
      float binaryOpComplex(
          float areal, float aimag, float breal, float bimag) {
        ${e}
      }

      void main() {
        float areal = getARealAtOutCoords();
        float aimag = getAImagAtOutCoords();
        float breal = getBRealAtOutCoords();
        float bimag = getBImagAtOutCoords();
        setOutput(binaryOpComplex(areal, aimag, breal, bimag));
      }
    `}};var uO="return a * b;";function Jm(r){let{inputs:e,backend:t}=r,{a:n,b:o}=e,s=S.upcastType(n.dtype,o.dtype);if(n.dtype==="complex64"){let c=t.texData.get(n.dataId),u=t.texData.get(o.dataId),i=new Ym(XC.REAL,n.shape,o.shape),l=new Ym(XC.IMAG,n.shape,o.shape),p=[{dataId:c.complexTensorInfos.real.dataId,dtype:c.complexTensorInfos.real.dtype,shape:n.shape},{dataId:c.complexTensorInfos.imag.dataId,dtype:c.complexTensorInfos.imag.dtype,shape:n.shape},{dataId:u.complexTensorInfos.real.dataId,dtype:u.complexTensorInfos.real.dtype,shape:o.shape},{dataId:u.complexTensorInfos.imag.dataId,dtype:u.complexTensorInfos.imag.dtype,shape:o.shape}],m=t.runWebGLProgram(i,p,"float32"),f=t.runWebGLProgram(l,p,"float32"),d=Gr({inputs:{real:m,imag:f},backend:t});return t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(f),d}if(t.shouldExecuteOnCPU([n,o])){let c=t.texData.get(n.dataId),u=t.texData.get(o.dataId),[i,l]=wP(n.shape,o.shape,c.values,u.values,s),p=t.makeTensorInfo(l,s),m=t.texData.get(p.dataId);return m.values=i,p}let a;return P().getBool("WEBGL_PACK_BINARY_OPERATIONS")?a=new tn(uO,n.shape,o.shape):a=new Ur(uO,n.shape,o.shape),t.runWebGLProgram(a,[n,o],s)}var lO={kernelName:ds,backendName:"webgl",kernelFunc:Jm};v();function pO(r,e,t){let n=[Ec(r.shape),...$c(r.shape)],o={dtype:r.dtype,shape:n,dataId:r.dataId},s=[Ec(e),...$c(e)],a=new yp(s,n),c=!0,u=[n],i=t.runWebGLProgram(a,[o],r.dtype,u,c);return{dataId:i.dataId,shape:e,dtype:i.dtype}}function ne(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{shape:s}=n,a=t,c=b.sizeFromShape(o.shape),u=b.inferFromImplicitShape(s,c),i=b.sizeFromShape(u);b.assert(c===i,()=>`The new shape (${u}) has ${i} elements and the old shape (${o.shape}) has ${c} elements. The new shape and old shape must have the same number of elements.`);let l=a.texData.get(o.dataId);return l.isPacked&&!Qu(o.shape,u)&&!(l.texture!==null&&Qu(l.shape,u))?pO(o,u,a):(a.incRef(o.dataId),{dataId:o.dataId,shape:u,dtype:o.dtype})}var mO={kernelName:ti,backendName:"webgl",kernelFunc:ne};v();v();v();v();var Zm=class{constructor(e,t){this.variableNames=["x"];let{windowSize:n,batchSize:o,inSize:s,outSize:a}=e;this.outputShape=[o,a];let c=Math.floor(n/4)*4,u=n%4,i="sumValue += dot(values, ones);";if(t!=null){let p=1/t;i=`sumValue += dot(values * ${b.isInt(p)?p.toPrecision(2):p}, ones);`}let l="";s%n>0&&(l=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return 0.0;
        }
      `),this.userCode=`
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float getValue(int batch, int inIdx) {
        ${l}
        return getX(batch, inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${n};

        float sumValue = 0.0;

        for (int i = 0; i < ${c}; i += 4) {
          int inIdx = inOffset + i;
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          ${i}
        }

        int inIdx = inOffset + ${c};
        if (${u===1}) {
          vec4 values = vec4(getValue(batch, inIdx), 0.0, 0.0, 0.0);

          ${i}
        } else if (${u===2}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1), 0.0, 0.0);

          ${i}
        } else if (${u===3}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2), 0.0);

          ${i}
        }
        setOutput(sumValue);
      }
    `}};var wg=class{constructor(e,t){this.variableNames=["x"];let{windowSize:n,batchSize:o,inSize:s,outSize:a}=e;this.outputShape=[o,a];let c="0.0",u="";t==="prod"?c="1.0":t==="min"?(c="1.0 / 1e-20",u="min"):t==="max"&&(c="-1.0 / 1e-20",u="max");let i=`${t}(${t}(${t}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;t==="sum"?i="sumValue":t==="prod"?i="prodValue":t==="all"?i="allValue":t==="any"&&(i="anyValue");let l=Math.floor(n/4)*4,p=n%4,m=`
      if (${t==="sum"}) {
        sumValue += dot(values, ones);
      } else if (${t==="prod"}) {
        vec2 tmp = vec2(values[0], values[1]) * vec2(values[2], values[3]);
        prodValue *= tmp[0] * tmp[1];
      } else {
        minMaxValue = ${u}(values, minMaxValue);
        if (${t==="min"} || ${t==="max"}) {
          minMaxValue = ${u}(values, minMaxValue);
          bvec4 isNaN = isnan(values);
          if (isNaN.r || isNaN.g || isNaN.b || isNaN.a) {
            minMaxValue = vec4(NAN);
          }
        }
      }
    `,f="vec4";t==="all"?(c="1.0",m=`
        bool reducedAllValue = all(values);
        float floatedReducedAllValue = float(reducedAllValue);
        allValue = float(allValue >= 1.0 && floatedReducedAllValue >= 1.0);
      `,f="bvec4"):t==="any"&&(c="0.0",m=`
        bool reducedAnyValue = any(values);
        float floatedReducedAnyValue = float(reducedAnyValue);
        anyValue = float(anyValue >= 1.0 || floatedReducedAnyValue >= 1.0);
      `,f="bvec4");let d="";s%n>0&&(d=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return initializationValue;
        }
      `),this.userCode=`
      const float initializationValue = ${c};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float getValue(int batch, int inIdx) {
        ${d}
        return getX(batch, inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${n};

        vec4 minMaxValue = vec4(${c});
        float prodValue = 1.0;
        float sumValue = 0.0;
        float allValue = 1.0;
        float anyValue = 0.0;

        for (int i = 0; i < ${l}; i += 4) {
          int inIdx = inOffset + i;
          ${f} values = ${f}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          ${m}
        }

        int inIdx = inOffset + ${l};
        if (${p===1}) {
          ${f} values = ${f}(
            getValue(batch, inIdx),
            initializationValue,
            initializationValue,
            initializationValue
          );

          ${m}
        } else if (${p===2}) {
          ${f} values = ${f}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            initializationValue,
            initializationValue
          );

          ${m}
        } else if (${p===3}) {
          ${f} values = ${f}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            initializationValue
          );

          ${m}
        }
        setOutput(${i});
      }
    `}};function _te(r){let e=[];for(;e.length===0||e[e.length-1].outSize!==1;){let t=e.length?e[e.length-1].outSize:r[1],n=S.computeOptimalWindowSize(t);e.push({inSize:t,windowSize:n,outSize:Math.ceil(t/n)})}return e}function nn(r,e,t,n){let o=_te(r.shape),s=r;for(let a=0;a<o.length;a++){let{inSize:c,windowSize:u,outSize:i}=o[a],l,p;t==="mean"?l=a===0?new Zm({windowSize:u,inSize:c,batchSize:r.shape[0],outSize:i},c):new Zm({windowSize:u,inSize:c,batchSize:r.shape[0],outSize:i}):l=new wg({windowSize:u,inSize:c,batchSize:r.shape[0],outSize:i},t),p=s,s=n.runWebGLProgram(l,[s],e),p.dataId!==r.dataId&&n.disposeIntermediateTensorInfo(p)}return s}v();var vg=class{constructor(e,t){this.variableNames=["A"];let n=new Array(e.length);for(let a=0;a<n.length;a++)n[a]=e[t[a]];this.outputShape=n,this.rank=n.length;let o=$e(this.rank),s=Tte(t);this.userCode=`
    void main() {
      ${o} resRC = getOutputCoords();
      setOutput(getA(${s}));
    }
    `}};function Tte(r){let e=r.length;if(e>6)throw Error(`Transpose for rank ${e} is not yet supported`);let t=["resRC.x","resRC.y","resRC.z","resRC.w","resRC.u","resRC.v"],n=new Array(e);for(let o=0;o<r.length;o++)n[r[o]]=t[o];return n.join()}var Ig=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0;let n=new Array(e.length);for(let l=0;l<n.length;l++)n[l]=e[t[l]];if(this.outputShape=n,this.rank=n.length,this.rank>6)throw Error(`Packed transpose for rank ${this.rank} is not yet supported.`);let o=$e(this.rank),s=GC("rc",this.rank),a=new Array(this.rank);for(let l=0;l<t.length;l++)a[t[l]]=s[l];let c=`vec2(${a.slice(-2).join()})`,u=`++${s[this.rank-1]} < ${n[this.rank-1]}`,i=`getChannel(getA(${a.join()}), ${c})`;this.userCode=`
    void main() {
      ${o} rc = getOutputCoords();
      vec4 result = vec4(0.);
      result[0] = ${i};
      if(${u}) {
        result[1] = ${i};
      }
      --${s[this.rank-1]};
      if(++${s[this.rank-2]} < ${n[this.rank-2]}) {
        result[2] = ${i};
        if(${u}) {
          result[3] = ${i};
        }
      }
      setOutput(result);
    }
    `}};function Ac(r,e,t){let n=P().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new Ig(r.shape,e):new vg(r.shape,e);return t.runWebGLProgram(n,[r],r.dtype)}function fO(r,e,t,n){let o=e,s=r.shape.length,a=b.parseAxisParam(o,r.shape),c=a,u=S.getAxesPermutation(c,s),i=u!=null,l=r;i&&(l=Ac(r,u,n),c=S.getInnerMostAxes(c.length,s)),S.assertAxesAreInnerMostDims("sum",c,s);let[p,m]=S.computeOutAndReduceShapes(l.shape,c),f=p;t&&(f=S.expandShapeToKeepDim(p,a));let d=b.sizeFromShape(m),g=b.sizeFromShape(r.shape)/d,x=ne({inputs:{x:l},attrs:{shape:[g,d]},backend:n}),y=ac(r.dtype),w=nn(x,y,"sum",n),C=ne({inputs:{x:w},attrs:{shape:f},backend:n});return n.disposeIntermediateTensorInfo(x),n.disposeIntermediateTensorInfo(w),i&&n.disposeIntermediateTensorInfo(l),C}function nl(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,keepDims:a}=n;return fO(o,s,a,t)}var dO={kernelName:"Sum",backendName:"webgl",kernelFunc:nl};v();function xt(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{perm:s}=n,a=t,c=o.shape.length,u=new Array(c);for(let l=0;l<u.length;l++)u[l]=o.shape[s[l]];let i;if(a.shouldExecuteOnCPU([o])){let p=a.texData.get(o.dataId).values,m=rl(p,o.shape,o.dtype,s,u);i=a.makeTensorInfo(u,o.dtype);let f=a.texData.get(i.dataId);f.values=m}else i=Ac(o,s,a);return i}var hO={kernelName:vn,backendName:"webgl",kernelFunc:xt};var YC=1e3;function ol({a:r,b:e,transposeA:t,transposeB:n,backend:o,bias:s=null,preluActivationWeights:a=null,leakyreluAlpha:c=0,activation:u=null}){let i=r.shape.length,l=e.shape.length,p=t?r.shape[i-2]:r.shape[i-1],m=n?e.shape[l-1]:e.shape[l-2],f=t?r.shape[i-1]:r.shape[i-2],d=n?e.shape[l-2]:e.shape[l-1],h=r.shape.slice(0,-2),g=e.shape.slice(0,-2),x=b.sizeFromShape(h),y=b.sizeFromShape(g),C=Br.assertAndGetBroadcastShape(r.shape.slice(0,-2),e.shape.slice(0,-2)).concat([f,d]);b.assert(p===m,()=>`Error in matMul: inner shapes (${p}) and (${m}) of Tensors with shapes ${r.shape} and ${e.shape} and transposeA=${t} and transposeB=${n} must match.`);let T=t?[x,p,f]:[x,f,p],$=n?[y,d,m]:[y,m,d],A=ne({inputs:{x:r},backend:o,attrs:{shape:T}}),R=ne({inputs:{x:e},backend:o,attrs:{shape:$}}),D=[A,R],F=Math.max(x,y),B=t?A.shape[1]:A.shape[2],V=s!=null,U=a!=null,z=u==="leakyrelu",W=u!=null?Wi(u,!0):null,q=V||U||z||W!=null,j;if((f===1||d===1)&&B>YC&&q===!1){let Q=A,re=R;t&&(Q=xt({inputs:{x:A},backend:o,attrs:{perm:[0,2,1]}}),D.push(Q)),n&&(re=xt({inputs:{x:R},backend:o,attrs:{perm:[0,2,1]}}),D.push(re));let ae=d!==1,ie=d===1,oe=Q;ae&&(oe=ne({inputs:{x:Q},backend:o,attrs:{shape:[F,B,1]}}),D.push(oe));let se=d===1?2:1,ue=re;ie&&(ue=ne({inputs:{x:re},backend:o,attrs:{shape:[F,1,B]}}),D.push(ue));let pe=Jm({inputs:{a:oe,b:ue},backend:o});j=nl({inputs:{x:pe},backend:o,attrs:{axis:se,keepDims:!0}}),D.push(pe)}else{let Q=Ft(r.dtype,e.dtype),re=new vp(T,$,[F,f,d],t,n,V,W,U,z),ae=[A,R];if(s!=null&&ae.push(s),U&&ae.push(a),z){let ie=o.makeTensorInfo([],"float32",b.createScalarValue(c,"float32"));ae.push(ie),D.push(ie)}j=o.runWebGLProgram(re,ae,Q)}let Y=ne({inputs:{x:j},backend:o,attrs:{shape:C}});D.push(j);for(let Q of D)o.disposeIntermediateTensorInfo(Q);return Y}function Nte(r){let{inputs:e,backend:t,attrs:n}=r,{a:o,b:s,bias:a,preluActivationWeights:c}=e,{transposeA:u,transposeB:i,activation:l,leakyreluAlpha:p}=n;return ol({a:o,b:s,transposeA:u,transposeB:i,backend:t,bias:a,preluActivationWeights:c,leakyreluAlpha:p,activation:l})}var gO={kernelName:Hn,backendName:"webgl",kernelFunc:Nte};v();var xO="return abs(x);";function Ete(r){let{inputs:e,backend:t}=r,{x:n}=e;if(t.shouldExecuteOnCPU([n])&&n.dtype!=="complex64"){let s=t.texData.get(n.dataId),a=dg(s.values);return t.makeTensorInfo(n.shape,n.dtype,a)}let o;return P().getBool("WEBGL_PACK_UNARY_OPERATIONS")?o=new Wr(n.shape,xO):o=new pr(n.shape,xO),t.runWebGLProgram(o,[n],n.dtype)}var bO={kernelName:"Abs",backendName:"webgl",kernelFunc:Ete};v();var $te=Gt+`
  if (abs(x) > 1.) {
    return NAN;
  }
  return acos(x);
`,Ate=be({opSnippet:$te}),yO={kernelName:xo,backendName:"webgl",kernelFunc:Ate};v();var Rte=Gt+`
  if (x < 1.0) return NAN;
return log(x + sqrt(x * x - 1.0));`,Dte=be({opSnippet:Rte}),wO={kernelName:bo,backendName:"webgl",kernelFunc:Dte};v();var vO="return a + b;",Fte=nt({opSnippet:vO,packedOpSnippet:vO,supportsComplex:!0,cpuKernelImpl:QM}),IO={kernelName:"Add",backendName:"webgl",kernelFunc:Fte};v();var Cg=class{constructor(e,t){this.outputShape=[],this.outputShape=e,this.variableNames=t.map((s,a)=>`T${a}`);let n=[];this.variableNames.forEach(s=>{n.push(`float v${s} = get${s}AtOutCoords();`)});let o=this.variableNames.map(s=>`v${s}`).join(" + ");this.userCode=`
      void main() {
        ${n.join(`
        `)}

        float result = ${o};
        setOutput(result);
      }
    `}};var Sg=class{constructor(e,t){this.outputShape=[],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=e,this.variableNames=t.map((s,a)=>`T${a}`);let n=[];this.variableNames.forEach(s=>{n.push(`vec4 v${s} = get${s}AtOutCoords();`)});let o=this.variableNames.map(s=>`v${s}`).join(" + ");this.userCode=`
      void main() {
        ${n.join(`
        `)}

        vec4 result = ${o};
        setOutput(result);
      }
    `}};function kg(r){let{inputs:e,backend:t}=r,n=e;if(n.length===1)return At({inputs:{x:n[0]},backend:t});if(n.length>P().getNumber("WEBGL_MAX_TEXTURES_IN_SHADER")){let u=Math.floor(n.length/2),i=kg({inputs:n.slice(0,u),backend:t}),l=kg({inputs:n.slice(u),backend:t});return kg({inputs:[i,l],backend:t})}let o=n.map(u=>u.dtype).reduce((u,i)=>Ft(u,i)),s=n.map(u=>u.shape),c=P().getBool("WEBGL_PACK")?new Sg(n[0].shape,s):new Cg(n[0].shape,s);return t.runWebGLProgram(c,n,o)}var CO={kernelName:yo,backendName:"webgl",kernelFunc:kg};v();function Mte(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,keepDims:a}=n,c=o.shape.length,u=b.parseAxisParam(s,o.shape),i=u,l=S.getAxesPermutation(i,c),p=o;l!=null&&(p=xt({inputs:{x:o},backend:t,attrs:{perm:l}}),i=S.getInnerMostAxes(i.length,c)),S.assertAxesAreInnerMostDims("all",i,c);let[m,f]=S.computeOutAndReduceShapes(p.shape,i),d=b.sizeFromShape(f),h=ne({inputs:{x:p},backend:t,attrs:{shape:[-1,d]}}),g=nn(h,h.dtype,"all",t),x;if(a){let y=S.expandShapeToKeepDim(m,u);x=ne({inputs:{x:g},backend:t,attrs:{shape:y}})}else x=ne({inputs:{x:g},backend:t,attrs:{shape:m}});return t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(g),l!=null&&t.disposeIntermediateTensorInfo(p),x}var SO={kernelName:"All",backendName:"webgl",kernelFunc:Mte};v();function Pte(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,keepDims:a}=n,c=o.shape.length,u=b.parseAxisParam(s,o.shape),i=u,l=S.getAxesPermutation(i,c),p=o;l!=null&&(p=xt({inputs:{x:o},backend:t,attrs:{perm:l}}),i=S.getInnerMostAxes(i.length,c)),S.assertAxesAreInnerMostDims("any",i,c);let[m,f]=S.computeOutAndReduceShapes(p.shape,i),d=b.sizeFromShape(f),h=ne({inputs:{x:p},backend:t,attrs:{shape:[-1,d]}}),g=nn(h,h.dtype,"any",t),x;if(a){let y=S.expandShapeToKeepDim(m,u);x=ne({inputs:{x:g},backend:t,attrs:{shape:y}})}else x=ne({inputs:{x:g},backend:t,attrs:{shape:m}});return t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(g),l!=null&&t.disposeIntermediateTensorInfo(p),x}var kO={kernelName:"Any",backendName:"webgl",kernelFunc:Pte};v();v();var _g=class{constructor(e,t,n){this.variableNames=["A"];let{windowSize:o,batchSize:s,outSize:a}=e;n||this.variableNames.push("bestIndicesA"),this.outputShape=[s,a];let c=t==="max"?">":"<",u=n?"inOffset + i;":"round(getBestIndicesA(batch, inOffset + i));";this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${o};

        int bestIndex = inOffset;
        float bestValue = getA(batch, bestIndex);

        for (int i = 0; i < ${o}; i++) {
          int inIdx = ${u};
          float candidate = getA(batch, inIdx);
          if (candidate ${c} bestValue) {
            bestValue = candidate;
            bestIndex = inIdx;
          }
        }
        setOutput(float(bestIndex));
      }
    `}};v();var Tg=class{constructor(e,t,n,o){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,b.assert(e.length>2,()=>`Packed arg${n.charAt(0).toUpperCase()+n.slice(1)} supports only inputs with rank above 2.`);let s=e[e.length-1],a=Math.ceil(s/t);this.outputShape=e.slice(0,-1),a>1&&this.outputShape.push(a),o||this.variableNames.push("bestIndicesA");let c=this.outputShape,u=c.length,i=$e(u),l=$t("coords",u),p,m;if(a===1){m=u+1;let R=$e(m);p=`
        ${R} sourceLocR = ${R}(${l.join()}, 0);
        ++${l[u-1]};
        ${R} sourceLocG = ${R}(${l.join()}, 0);
        ++${l[u-2]};
        ${R} sourceLocA = ${R}(${l.join()}, 0);
        --${l[u-1]};
        ${R} sourceLocB = ${R}(${l.join()}, 0);
        --${l[u-2]};`}else m=u,p=`
        ${i} sourceLocR = coords;
        ++${l[u-1]};
        ${i} sourceLocG = coords;
        ++${l[u-2]};
        ${i} sourceLocA = coords;
        --${l[u-1]};
        ${i} sourceLocB = coords;
        --${l[u-2]};`;let f=["x","y","z","w","u","v"].slice(0,m),d="."+f[m-1],h=f.map(R=>"int "+R),g=$t("sourceLocR",m-1).concat("inIdx.r"),x=$t("sourceLocG",m-1).concat("inIdx.g"),y=$t("sourceLocB",m-1).concat("inIdx.b"),w=$t("sourceLocA",m-1).concat("inIdx.a"),C=n==="max"?"greaterThan":"lessThan",T=o?"":`
          inIdx = round(vec4(getBestIndicesAChannel(${g.join()}),
                             getBestIndicesAChannel(${x.join()}),
                             getBestIndicesAChannel(${y.join()}),
                             getBestIndicesAChannel(${w.join()})));`,$=`vec4(
            getAChannel(${g.join()}),
            hasNextCol ? getAChannel(${x.join()}) : 0.,
            hasNextRow ? getAChannel(${y.join()}) : 0.,
            hasNextRow && hasNextCol ? getAChannel(${w.join()}) : 0.)`,A=o?"":`
      float getBestIndicesAChannel(${h.join()}) {
        return getChannel(getBestIndicesA(${f.join()}),
                                          vec2(${f.slice(-2).join()}));
      }`;this.userCode=`
      float getAChannel(${h.join()}) {
        return getChannel(getA(${f.join()}),
                               vec2(${f.slice(-2).join()}));
      }
      ${A}
      void main() {
        ${i} coords = getOutputCoords();
        bool hasNextCol = ${l[u-1]} < ${c[u-1]-1};
        bool hasNextRow = ${l[u-2]} < ${c[u-2]-1};
        ${p}
        ivec4 srcIdx = ivec4(sourceLocR${d}, sourceLocG${d},
          sourceLocB${d}, sourceLocA${d}) * ${t};
        ivec4 inIdx = srcIdx;
        vec4 bestIndex = vec4(inIdx);
        vec4 bestValue = ${$};

        for (int i = 0; i < ${t}; i++) {
          inIdx = srcIdx;
          ${T}
          vec4 candidate = ${$};
          bvec4 nan = isnan(candidate);
          bvec4 replace = bvec4(
            vec4(${C}(candidate, bestValue)) * (vec4(1.0) - vec4(nan)));

          bestValue = vec4(replace.x  ? candidate.x : bestValue.x,
                           replace.y  ? candidate.y : bestValue.y,
                           replace.z  ? candidate.z : bestValue.z,
                           replace.w  ? candidate.w : bestValue.w);
          bestIndex = mix(bestIndex, vec4(inIdx), vec4(replace));
          srcIdx++;
        }
        setOutput(bestIndex);
      }
    `}};function _O(r,e,t,n=null){let o=e.shape[0],s=e.shape[1];n!=null&&(o=n.shape[0],s=n.shape[1]);let a=S.computeOptimalWindowSize(s),c={windowSize:a,inSize:s,batchSize:o,outSize:Math.ceil(s/a)},u=new _g(c,t,n==null),i=[e];n!=null&&i.push(n);let l=r.runWebGLProgram(u,i,"int32");if(l.shape[1]===1)return l;let p=_O(r,e,t,l);return r.disposeIntermediateTensorInfo(l),p}function TO(r,e,t,n=null){let o=n!=null?n.shape:e.shape,s=o[o.length-1],a=S.computeOptimalWindowSize(s),c=new Tg(o,a,t,n==null),u=n==null?[e]:[e,n],i=r.runWebGLProgram(c,u,"int32");if(i.shape.length===e.shape.length){let l=TO(r,e,t,i);return r.disposeIntermediateTensorInfo(i),l}return i}function Ng(r,e,t,n){let o=[t];if(S.assertAxesAreInnerMostDims("arg"+n.charAt(0).toUpperCase()+n.slice(1),o,e.shape.length),!P().getBool("WEBGL_PACK_REDUCE")||e.shape.length<=2){let s=[],a=r.texData.get(e.dataId),c=a!==null&&a.isPacked,u=e;c&&(u=r.unpackTensor(e),s.push(u));let[i,l]=S.computeOutAndReduceShapes(u.shape,o),p=b.sizeFromShape(l),m=ne({inputs:{x:u},backend:r,attrs:{shape:[-1,p]}});s.push(m);let f=_O(r,m,n);s.push(f);let d=ne({inputs:{x:f},backend:r,attrs:{shape:i}});return s.forEach(h=>r.disposeIntermediateTensorInfo(h)),d}return TO(r,e,n)}function Ote(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s}=n,a=b.parseAxisParam(s,o.shape),c=S.getAxesPermutation(a,o.shape.length),u=o,i=[];c!=null&&(u=xt({inputs:{x:o},backend:t,attrs:{perm:c}}),i.push(u),a=S.getInnerMostAxes(a.length,u.shape.length)),S.assertAxesAreInnerMostDims("argMax",[a[0]],u.shape.length);let l=Ng(t,u,a[0],"max");return i.forEach(p=>t.disposeIntermediateTensorInfo(p)),l}var NO={kernelName:Ea,backendName:"webgl",kernelFunc:Ote};v();function Bte(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s}=n,a=b.parseAxisParam(s,o.shape),c=S.getAxesPermutation(a,o.shape.length),u=o,i=[];c!=null&&(u=xt({inputs:{x:o},backend:t,attrs:{perm:c}}),i.push(u),a=S.getInnerMostAxes(a.length,u.shape.length)),S.assertAxesAreInnerMostDims("argMin",[a[0]],u.shape.length);let l=Ng(t,u,a[0],"min");return i.forEach(p=>t.disposeIntermediateTensorInfo(p)),l}var EO={kernelName:$a,backendName:"webgl",kernelFunc:Bte};v();var Lte=Gt+`
  if (abs(x) > 1.) {
    return NAN;
  }
  return asin(x);
`,Vte=be({opSnippet:Lte}),$O={kernelName:wo,backendName:"webgl",kernelFunc:Vte};v();var Wte=Gt+"return log(x + sqrt(x * x + 1.0));",Ute=be({opSnippet:Wte}),AO={kernelName:vo,backendName:"webgl",kernelFunc:Ute};v();var Gte=Gt+`
  return atan(x);
`,zte=be({opSnippet:Gte}),RO={kernelName:Io,backendName:"webgl",kernelFunc:zte};v();var Hte=wp+`
  return atan(a, b);
`,Kte=`
  vec4 result = atan(a, b);
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+rn+`
  return result;
`,qte=nt({opSnippet:Hte,packedOpSnippet:Kte}),DO={kernelName:So,backendName:"webgl",kernelFunc:qte};v();var jte=Gt+`
  if ((x < -1.0) || (x > 1.0)) return NAN;
return (log(1.0 + x) - log(1.0 - x)) / 2.0;`,Xte=be({opSnippet:jte}),FO={kernelName:Co,backendName:"webgl",kernelFunc:Xte};v();var co=class{constructor(e,t,n,o=!1,s=!1){if(this.variableNames=["x"],t==="avg"&&n)throw new Error("Cannot compute positions for average pool.");let a=e.filterWidth,c=e.strideHeight,u=e.strideWidth,i=e.dilationHeight,l=e.dilationWidth,p=e.effectiveFilterHeight,m=e.effectiveFilterWidth,f=e.padInfo.top,d=e.padInfo.left;this.outputShape=e.outShape;let h=t==="avg",g=`((batch  * ${e.inHeight} + xR) * ${e.inWidth} + xC) * ${e.inChannels} + d`,x=`(xR * ${e.inWidth} + xC) * ${e.inChannels} + d`,y="0.0";if(h||(y="-1.0 / 1e-20"),n){this.userCode=`
        const ivec2 strides = ivec2(${c}, ${u});
        const ivec2 pads = ivec2(${f}, ${d});

        void main() {
          ivec4 coords = getOutputCoords();
          int batch = coords[0];
          int d = coords[3];

          ivec2 xRCCorner = coords.yz * strides - pads;
          int xRCorner = xRCCorner.x;
          int xCCorner = xRCCorner.y;

          // max/min x(?, ?, d) to get y(yR, yC, d).
          // ? = to be determined
          float minMaxValue = 0.0;
          float minMaxValueFound = 0.0;
          int minMaxPosition = 0;
          float avgValue = 0.0;

          for (int wR = 0; wR < ${p};
              wR += ${i}) {
            int xR = xRCorner + wR;

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${m};
                wC += ${l}) {
              int xC = xCCorner + wC;

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              float value = getX(batch, xR, xC, d);

              // If a min / max value has already been found, use it. If not,
              // use the current value.
              float currMinMaxValue = mix(
                  value, minMaxValue, minMaxValueFound);
              if (value >= currMinMaxValue) {
                minMaxValue = value;
                minMaxValueFound = 1.0;
                minMaxPosition = ${o?s?g:x:`wR * ${m} + wC`};
              }
            }
          }
          setOutput(float(minMaxPosition));
        }
      `;return}let w="max",C=`${t}(${t}(${t}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;t==="avg"&&(C="avgValue / max(count, 1.0)");let T=Math.floor(a/4)*4,$=a%4,A=`
      if (${h}) {
        avgValue += dot(values, ones);
      } else {
        minMaxValue = ${w}(values, minMaxValue);
      }
    `;this.userCode=`
      const ivec2 strides = ivec2(${c}, ${u});
      const ivec2 pads = ivec2(${f}, ${d});
      const float initializationValue = ${y};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float count = 0.0;

      float getValue(int batch, int xR, int xC, int d) {
        if (xC < 0 || xC >= ${e.inWidth}) {
          return initializationValue;
        }
        count += 1.0;
        return getX(batch, xR, xC, d);
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d = coords[3];

        ivec2 xRCCorner = coords.yz * strides - pads;
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // max/min x(?, ?, d) to get y(yR, yC, d).
        // ? = to be determined
        vec4 minMaxValue = vec4(${y});
        float avgValue = 0.0;
        count = 0.0;

        for (int wR = 0; wR < ${p};
            wR += ${i}) {
          int xR = xRCorner + wR;

          if (xR < 0 || xR >= ${e.inHeight}) {
            continue;
          }

          for (int wC = 0; wC < ${T}; wC += 4) {
            int xC = xCCorner + wC * ${l};

            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${l}, d),
              getValue(batch, xR, xC + 2 * ${l}, d),
              getValue(batch, xR, xC + 3 * ${l}, d)
            );

            ${A}
          }

          int xC = xCCorner + ${T};
          if (${$===1}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              initializationValue,
              initializationValue,
              initializationValue
            );

            ${A}
          } else if (${$===2}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${l}, d),
              initializationValue,
              initializationValue
            );

            ${A}
          } else if (${$===3}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${l}, d),
              getValue(batch, xR, xC + 2 * ${l}, d),
              initializationValue
            );

            ${A}
          }
        }
        setOutput(${C});
      }
    `}},Rc=class{constructor(e,t,n,o=!1,s=!1){if(this.variableNames=["x"],t==="avg"&&n)throw new Error("Cannot compute positions for average pool.");let a=e.filterWidth,c=e.strideDepth,u=e.strideHeight,i=e.strideWidth,l=e.dilationDepth,p=e.dilationHeight,m=e.dilationWidth,f=e.effectiveFilterDepth,d=e.effectiveFilterHeight,h=e.effectiveFilterWidth,g=e.padInfo.front,x=e.padInfo.top,y=e.padInfo.left;this.outputShape=e.outShape;let w=t==="avg",C="0.0";if(w||(C="-1.0 / 1e-20"),n){this.userCode=`
        const ivec3 strides =
            ivec3(${c}, ${u}, ${i});
        const ivec3 pads = ivec3(${g}, ${x}, ${y});

        void main() {
          ivec5 coords = getOutputCoords();
          int batch = coords.x;
          int ch = coords.u;

          ivec3 xCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
          int xDCorner = xCorner.x;
          int xRCorner = xCorner.y;
          int xCCorner = xCorner.z;

          // max/min x(?, ?, ?, ch) to get y(yD, yR, yC, ch).
          // ? = to be determined
          float minMaxValue = 0.0;
          float minMaxValueFound = 0.0;
          int minMaxPosition = 0;

          for (int wD = 0; wD < ${f};
              wD += ${l}) {
            int xD = xDCorner + wD;

            if (xD < 0 || xD >= ${e.inDepth}) {
              continue;
            }

            for (int wR = 0; wR < ${d};
                wR += ${p}) {
              int xR = xRCorner + wR;

              if (xR < 0 || xR >= ${e.inHeight}) {
                continue;
              }

              for (int wC = 0; wC < ${h};
                  wC += ${m}) {
                int xC = xCCorner + wC;

                if (xC < 0 || xC >= ${e.inWidth}) {
                  continue;
                }

                float value = getX(batch, xD, xR, xC, ch);

                // If a min / max value has already been found, use it. If not,
                // use the current value.
                float currMinMaxValue = mix(
                    value, minMaxValue, minMaxValueFound);
                if (value >= currMinMaxValue) {
                  minMaxValue = value;
                  minMaxValueFound = 1.0;
                  minMaxPosition = ${o?s?`(((batch * ${e.inDepth} + xD) * ${e.inHeight} + xR) * ${e.inWidth} + xC) * ${e.inChannels} + ch`:`((xD * ${e.inHeight} + xR) * ${e.inWidth} + xC) * ${e.inChannels} + ch`:`wD * ${d} * ${h} +
                      wR * ${h} + wC`};
                }
              }
            }
          }
          setOutput(float(minMaxPosition));
        }
      `;return}let T="max",$=`${t}(${t}(${t}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;t==="avg"&&($="avgValue / max(count, 1.0)");let A=Math.floor(a/4)*4,R=a%4,D=`
      if (${w}) {
        avgValue += dot(values, ones);
      } else {
        minMaxValue = ${T}(values, minMaxValue);
      }
    `;this.userCode=`
      const ivec3 strides =
        ivec3(${c}, ${u}, ${i});
      const ivec3 pads = ivec3(${g}, ${x}, ${y});
      const float initializationValue = ${C};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float count = 0.0;

      float getValue(int batch, int xD, int xR, int xC, int ch) {
        if (xC < 0 || xC >= ${e.inWidth}) {
          return initializationValue;
        }
        count += 1.0;
        return getX(batch, xD, xR, xC, ch);
      }

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 xCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
        int xDCorner = xCorner.x;
        int xRCorner = xCorner.y;
        int xCCorner = xCorner.z;

        // max/min x(?, ?, ?, d) to get y(yD, yR, yC, ch).
        // ? = to be determined
        vec4 minMaxValue = vec4(${C});
        float avgValue = 0.0;
        count = 0.0;

        for (int wD = 0; wD < ${f};
            wD += ${l}) {
          int xD = xDCorner + wD;

          if (xD < 0 || xD >= ${e.inDepth}) {
            continue;
          }

          for (int wR = 0; wR < ${d};
            wR += ${p}) {
            int xR = xRCorner + wR;

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${A}; wC += 4) {
              int xC = xCCorner + wC * ${m};

              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${m}, ch),
                getValue(batch, xD, xR, xC + 2 * ${m}, ch),
                getValue(batch, xD, xR, xC + 3 * ${m}, ch)
              );

              ${D}
            }

            int xC = xCCorner + ${A};
            if (${R===1}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                initializationValue,
                initializationValue,
                initializationValue
              );

              ${D}
            } else if (${R===2}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${m}, ch),
                initializationValue,
                initializationValue
              );

              ${D}
            } else if (${R===3}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${m}, ch),
                getValue(batch, xD, xR, xC + 2 * ${m}, ch),
                initializationValue
              );

              ${D}
            }
          }
        }
        setOutput(${$});
      }
    `}};function Yte(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e;ga(o,"avgPool");let{filterSize:s,strides:a,pad:c,dimRoundingMode:u}=n,i=1;b.assert(S.eitherStridesOrDilationsAreOne(a,i),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${i}'`);let l=S.computePool2DInfo(o.shape,s,a,i,c,u);if(l.filterWidth===1&&l.filterHeight===1&&b.arraysEqual(l.inShape,l.outShape))return At({inputs:{x:o},backend:t});let p=new co(l,"avg",!1);return t.runWebGLProgram(p,[o],"float32")}var MO={kernelName:ko,backendName:"webgl",kernelFunc:Yte};v();function Jte(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{filterSize:s,strides:a,pad:c,dimRoundingMode:u,dataFormat:i}=n,l=[1,1,1],p=S.computePool3DInfo(o.shape,s,a,l,c,u,i),m=new Rc(p,"avg",!1);return t.runWebGLProgram(m,[o],"float32")}var PO={kernelName:Aa,backendName:"webgl",kernelFunc:Jte};v();var Eg=class{constructor(e){this.variableNames=["dy"],this.outputShape=e.inShape;let t=e.filterHeight,n=e.filterWidth,o=e.strideHeight,s=e.strideWidth,a=e.dilationHeight,c=e.dilationWidth,u=e.effectiveFilterHeight,i=e.effectiveFilterWidth,l=u-1-e.padInfo.top,p=i-1-e.padInfo.left,m=1/(t*n);this.userCode=`
      const ivec2 pads = ivec2(${l}, ${p});
      const float avgMultiplier = float(${m});

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];

        ivec2 dyRCCorner = coords.yz - pads;
        int dyRCorner = dyRCCorner.x;
        int dyCCorner = dyRCCorner.y;

        // Convolve dy(?, ?, d) with pos mask(:, :, d) to get dx(xR, xC, d).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${u};
            wR += ${a}) {
          float dyR = float(dyRCorner + wR) / ${o}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          for (int wC = 0; wC < ${i};
            wC+= ${c}) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            float dyValue = getDy(b, idyR, idyC, d);

            dotProd += dyValue * avgMultiplier;
          }
        }
        setOutput(dotProd);
      }
    `}},$g=class{constructor(e){this.variableNames=["dy"],this.outputShape=e.inShape;let t=e.filterDepth,n=e.filterHeight,o=e.filterWidth,s=e.strideDepth,a=e.strideHeight,c=e.strideWidth,u=e.dilationDepth,i=e.dilationHeight,l=e.dilationWidth,p=e.effectiveFilterDepth,m=e.effectiveFilterHeight,f=e.effectiveFilterWidth,d=p-1-e.padInfo.front,h=m-1-e.padInfo.top,g=f-1-e.padInfo.left,x=1/(t*n*o);this.userCode=`
      const ivec3 pads = ivec3(${d}, ${h}, ${g});
      const float avgMultiplier = float(${x});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyDCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        // Convolve dy(?, ?, ?, d) with pos mask(:, :, :, ch) to get
        // dx(xD, xR, xC, ch).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int wD = 0; wD < ${p};
            wD += ${u}) {
          float dyD = float(dyDCorner + wD) / ${s}.0;

          if (dyD < 0.0 || dyD >= ${e.outDepth}.0 || fract(dyD) > 0.0) {
            continue;
          }
          int idyD = int(dyD);

          for (int wR = 0; wR < ${m};
              wR += ${i}) {
            float dyR = float(dyRCorner + wR) / ${a}.0;

            if (dyR < 0.0 || dyR >= ${e.outHeight}.0 ||
                fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            for (int wC = 0; wC < ${f};
                wC += ${l}) {
              float dyC = float(dyCCorner + wC) / ${c}.0;

              if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              float dyValue = getDy(batch, idyD, idyR, idyC, ch);

              dotProd += dyValue * avgMultiplier;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function Zte(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,input:s}=e,a=s,{filterSize:c,strides:u,pad:i,dimRoundingMode:l}=n,p=[1,1,1],m=S.computePool3DInfo(a.shape,c,u,p,i,l),f=new $g(m);return t.runWebGLProgram(f,[o],a.dtype)}var OO={kernelName:Hc,backendName:"webgl",kernelFunc:Zte};v();function Qte(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,input:s}=e,a=s;ga([o,s],"avgPoolGrad");let{filterSize:c,strides:u,pad:i}=n,l=S.computePool2DInfo(a.shape,c,u,1,i),p=new Eg(l);return t.runWebGLProgram(p,[o],a.dtype)}var BO={kernelName:zc,backendName:"webgl",kernelFunc:Qte};v();function ere(r){let{inputs:e,backend:t,attrs:n}=r,{a:o,b:s}=e,{transposeA:a,transposeB:c}=n;return ol({a:o,b:s,transposeA:a,transposeB:c,backend:t})}var LO={kernelName:_o,backendName:"webgl",kernelFunc:ere};v();v();var Ag=class{constructor(e,t,n,o,s,a){this.outputShape=[],this.variableNames=["x","mean","variance"],S.assertAndGetBroadcastShape(e,t),S.assertAndGetBroadcastShape(e,n);let c="0.0";o!=null&&(S.assertAndGetBroadcastShape(e,o),this.variableNames.push("offset"),c="getOffsetAtOutCoords()");let u="1.0";s!=null&&(S.assertAndGetBroadcastShape(e,s),this.variableNames.push("scale"),u="getScaleAtOutCoords()"),this.outputShape=e,this.userCode=`
      void main() {
        float x = getXAtOutCoords();
        float mean = getMeanAtOutCoords();
        float variance = getVarianceAtOutCoords();
        float offset = ${c};
        float scale = ${u};
        float inv = scale * inversesqrt(variance + float(${a}));
        setOutput(dot(vec3(x, -mean, offset), vec3(inv, inv, 1)));
      }
    `}};v();var Rg=class{constructor(e,t,n,o,s,a){this.packedInputs=!0,this.packedOutput=!0,this.variableNames=["x","mean","variance"],S.assertAndGetBroadcastShape(e,t),S.assertAndGetBroadcastShape(e,n);let c="vec4(0.0)";o!=null&&(S.assertAndGetBroadcastShape(e,o),this.variableNames.push("offset"),c="getOffsetAtOutCoords()");let u="vec4(1.0)";s!=null&&(S.assertAndGetBroadcastShape(e,s),this.variableNames.push("scale"),u="getScaleAtOutCoords()"),this.outputShape=e,this.userCode=`
      void main() {
        vec4 offset = ${c};
        vec4 scale = ${u};

        vec4 x = getXAtOutCoords();
        vec4 mean = getMeanAtOutCoords();
        vec4 variance = getVarianceAtOutCoords();

        vec4 inv = scale * inversesqrt(variance + vec4(${a}));

        setOutput((x - mean) * inv + offset);
      }
    `}};var tre=({inputs:r,backend:e,attrs:t})=>{let{x:n,mean:o,variance:s,offset:a,scale:c}=r;b.assert(o.shape.length===s.shape.length,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),b.assert(a==null||o.shape.length===a.shape.length,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),b.assert(c==null||o.shape.length===c.shape.length,()=>"Batch normalization gradient requires mean and scale to have equal ranks.");let{varianceEpsilon:u}=t;u==null&&(u=.001);let i=[n,o,s],l=null;a!=null&&(l=a.shape,i.push(a));let p=null;c!=null&&(p=c.shape,i.push(c));let m=P().getBool("WEBGL_PACK_NORMALIZATION")?new Rg(n.shape,o.shape,s.shape,l,p,u):new Ag(n.shape,o.shape,s.shape,l,p,u);return e.runWebGLProgram(m,i,i[0].dtype)},VO={kernelName:qo,backendName:"webgl",kernelFunc:tre};v();v();var Dg=class{constructor(e){this.variableNames=["source"],this.outputShape=e,this.rank=e.length;let t=$e(this.rank);this.customUniforms=[{name:"start",arrayIndex:this.rank,type:"int"}];let n=rre(this.rank),o,s=e.map((a,c)=>`sourceLoc.${JC[c]} = start[${c}] + coords.${JC[c]};`);o=`
        ${t} sourceLoc;
        ${t} coords = getOutputCoords();
        ${s.join(`
`)}
      `,this.userCode=`
      void main() {
        ${o}
        setOutput(getSource(${n}));
      }
    `}},JC=["x","y","z","w","u","v"];function rre(r){if(r===1)return"sourceLoc";if(r<=6)return JC.slice(0,r).map(e=>"sourceLoc."+e).join(",");throw Error(`Slicing for rank ${r} is not yet supported`)}var Fg=class{constructor(e){this.variableNames=["source"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=e,this.rank=e.length,this.customUniforms=[{name:"start",arrayIndex:this.rank,type:"int"}];let t=$e(this.rank),n=$t("coords",this.rank),o=$t("sourceLoc",this.rank),s=this.rank===1?"sourceLoc":`vec2(${o.slice(-2).join()})`,a=`getChannel(getSource(${o.join()}), ${s})`,c=`
      result.x = ${a};
      if (++${n[this.rank-1]} < ${e[this.rank-1]}) {
        ++${o[this.rank-1]};
        result.y = ${a};
        --${o[this.rank-1]};
      }
    `,u=this.rank===1?"":`
      --${n[this.rank-1]};
      if (++${n[this.rank-2]} < ${e[this.rank-2]}) {
        ++${o[this.rank-2]};
        result.z = ${a};
        if (++${n[this.rank-1]} < ${e[this.rank-1]}) {
          ++${o[this.rank-1]};
          result.w = ${a};
        }
      }
    `,i=this.rank<=4?`sourceLoc = coords +
            ${t}(${e.map((l,p)=>`start[${p}]`).join()});`:e.map((l,p)=>`${o[p]} = ${n[p]} + start[${p}];`).join(`
`);this.userCode=`
      void main() {
        ${t} coords = getOutputCoords();
        ${t} sourceLoc;
        ${i}
        vec4 result = vec4(0.);
        ${c}
        ${u}
        setOutput(result);
      }
    `}};function nre(r,e,t,n){let o=n.texData.get(r.dataId),s=n.makeTensorInfo(t,r.dtype),a=n.texData.get(s.dataId);Object.assign(a,o),a.refCount=1,a.shape=t,a.dtype=r.dtype;let c=gt.computeFlatOffset(e,b.computeStrides(r.shape));o.slice&&(c+=o.slice.flatOffset),a.slice={flatOffset:c,origDataId:o.slice&&o.slice.origDataId||r.dataId};let u=n.dataRefCount.get(a.slice.origDataId)||1;return n.dataRefCount.set(a.slice.origDataId,u+1),s}function uo(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{begin:s,size:a}=n,[c,u]=gt.parseSliceParams(o,s,a);if(gt.assertParamsValid(o,c,u),b.sizeFromShape(u)===0)return t.makeTensorInfo(u,o.dtype,[]);if(t.shouldExecuteOnCPU([o])||o.dtype==="string"){let p=t.texData.get(o.dataId),m=AP(p.values,c,u,o.shape,o.dtype);return t.makeTensorInfo(u,o.dtype,m)}let{isPacked:i}=t.texData.get(o.dataId),l=gt.isSliceContinous(o.shape,c,u);if(i||!l){let p=P().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new Fg(u):new Dg(u),m=[c];return t.runWebGLProgram(p,[o],o.dtype,m)}return t.uploadToGPU(o.dataId),nre(o,c,u,t)}var WO={kernelName:ni,backendName:"webgl",kernelFunc:uo};var ore=r=>{let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{blockShape:s,crops:a}=n;b.assert(o.shape.length<=4,()=>"batchToSpaceND for rank > 4 with a WebGL backend not implemented yet");let c=s.reduce((y,w)=>y*w),u=S.getReshaped(o.shape,s,c),i=S.getPermuted(u.length,s.length),l=S.getReshapedPermuted(o.shape,s,c),p=S.getSliceBeginCoords(a,s.length),m=S.getSliceSize(l,a,s.length),f=[],d=ne({inputs:{x:o},backend:t,attrs:{shape:u}}),h=xt({inputs:{x:d},backend:t,attrs:{perm:i}}),g=ne({inputs:{x:h},backend:t,attrs:{shape:l}}),x=uo({inputs:{x:g},backend:t,attrs:{begin:p,size:m}});return f.push(d),f.push(h),f.push(g),f.forEach(y=>t.disposeIntermediateTensorInfo(y)),x},UO={kernelName:Ra,backendName:"webgl",kernelFunc:ore};v();function sre(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,weights:s}=e,{size:a}=n,c=t.readSync(o.dataId),u=t.readSync(s.dataId),i=fg(c,u,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,i)}var GO={kernelName:To,backendName:"webgl",kernelFunc:sre};v();var are=`
  int r = int(a.r) & int(b.r);
  int g = int(a.g) & int(b.g);
  int rb = int(a.b) & int(b.b);
  int ra = int(a.a) & int(b.a);
  return vec4(r, g, rb, ra);
`,ire=`
  return float(int(a.r) & int(b.r));
`;function cre(r){let{inputs:e,backend:t}=r,{a:n,b:o}=e,s=P().getBool("WEBGL_PACK_BINARY_OPERATIONS"),a=P().getNumber("WEBGL_VERSION");if(t.shouldExecuteOnCPU([n,o])||a===1){let u=t.texData.get(n.dataId).values,i=t.texData.get(o.dataId).values,[l,p]=tP(n.shape,o.shape,u,i,n.dtype),m=t.makeTensorInfo(p,n.dtype),f=t.texData.get(m.dataId);return f.values=l,m}let c;return s?c=new tn(are,n.shape,o.shape,!1):c=new Ur(ire,n.shape,o.shape),t.runWebGLProgram(c,[n,o],n.dtype)}var zO={kernelName:No,backendName:"webgl",kernelFunc:cre};v();function ure(r){let{inputs:e,backend:t}=r,{s0:n,s1:o}=e,s=t.readSync(n.dataId),a=t.readSync(o.dataId),c=S.assertAndGetBroadcastShape(Array.from(s),Array.from(a));return t.makeTensorInfo([c.length],"int32",Int32Array.from(c))}var HO={kernelName:Da,backendName:"webgl",kernelFunc:ure};v();v();v();var lre="return float(a != b);",ZC=nt({opSnippet:lre,cpuKernelImpl:IP,dtype:"bool"}),KO={kernelName:hs,backendName:"webgl",kernelFunc:ZC};v();function Ui(r){let{inputs:e,backend:t}=r,{input:n}=e,o=t.texData.get(n.dataId);return At({inputs:{x:o.complexTensorInfos.real},backend:t})}var qO={kernelName:iu,backendName:"webgl",kernelFunc:Ui};var pre="return float(int(x));";function jO(r,e){let t=new pr(r.shape,pre),n=e.runWebGLProgram(t,[r],"int32");return{dataId:n.dataId,shape:n.shape,dtype:n.dtype}}function QC(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{dtype:s}=n;if(s==="complex64"){if(o.dtype==="complex64")return At({inputs:{x:o},backend:t});let a=Nn(o.shape),c=QC({inputs:{x:o},backend:t,attrs:{dtype:"float32"}}),u=Gr({inputs:{real:c,imag:a},backend:t});return a.dispose(),t.disposeIntermediateTensorInfo(c),u}if(o.dtype==="complex64"){let a=Ui({inputs:{input:o},backend:t}),c=QC({inputs:{x:a},backend:t,attrs:{dtype:s}});return t.disposeIntermediateTensorInfo(a),c}if(!b.hasEncodingLoss(o.dtype,s)){let a=At({inputs:{x:o},backend:t});return{dataId:a.dataId,shape:a.shape,dtype:s}}if(t.shouldExecuteOnCPU([o])){let a=t.texData.get(o.dataId).values,[c,u,i]=rP(a,o.shape,o.dtype,s);return t.makeTensorInfo(c,u,i)}if(s==="int32")return jO(o,t);if(s==="bool"){let a=t.makeTensorInfo([],"bool",b.getTypedArrayFromDType("bool",1)),u=ZC({inputs:{a:o,b:a},backend:t});return t.disposeIntermediateTensorInfo(a),u}throw new Error(`Error in Cast: failed to cast ${o.dtype} to ${s}`)}var XO={kernelName:Wn,backendName:"webgl",kernelFunc:QC};v();var YO="return ceil(x);",mre=be({opSnippet:YO,packedOpSnippet:YO,cpuKernelImpl:nP}),JO={kernelName:Eo,backendName:"webgl",kernelFunc:mre};v();var Mg=class{constructor(e){this.variableNames=["A"],this.customUniforms=[{name:"minVal",type:"float"},{name:"maxVal",type:"float"}],this.outputShape=e,this.userCode=`

      void main() {
        float value = getAAtOutCoords();
        if (isnan(value)) {
          setOutput(value);
          return;
        }

        setOutput(clamp(value, minVal, maxVal));
      }
    `}};var Pg=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"minVal",type:"float"},{name:"maxVal",type:"float"}],this.outputShape=e,this.userCode=`
      void main() {
        vec4 value = getAAtOutCoords();

        if (any(isnan(value))) {
          setOutput(value);
          return;
        }

        setOutput(clamp(value, vec4(minVal), vec4(maxVal)));
      }
    `}};function fre(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{clipValueMin:s,clipValueMax:a}=n,c;P().getBool("WEBGL_PACK_CLIP")?c=new Pg(o.shape):c=new Mg(o.shape);let u=[[s],[a]];return t.runWebGLProgram(c,[o],o.dtype,u)}var ZO={kernelName:Un,backendName:"webgl",kernelFunc:fre};v();var Og=class{constructor(e){this.variableNames=["real","imag"],this.outputShape=e,this.userCode=`
      void main() {
        float re = abs(getRealAtOutCoords());
        float im = abs(getImagAtOutCoords());
        float mx = max(re, im);

        // sadly the length function in glsl is not underflow-safe
        // (at least not on Intel GPUs). So the safe solution is
        // to ensure underflow-safety in all cases.
        setOutput(
          mx == 0.0 ? 0.0 : mx * length(vec2(1, min(re, im)/mx))
        );
      }
    `}};function QO(r,e){return{dataId:e.dataId,dtype:e.dtype,shape:r.shape}}function dre(r){let{inputs:e,backend:t}=r,{x:n}=e,o=t.texData.get(n.dataId),s=new Og(n.shape),a=[QO(n,o.complexTensorInfos.real),QO(n,o.complexTensorInfos.imag)];return t.runWebGLProgram(s,a,a[0].dtype)}var e3={kernelName:qc,backendName:"webgl",kernelFunc:dre};v();v();v();var Bg=class{constructor(e){this.outputShape=[],this.outputShape=S.computeOutShape(e,1),this.variableNames=e.map((a,c)=>`T${c}`);let t=new Array(e.length-1);t[0]=e[0][1];for(let a=1;a<t.length;a++)t[a]=t[a-1]+e[a][1];let n=[`if (yC < ${t[0]}) setOutput(getT0(yR, yC));`];for(let a=1;a<t.length;a++){let c=t[a-1];n.push(`else if (yC < ${t[a]}) setOutput(getT${a}(yR, yC-${c}));`)}let o=t.length,s=t[t.length-1];n.push(`else setOutput(getT${o}(yR, yC-${s}));`),this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int yR = coords.x;
        int yC = coords.y;

        ${n.join(`
        `)}
      }
    `}};v();var Vg=class{constructor(e,t){this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[],this.outputShape=S.computeOutShape(e,t);let n=this.outputShape,o=n.length,s=$e(o),a=$t("coords",o),c=["x","y","z","w","u","v"].slice(0,o);this.variableNames=e.map((h,g)=>`T${g}`);let u=new Array(e.length-1);u[0]=e[0][t];for(let h=1;h<u.length;h++)u[h]=u[h-1]+e[h][t];let i=c[t],l=c.slice(-2),p=c.join(),m=`if (${i} < ${u[0]}) {
        return getChannel(
            getT0(${p}), vec2(${l.join()}));
        }`;for(let h=1;h<u.length;h++){let g=u[h-1];m+=`
        if (${i} < ${u[h]}  && ${i} >= ${u[h-1]}) {
          return getChannel(
            getT${h}(${Lg(c,i,g)}),
            vec2(${Lg(l,i,g)}));
        }`}let f=u.length,d=u[u.length-1];m+=`
        return getChannel(
          getT${f}(${Lg(c,i,d)}),
          vec2(${Lg(l,i,d)}));`,this.userCode=`
      float getValue(${c.map(h=>"int "+h)}) {
        ${m}
      }

      void main() {
        ${s} coords = getOutputCoords();
        vec4 result = vec4(getValue(${a}), 0., 0., 0.);

        ${a[o-1]} = ${a[o-1]} + 1;
        if (${a[o-1]} < ${n[o-1]}) {
          result.g = getValue(${a});
        }

        ${a[o-2]} = ${a[o-2]} + 1;
        if (${a[o-2]} < ${n[o-2]}) {
          result.a = getValue(${a});
        }

        ${a[o-1]} = ${a[o-1]} - 1;
        if (${a[o-2]} < ${n[o-2]} &&
            ${a[o-1]} < ${n[o-1]}) {
          result.b = getValue(${a});
        }
        setOutput(result);
      }
    `}};function Lg(r,e,t){let n=r.indexOf(e);return r.map((s,a)=>a===n?`${s} - ${t}`:s).join()}v();function sl(r){let{inputs:e,backend:t}=r,{input:n}=e,o=t.texData.get(n.dataId);return At({inputs:{x:o.complexTensorInfos.imag},backend:t})}var t3={kernelName:tu,backendName:"webgl",kernelFunc:sl};function Ip(r,e,t){let n=r[0].dtype;if(n==="complex64"){let f=r.map(y=>Ui({inputs:{input:y},backend:t})),d=r.map(y=>sl({inputs:{input:y},backend:t})),h=Ip(f,e,t),g=Ip(d,e,t),x=Gr({inputs:{real:h,imag:g},backend:t});return f.forEach(y=>t.disposeIntermediateTensorInfo(y)),d.forEach(y=>t.disposeIntermediateTensorInfo(y)),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(g),x}let o=t.shouldExecuteOnCPU(r);if(n==="string"&&(o=!0),o){let f=r.map(C=>{let $=[-1,b.sizeFromShape(C.shape.slice(e))];return ne({inputs:{x:C},backend:t,attrs:{shape:$}})}),d=f.map(C=>({vals:t.readSync(C.dataId),shape:C.shape})),h=S.computeOutShape(f.map(C=>C.shape),1),g=f[0].shape[0]===1,x=oP(d,h,n,g),y=S.computeOutShape(r.map(C=>C.shape),e),w=t.makeTensorInfo(y,n,x);return f.forEach(C=>t.disposeIntermediateTensorInfo(C)),w}let s=r.filter(f=>b.sizeFromShape(f.shape)>0),a=P().getBool("WEBGL_PACK_ARRAY_OPERATIONS")&&s[0].shape.length>1;if(s.length===1){let f=a?new pr(r[0].shape,xa):new Wr(r[0].shape,xa);return t.runWebGLProgram(f,r,n)}let c=P().getNumber("WEBGL_MAX_TEXTURES_IN_SHADER");if(s.length>c){let f=[];for(let h=0;h<s.length;h+=c){let g=s.slice(h,h+c);f.push(Ip(g,e,t))}let d=Ip(f,e,t);for(let h of f)t.disposeIntermediateTensorInfo(h);return d}if(a){let f=new Vg(s.map(d=>d.shape),e);return t.runWebGLProgram(f,s,n)}let{tensors2D:u,outShape:i}=hre(s,e,t),l=new Bg(u.map(f=>f.shape)),p=t.runWebGLProgram(l,u,n);u.forEach(f=>t.disposeIntermediateTensorInfo(f));let m=ne({inputs:{x:p},attrs:{shape:i},backend:t});return t.disposeIntermediateTensorInfo(p),m}function hre(r,e,t){let n=S.computeOutShape(r.map(s=>s.shape),e);return{tensors2D:r.map(s=>ne({inputs:{x:s},attrs:{shape:[-1,b.sizeFromShape(s.shape.slice(e))]},backend:t})),outShape:n}}function eS(r){let{inputs:e,backend:t,attrs:n}=r,{axis:o}=n,s=b.parseAxisParam(o,e[0].shape)[0],a=e.map(i=>i.shape);S.assertParamsConsistent(a,s);let c=S.computeOutShape(e.map(i=>i.shape),s);if(b.sizeFromShape(c)===0)return t.makeTensorInfo(c,e[0].dtype,[]);let u=e.filter(i=>b.sizeFromShape(i.shape)>0);return u.length===1?At({inputs:{x:u[0]},backend:t}):Ip(u,s,t)}var r3={kernelName:Fa,backendName:"webgl",kernelFunc:eS};v();var Cp=class{constructor(e,t=!1,n=null,o=!1,s=!1){this.variableNames=["x","W"],this.outputShape=e.outShape;let a=e.padInfo.top,c=e.padInfo.left,u=e.strideHeight,i=e.strideWidth,l=e.dilationHeight,p=e.dilationWidth,m=e.filterHeight,f=e.filterWidth,d=Math.floor(e.inChannels/4)*4,h=e.inChannels%4,g=e.dataFormat==="channelsLast",x=g?1:2,y=g?2:3,w=g?3:1,C="",T="";n&&(o?C=`float activation(float a) {
          float b = getPreluActivationWeightsAtOutCoords();
          ${n}
        }`:s?C=`float activation(float a) {
          float b = getLeakyreluAlphaAtOutCoords();
          ${n}
        }`:C=`
          float activation(float x) {
            ${n}
          }
        `,T="result = activation(result);");let $=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),o&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${C}

      const ivec2 strides = ivec2(${u}, ${i});
      const ivec2 pads = ivec2(${a}, ${c});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d2 = coords[${w}];

        ivec2 xRCCorner =
            ivec2(coords[${x}], coords[${y}]) * strides - pads;
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // Convolve x(?, ?, d1) with w(:, :, d1, d2) to get y(yR, yC, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${m}; wR++) {
          int xR = xRCorner + wR * ${l};

          if (xR < 0 || xR >= ${e.inHeight}) {
            continue;
          }

          for (int wC = 0; wC < ${f}; wC++) {
            int xC = xCCorner + wC * ${p};

            if (xC < 0 || xC >= ${e.inWidth}) {
              continue;
            }

            for (int d1 = 0; d1 < ${d}; d1 += 4) {
              vec4 wValues = vec4(
                getW(wR, wC, d1, d2),
                getW(wR, wC, d1 + 1, d2),
                getW(wR, wC, d1 + 2, d2),
                getW(wR, wC, d1 + 3, d2)
              );

              if (${g}) {
                vec4 xValues = vec4(
                  getX(batch, xR, xC, d1),
                  getX(batch, xR, xC, d1 + 1),
                  getX(batch, xR, xC, d1 + 2),
                  getX(batch, xR, xC, d1 + 3)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec4 xValues = vec4(
                  getX(batch, d1, xR, xC),
                  getX(batch, d1 + 1, xR, xC),
                  getX(batch, d1 + 2, xR, xC),
                  getX(batch, d1 + 3, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }
            }

            if (${h===1}) {

              if (${g}) {
                dotProd +=
                    getX(batch, xR, xC, ${d}) *
                    getW(wR, wC, ${d}, d2);
              } else {
                dotProd +=
                    getX(batch, ${d}, xR, xC) *
                    getW(wR, wC, ${d}, d2);
              }

            } else if (${h===2}) {
              vec2 wValues = vec2(
                getW(wR, wC, ${d}, d2),
                getW(wR, wC, ${d} + 1, d2)
              );

              if (${g}) {
                vec2 xValues = vec2(
                  getX(batch, xR, xC, ${d}),
                  getX(batch, xR, xC, ${d} + 1)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec2 xValues = vec2(
                  getX(batch, ${d}, xR, xC),
                  getX(batch, ${d} + 1, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }

            } else if (${h===3}) {
              vec3 wValues = vec3(
                getW(wR, wC, ${d}, d2),
                getW(wR, wC, ${d} + 1, d2),
                getW(wR, wC, ${d} + 2, d2)
              );

              if (${g}) {
                vec3 xValues = vec3(
                  getX(batch, xR, xC, ${d}),
                  getX(batch, xR, xC, ${d} + 1),
                  getX(batch, xR, xC, ${d} + 2)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec3 xValues = vec3(
                  getX(batch, ${d}, xR, xC),
                  getX(batch, ${d} + 1, xR, xC),
                  getX(batch, ${d} + 2, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }

            }
          }
        }

        float result = dotProd;
        ${$}
        ${T}
        setOutput(result);
      }
    `}},Wg=class{constructor(e){this.variableNames=["x","W"],this.outputShape=e.outShape;let t=e.padInfo.front,n=e.padInfo.top,o=e.padInfo.left,s=e.strideDepth,a=e.strideHeight,c=e.strideWidth,u=e.dilationDepth,i=e.dilationHeight,l=e.dilationWidth,p=e.filterDepth,m=e.filterHeight,f=e.filterWidth,d=Math.floor(e.inChannels/4)*4,h=e.inChannels%4;this.userCode=`
      const ivec3 strides = ivec3(${s}, ${a}, ${c});
      const ivec3 pads = ivec3(${t}, ${n}, ${o});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int d2 = coords.u;

        ivec3 xFRCCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
        int xFCorner = xFRCCorner.x;
        int xRCorner = xFRCCorner.y;
        int xCCorner = xFRCCorner.z;

        // Convolve x(?, ?, ?, d1) with w(:, :, :, d1, d2) to get
        // y(yF, yR, yC, d2). ? = to be determined. : = across all
        // values in that axis.
        float dotProd = 0.0;
        for (int wF = 0; wF < ${p}; wF++) {
          int xF = xFCorner + wF * ${u};

          if (xF < 0 || xF >= ${e.inDepth}) {
            continue;
          }

          for (int wR = 0; wR < ${m}; wR++) {
            int xR = xRCorner + wR * ${i};

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${f}; wC++) {
              int xC = xCCorner + wC * ${l};

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              for (int d1 = 0; d1 < ${d}; d1 += 4) {
                vec4 xValues = vec4(
                  getX(batch, xF, xR, xC, d1),
                  getX(batch, xF, xR, xC, d1 + 1),
                  getX(batch, xF, xR, xC, d1 + 2),
                  getX(batch, xF, xR, xC, d1 + 3)
                );
                vec4 wValues = vec4(
                  getW(wF, wR, wC, d1, d2),
                  getW(wF, wR, wC, d1 + 1, d2),
                  getW(wF, wR, wC, d1 + 2, d2),
                  getW(wF, wR, wC, d1 + 3, d2)
                );

                dotProd += dot(xValues, wValues);
              }

              if (${h===1}) {
                dotProd +=
                  getX(batch, xF, xR, xC, ${d}) *
                  getW(wF, wR, wC, ${d}, d2);
              } else if (${h===2}) {
                vec2 xValues = vec2(
                  getX(batch, xF, xR, xC, ${d}),
                  getX(batch, xF, xR, xC, ${d} + 1)
                );
                vec2 wValues = vec2(
                  getW(wF, wR, wC, ${d}, d2),
                  getW(wF, wR, wC, ${d} + 1, d2)
                );
                dotProd += dot(xValues, wValues);
              } else if (${h===3}) {
                vec3 xValues = vec3(
                  getX(batch, xF, xR, xC, ${d}),
                  getX(batch, xF, xR, xC, ${d} + 1),
                  getX(batch, xF, xR, xC, ${d} + 2)
                );
                vec3 wValues = vec3(
                  getW(wF, wR, wC, ${d}, d2),
                  getW(wF, wR, wC, ${d} + 1, d2),
                  getW(wF, wR, wC, ${d} + 2, d2)
                );
                dotProd += dot(xValues, wValues);
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}};v();var Sp=class{constructor(e,t=!1,n=null,o=!1,s=!1){this.variableNames=["x","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=e.outShape,this.enableShapeUniforms=ct(this.outputShape.length);let a=e.padInfo.left,c=e.strideWidth,u=e.dilationWidth,i=e.filterHeight,l=e.filterWidth,p=l,m=`
       int xR; int xC; int xCOffset;
       vec4 wTexel; vec4 previous; vec4 final;`;for(let g=0;g<l;g++)m+=`
           vec4 xTexelC${g*2};
           int xTexelC${g*2}Ready;
           vec4 xTexelC${g*2+1};
           int xTexelC${g*2+1}Ready;
           vec4 xC${g};`;m+=`
     for (int r = 0; r < ${i}; r++) {
      for (int d1 = 0; d1 < ${e.inChannels}; d1 += 2) {
       `;for(let g=0;g<l;g++)m+=`
           xTexelC${g*2} = vec4(0.0);
           xTexelC${g*2}Ready = 0;
           xTexelC${g*2+1} = vec4(0.0);
           xTexelC${g*2+1}Ready = 0;
           xC${g} = vec4(0.0);`;m+=`
         xR = xRCorner + r * dilations[0];
         if (xR >=0 && xR < inDims[0]) {
       `;for(let g=0;g<(p+1)/2;g++){let x=g*2;if(m+=`
           xC = xCCorner + ${x*u};
           `,c===1){if(x<l&&(a%2===1?(m+=`
                 xCOffset = xC + 1;
                 if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xCOffset, d1);

                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }
               `,u===1&&x>0?m+=`
                 xC${x} = vec4(xTexelC${x-2}.zw, xTexelC${x}.xy);
                 `:m+=`
                   xCOffset = xC + 1 - 2;

                   if (xCOffset >= 0 && xCOffset < inDims[1]) {
                     previous = getX(batch, xR, xCOffset, d1);

                     // Need to manually clear unused channels in case
                     // we're reading from recycled texture.
                     if (xCOffset + 1 >= inDims[1]) {
                       previous.zw = vec2(0.0);
                     }

                     xC${x} = vec4(previous.zw, xTexelC${x}.xy);
                   } else {
                     xC${x} = vec4(0.0, 0.0, xTexelC${x}.xy);
                   }
                   `):m+=`
                 if (xC >= 0 && xC < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xC, d1);
                   if (xC + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }

                 xC${x} = xTexelC${x};
                 `,x+1<l)){let y=a%2===0?b.nearestLargerEven(u):u;u%2===0&&a%2===1||u%2!==0&&a%2!==1?(m+=`
                   xCOffset = xC + imod(pads[1], 2) + ${y};

                   if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                     xTexelC${x+1} = getX(batch, xR, xCOffset, d1);

                     // Need to manually clear unused channels in case
                     // we're reading from recycled texture.
                     if (xCOffset + 1 >= inDims[1]) {
                       xTexelC${x+1}.zw = vec2(0.0);
                     }
                     xTexelC${x+1}Ready = 1;
                   }
                   `,u>1?m+=`
                     xCOffset -= 2;
                     if (xCOffset >= 0 && xCOffset < inDims[1]) {
                      previous = getX(batch, xR, xCOffset, d1);
                      xC${x+1} = vec4(previous.zw, xTexelC${x+1}.xy);
                     } else {
                      xC${x+1} = vec4(0.0, 0.0, xTexelC${x+1}.xy);
                     }
                     `:m+=`
                     xC${x+1} = vec4(xTexelC${x}.zw, xTexelC${x+1}.xy);
                     `):y===1?m+=`
                     xC${x+1} = xTexelC${x};
                     `:m+=`
                     xCOffset = xC + ${y};

                     if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                       xTexelC${x+1} = getX(batch, xR, xCOffset, d1);
                       if (xCOffset + 1 >= inDims[1]) {
                         xTexelC${x+1}.zw = vec2(0.0);
                       }
                       xTexelC${x+1}Ready = 1;
                     }

                     xC${x+1} = xTexelC${x+1};
                     `}}else x<l&&(a%2===1?(m+=`
                 xCOffset = xC + 1 - strides[1];
                 if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xCOffset, d1);
                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }

                 if(xC + 1 >= 0 && xC + 1 < inDims[1] && xTexelC${x+1}Ready == 0) {
                   xTexelC${x+1} = getX(batch, xR, xC + 1, d1);
                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xC + 2 >= inDims[1]) {
                     xTexelC${x+1}.zw = vec2(0.0);
                   }
                   xTexelC${x+1}Ready = 1;
                 }

                 xC${x} = vec4(xTexelC${x}.zw, xTexelC${x+1}.zw);
               `,x+1<l&&(m+=`
                   final = vec4(0.0);
                   xCOffset = xC + 1 + strides[1];
                   if(xCOffset >= 0 && xCOffset < inDims[1]) {
                     final = getX(batch, xR, xCOffset, d1);
                   }
                   xC${x+1} = vec4(xTexelC${x+1}.xy, final.xy);
                 `)):(m+=`
                 if(xC >= 0 && xC < inDims[1] && xTexelC${x}Ready == 0) {
                   xTexelC${x} = getX(batch, xR, xC, d1);
                   if (xC + 1 >= inDims[1]) {
                     xTexelC${x}.zw = vec2(0.0);
                   }
                   xTexelC${x}Ready = 1;
                 }

                 xCOffset = xC + strides[1];
                 if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                   xTexelC${x+1} = getX(batch, xR, xCOffset, d1);
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${x+1}.zw = vec2(0.);
                   }
                   xTexelC${x+1}Ready = 1;
                 }

                 xC${x} = vec4(
                   xTexelC${x}.xy, xTexelC${x+1}.xy);
               `,x+1<l&&(m+=`
                   xC${x+1} = vec4(xTexelC${x}.zw, xTexelC${x+1}.zw);
                 `)));x<l&&(m+=`
             wTexel = getW(r, ${x}, d1, d2);
             dotProd += xC${x}.xxzz * vec4(wTexel.xy, wTexel.xy);
             if(d1 + 1 < ${e.inChannels}) {
               dotProd += xC${x}.yyww * vec4(wTexel.zw, wTexel.zw);
             }
           `,x+1<l&&(m+=`
               wTexel = getW(r, ${x+1}, d1, d2);
               dotProd += xC${x+1}.xxzz * vec4(wTexel.xy, wTexel.xy);
               if(d1 + 1 < ${e.inChannels}) {
                 dotProd += xC${x+1}.yyww * vec4(wTexel.zw, wTexel.zw);
               }
             `))}m+=`
     }
   `,m+=`
     }
   `,m+=`
     }
   `;let f="",d="";n&&(o?f=`vec4 activation(vec4 a) {
           vec4 b = getPreluActivationWeightsAtOutCoords();
           ${n}
         }`:s?f=`vec4 activation(vec4 a) {
           vec4 b = getLeakyreluAlphaAtOutCoords();
           ${n}
         }`:f=`vec4 activation(vec4 x) {
           ${n}
         }`,d="result = activation(result);");let h=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),o&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
       ${f}

       void main() {
         ivec4 coords = getOutputCoords();
         int batch = coords.x;
         ivec2 xRCCorner = coords.yz * strides - pads;
         int d2 = coords.w;
         int xRCorner = xRCCorner.x;
         int xCCorner = xRCCorner.y;

         //intialize dotProd with a small epsilon seems to reduce GPU accuracy loss.
         vec4 dotProd = vec4(0.000000000000001);

         ${m}

         vec4 result = dotProd - vec4(0.000000000000001);
         ${h}
         ${d}
         setOutput(result);
       }
     `}};v();var Ug=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"inputShape",type:"ivec4"},{name:"pad",type:"ivec2"},{name:"stride",type:"ivec2"},{name:"dilation",type:"ivec2"},{name:"inChannels",type:"int"},{name:"itemsPerBlockRow",type:"int"},{name:"outWidth",type:"int"}],this.outputShape=e,this.enableShapeUniforms=ct(this.outputShape.length);let{dataFormat:n}=t,o=Ct(),s=n==="channelsLast",a=s?1:2,c=s?2:3,u=this.enableShapeUniforms?"if(blockIndex < outShape[2] && pos < outShape[1]) {":`if(blockIndex < ${e[2]} && pos < ${e[1]}) {`,i="";for(let l=0;l<=1;l++)for(let p=0;p<=1;p++)i+=`
          blockIndex = rc.z + ${p};
          pos = rc.y + ${l};

          ${u}
            offsetY = int(blockIndex / outWidth) * stride[0] - pad[0];
            d0 = offsetY + dilation[0] * (pos / itemsPerBlockRow);

            if(d0 < inputShape[${a}] && d0 >= 0) {
              // Use custom imod instead mod. On Intel GPU, mod may generate
              // unexpected value.
              // https://github.com/tensorflow/tfjs/issues/5447
              offsetX = imod(blockIndex, outWidth) * stride[1] - pad[1];
              d1 = offsetX + dilation[1] * (imod(pos, itemsPerBlockRow) /
                  inChannels);

              if(d1 < inputShape[${c}] && d1 >= 0) {

                ch = imod(pos, inChannels);

                if (${s}) {
                  innerDims = vec2(d1, ch);
                  result[${l*2+p}] = getChannel(
                    getA(rc.x, d0, int(innerDims.x),
                    int(innerDims.y)), innerDims);
                } else {
                  innerDims = vec2(d0, d1);
                  result[${l*2+p}] = getChannel(
                    getA(rc.x, ch, int(innerDims.x),
                    int(innerDims.y)), innerDims);
                }
              }
            }
          }
        `;this.userCode=`
      void main() {
        ivec3 rc = getOutputCoords();

        vec4 result = vec4(0);

        int blockIndex, pos, offsetY, d0, offsetX, d1, ch;
        vec2 innerDims;

        ${i}

        ${o.output} = result;
      }
    `}};function Gg(r,e){let t=r.length;return t>=3?e?[...r.slice(0,-3),r[t-3]*r[t-2],r[t-1]]:[...r.slice(0,-3),r[t-3],r[t-2]*r[t-1]]:!e&&t===1&&r[0]>1?[r[0],1]:null}function zg({x:r,filter:e,convInfo:t,backend:n,bias:o=null,preluActivationWeights:s=null,leakyreluAlpha:a=0,activation:c=null}){let u=r.shape,i=n.texData.get(r.dataId),l=t.inChannels,p=u[0]*u[1]*u[2],m=t.outChannels,f=t.dataFormat==="channelsLast",d=!1,h=!1,g,x=[];if(s!=null){let C=Gg(s.shape,f);C!=null&&(s=ne({inputs:{x:s},backend:n,attrs:{shape:C}}),x.push(s))}if(o!=null){let C=Gg(o.shape,f);C!=null&&(o=ne({inputs:{x:o},backend:n,attrs:{shape:C}}),x.push(o))}if(!((p===1||m===1)&&l>YC)&&i.isPacked&&f&&i.texture!=null&&u[2]%2!==0&&b.arraysEqual(i.shape.slice(-3),u.slice(-3))){let C=u[0]*u[1]*(u[2]+1),T={dataId:r.dataId,shape:[1,C,t.inChannels],dtype:r.dtype},$=i.shape;i.shape=i.shape.slice(),i.shape[i.shape.length-2]++,b.assert(Qu(i.shape,T.shape),()=>`packed reshape ${i.shape} to ${T.shape} isn't free`);let A=ne({inputs:{x:e},backend:n,attrs:{shape:[1,t.inChannels,t.outChannels]}});x.push(A);let R=ol({a:T,b:A,backend:n,transposeA:d,transposeB:h,bias:o,activation:c,preluActivationWeights:s,leakyreluAlpha:a}),D=n.texData.get(R.dataId);b.assert(D.isPacked,()=>"batchMatMul result is expected to be packed"),i.shape=$,D.shape=t.outShape,g=At({inputs:{x:R},backend:n}),g.shape=t.outShape,x.push(R)}else{let C=t.outHeight*t.outWidth,T=ne({inputs:{x:r},backend:n,attrs:{shape:f?[t.batchSize,C,t.inChannels]:[t.batchSize,t.inChannels,C]}}),$=ne({inputs:{x:e},backend:n,attrs:{shape:[1,t.inChannels,t.outChannels]}}),A=ol({a:f?T:$,b:f?$:T,transposeA:!f,transposeB:h,backend:n,bias:o,activation:c,preluActivationWeights:s,leakyreluAlpha:a});g=ne({inputs:{x:A},backend:n,attrs:{shape:t.outShape}}),x.push(T),x.push($),x.push(A)}for(let C of x)n.disposeIntermediateTensorInfo(C);return g}function Hg({x:r,filter:e,convInfo:t,backend:n,bias:o=null,preluActivationWeights:s=null,leakyreluAlpha:a=0,activation:c=null}){let{filterWidth:u,filterHeight:i,inChannels:l,outWidth:p,outHeight:m,dataFormat:f}=t,d=f==="channelsLast",h=u*i*l,g=m*p,x=[t.batchSize,h,g],y=!0,w=!1,C=[];if(s!=null){let Y=Gg(s.shape,d);Y!=null&&(s=ne({inputs:{x:s},backend:n,attrs:{shape:Y}}),C.push(s))}if(o!=null){let Y=Gg(o.shape,d);Y!=null&&(o=ne({inputs:{x:o},backend:n,attrs:{shape:Y}}),C.push(o))}let T=ne({inputs:{x:e},backend:n,attrs:{shape:[1,h,b.sizeFromShape(e.shape)/h]}});C.push(T);let $=new Ug(x,t),A=[r.shape,[t.padInfo.top,t.padInfo.left],[t.strideHeight,t.strideWidth],[t.dilationHeight,t.dilationWidth],[t.inChannels],[t.filterWidth*t.inChannels],[t.outWidth]],R=n.runWebGLProgram($,[r],"float32",A),D=ne({inputs:{x:R},backend:n,attrs:{shape:x}});C.push(R),C.push(D);let F=o!=null,B=s!=null,V=c==="leakyrelu",U=c?Wi(c,!0):null,z=new vp(d?D.shape:T.shape,d?T.shape:D.shape,d?[t.batchSize,g,t.outChannels]:[t.batchSize,t.outChannels,g],y,w,F,U,B,V),W=d?[D,T]:[T,D];if(o&&W.push(o),B&&W.push(s),V){let Y=n.makeTensorInfo([],"float32",b.createScalarValue(a,"float32"));W.push(Y),C.push(Y)}let q=n.runWebGLProgram(z,W,"float32"),j=ne({inputs:{x:q},backend:n,attrs:{shape:t.outShape}});C.push(q);for(let Y of C)n.disposeIntermediateTensorInfo(Y);return j}function gre(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,filter:s}=e,{strides:a,pad:c,dataFormat:u,dilations:i,dimRoundingMode:l}=n,p=S.convertConv2DDataFormat(u),m=S.computeConv2DInfo(o.shape,s.shape,a,i,c,l,!1,p),f;if(m.filterHeight===1&&m.filterWidth===1&&m.dilationHeight===1&&m.dilationWidth===1&&m.strideHeight===1&&m.strideWidth===1&&(m.padInfo.type==="SAME"||m.padInfo.type==="VALID"))f=zg({x:o,filter:s,convInfo:m,backend:t});else if(m.strideWidth<=2&&p==="channelsLast"&&P().getBool("WEBGL_EXP_CONV")){let h=new Sp(m),g=[[m.padInfo.top,m.padInfo.left],[m.strideHeight,m.strideWidth],[m.dilationHeight,m.dilationWidth],[m.inHeight,m.inWidth]];f=t.runWebGLProgram(h,[o,s],"float32",g)}else if(P().getBool("WEBGL_CONV_IM2COL"))f=Hg({x:o,filter:s,convInfo:m,backend:t});else{let h=new Cp(m);f=t.runWebGLProgram(h,[o,s],"float32")}let d=ne({inputs:{x:f},backend:t,attrs:{shape:m.outShape}});return t.disposeIntermediateTensorInfo(f),d}var n3={kernelName:$o,backendName:"webgl",kernelFunc:gre};v();var Kg=class{constructor(e){this.variableNames=["x","dy"],this.outputShape=e.filterShape;let t=e.strideHeight,n=e.strideWidth,o=e.padInfo.top,s=e.padInfo.left,a=e.dataFormat==="channelsLast";this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int wR = coords.x;
        int wC = coords.y;
        int d1 = coords.z;
        int d2 = coords.w;

        // Convolve x(?, ?, d1) with dy(:, :, d2) to get dw(wR, wC, d1, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int b = 0; b < ${e.batchSize}; b++) {
          for (int yR = 0; yR < ${e.outHeight}; yR++) {
            int xR = wR + yR * ${t} - ${o};

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int yC = 0; yC < ${e.outWidth}; yC++) {
              int xC = wC + yC * ${n} - ${s};

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              ${a?`float dyValue = getDy(b, yR, yC, d2);
              float xValue = getX(b, xR, xC, d1);
              dotProd += (xValue * dyValue);`:`float dyValue = getDy(b, d2, yR, yC);
              float xValue = getX(b, d1, xR, xC);
              dotProd += (xValue * dyValue);`}
            }
          }
        }
        setOutput(dotProd);
      }
    `}},qg=class{constructor(e){this.variableNames=["dy","W"],this.outputShape=e.inShape;let t=e.filterHeight,n=e.filterWidth,o=e.strideHeight,s=e.strideWidth,a=e.dataFormat==="channelsLast",c=t-1-e.padInfo.top,u=n-1-e.padInfo.left,i=a?1:2,l=a?2:3,p=a?3:1;this.userCode=`
      const ivec2 pads = ivec2(${c}, ${u});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[${p}];

        ivec2 dyCorner = ivec2(coords[${i}], coords[${l}]) - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        // Convolve dy(?, ?, d2) with w(:, :, d1, d2) to compute dx(xR, xC, d1).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${t}; wR++) {
          float dyR = float(dyRCorner + wR) / ${o}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          int wRPerm = ${t} - 1 - wR;

          for (int wC = 0; wC < ${n}; wC++) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            int wCPerm = ${n} - 1 - wC;

            for (int d2 = 0; d2 < ${e.outChannels}; d2++) {

              if (${a}) {
                float xValue = getDy(batch, idyR, idyC, d2);
                float wValue = getW(wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              } else {
                float xValue = getDy(batch, d2, idyR, idyC);
                float wValue = getW(wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              }

            }
          }
        }
        setOutput(dotProd);
      }
    `}},jg=class{constructor(e){this.variableNames=["x","dy"],this.outputShape=e.filterShape;let t=e.strideDepth,n=e.strideHeight,o=e.strideWidth,s=e.padInfo.front,a=e.padInfo.top,c=e.padInfo.left;this.userCode=`
      void main() {
        ivec5 coords = getOutputCoords();
        int wF = coords.x;
        int wR = coords.y;
        int wC = coords.z;
        int d1 = coords.w;
        int d2 = coords.u;

        float dotProd = 0.0;

        for (int b = 0; b < ${e.batchSize}; b++) {
          for (int yF = 0; yF < ${e.outDepth}; yF++) {
            int xF = wF + yF * ${t} - ${s};

            if (xF < 0 || xF >= ${e.inDepth}) {
              continue;
            }

            for (int yR = 0; yR < ${e.outHeight}; yR++) {
              int xR = wR + yR * ${n} - ${a};

              if (xR < 0 || xR >= ${e.inHeight}) {
                continue;
              }

              for (int yC = 0; yC < ${e.outWidth}; yC++) {
                int xC = wC + yC * ${o} - ${c};

                if (xC < 0 || xC >= ${e.inWidth}) {
                  continue;
                }

                float dyValue = getDy(b, yF, yR, yC, d2);
                float xValue = getX(b, xF, xR, xC, d1);
                dotProd += (xValue * dyValue);
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Xg=class{constructor(e){this.variableNames=["dy","W"],this.outputShape=e.inShape;let t=e.filterDepth,n=e.filterHeight,o=e.filterWidth,s=e.strideDepth,a=e.strideHeight,c=e.strideWidth,u=t-1-e.padInfo.front,i=n-1-e.padInfo.top,l=o-1-e.padInfo.left;this.userCode=`
      const ivec3 pads = ivec3(${u}, ${i}, ${l});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int d1 = coords.u;


        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyFCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        float dotProd = 0.0;
        for (int wF = 0; wF < ${t}; wF++) {
          float dyF = float(dyFCorner + wF) / ${s}.0;

          if (dyF < 0.0 || dyF >= ${e.outDepth}.0 || fract(dyF) > 0.0) {
            continue;
          }
          int idyF = int(dyF);

          int wFPerm = ${t} - 1 - wF;

          for (int wR = 0; wR < ${n}; wR++) {
            float dyR = float(dyRCorner + wR) / ${a}.0;

            if (dyR < 0.0 || dyR >= ${e.outHeight}.0 ||
              fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            int wRPerm = ${n} - 1 - wR;

            for (int wC = 0; wC < ${o}; wC++) {
              float dyC = float(dyCCorner + wC) / ${c}.0;

              if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              int wCPerm = ${o} - 1 - wC;

              for (int d2 = 0; d2 < ${e.outChannels}; d2++) {
                float xValue = getDy(batch, idyF, idyR, idyC, d2);
                float wValue = getW(wFPerm, wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function xre(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,dy:s}=e,{strides:a,pad:c,dataFormat:u,dimRoundingMode:i,filterShape:l}=n,p=S.convertConv2DDataFormat(u),m=S.computeConv2DInfo(o.shape,l,a,1,c,i,!1,p),f=new Kg(m);return t.runWebGLProgram(f,[o,s],"float32")}var o3={kernelName:jc,backendName:"webgl",kernelFunc:xre};v();var Yg=class{constructor(e){this.variableNames=["dy","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"strides",type:"vec2"}],this.outputShape=e.inShape,this.enableShapeUniforms=ct(this.outputShape.length);let t=e.filterHeight,n=e.filterWidth,o=t-1-e.padInfo.top,s=n-1-e.padInfo.left;this.userCode=`
      const ivec2 pads = ivec2(${o}, ${s});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[3];

        ivec2 dyCorner = ivec2(coords[1], coords[2]) - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        vec4 result = vec4(0.);
        for (int wR = 0; wR < ${t}; wR++) {
          float dyR = float(dyRCorner + wR) / strides[0];
          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);
          int wRPerm = ${t} - 1 - wR;

          for (int wC = 0; wC < ${n}; wC++) {
            int wCPerm = ${n} - 1 - wC;

            float dyC = float(dyCCorner + wC) / strides[1];
            bool idyCVal = (dyC >= 0.0) && (dyC < ${e.outWidth}.0)
              && (fract(dyC) == 0.0);
            int idyC = int(dyC);

            float dyC2 = float(dyCCorner + wC + 1) / strides[1];
            bool idyCVal2 = (dyC2 >= 0.0) && (dyC2 < ${e.outWidth}.0)
              && (fract(dyC2) == 0.0);
            int idyC2 = int(dyC2);

            if (idyCVal && idyCVal2) {
              for (int d2 = 0; d2 < ${e.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC, d2);
                vec4 dySample2 = (idyC / 2 == idyC2 / 2) ?
                  dySample : getDy(batch, idyR, idyC2, d2);

                vec2 dyValue = mod(float(idyC), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.xy += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));

                dyValue = mod(float(idyC2), 2.) == 0. ?
                  dySample2.xy : dySample2.zw;
                result.zw += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            } else if (idyCVal) {
              for (int d2 = 0; d2 < ${e.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC, d2);
                vec2 dyValue = mod(float(idyC), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.xy += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            } else if (idyCVal2) {
              for (int d2 = 0; d2 < ${e.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC2, d2);
                vec2 dyValue = mod(float(idyC2), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.zw += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            }
          }
        }
        setOutput(result);
      }
    `}};function bre(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,filter:s}=e,{inputShape:a,strides:c,pad:u,dataFormat:i,dimRoundingMode:l}=n,p=S.convertConv2DDataFormat(i),m=S.computeConv2DInfo(a,s.shape,c,1,u,l,!1,p);if(P().getBool("WEBGL_PACK_CONV2DTRANSPOSE")&&p==="channelsLast"){let f=[[m.strideHeight,m.strideWidth]],d=new Yg(m);return t.runWebGLProgram(d,[o,s],"float32",f)}else{let f=new qg(m);return t.runWebGLProgram(f,[o,s],"float32")}}var s3={kernelName:Ao,backendName:"webgl",kernelFunc:bre};v();function yre(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,filter:s}=e,{strides:a,pad:c,dilations:u}=n,i=S.computeConv3DInfo(o.shape,s.shape,a,u,c),l=new Wg(i);return t.runWebGLProgram(l,[o,s],"float32")}var a3={kernelName:Ro,backendName:"webgl",kernelFunc:yre};v();function wre(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,dy:s}=e,{strides:a,pad:c,filterShape:u}=n,i=S.computeConv3DInfo(o.shape,u,a,1,c),l=new jg(i);return t.runWebGLProgram(l,[o,s],"float32")}var i3={kernelName:Ji,backendName:"webgl",kernelFunc:wre};v();function vre(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,filter:s}=e,{pad:a,strides:c,inputShape:u}=n,i=S.computeConv3DInfo(u,s.shape,c,1,a),l=new Xg(i);return t.runWebGLProgram(l,[o,s],"float32")}var c3={kernelName:Do,backendName:"webgl",kernelFunc:vre};v();var Ire=Mn+`
  return cos(x);
`,Cre=`
  vec4 result = cos(x);
  bvec4 isNaN = isnan(x);
  ${rn}
  return result;
`,Sre=be({opSnippet:Ire,packedOpSnippet:Cre}),u3={kernelName:"Cos",backendName:"webgl",kernelFunc:Sre};v();var kre=`
  float e2x = exp(-x);
  return (e2x + 1.0 / e2x) / 2.0;
`,_re=be({opSnippet:kre}),l3={kernelName:Fo,backendName:"webgl",kernelFunc:_re};v();var Jg=class{constructor(e,t,n,o,s){this.variableNames=["Image","Boxes","BoxInd"],this.outputShape=[];let[a,c,u,i]=e,[l]=t,[p,m]=n;this.outputShape=[l,p,m,i];let f=o==="bilinear"?1:0,[d,h]=[`${c-1}.0`,`${u-1}.0`],[g,x,y]=p>1?[`${(c-1)/(p-1)}`,"(y2-y1) * height_ratio",`y1*${d} + float(y)*(height_scale)`]:["0.0","0.0",`0.5 * (y1+y2) * ${d}`],[w,C,T]=m>1?[`${(u-1)/(m-1)}`,"(x2-x1) * width_ratio",`x1*${h} + float(x)*(width_scale)`]:["0.0","0.0",`0.5 * (x1+x2) * ${h}`];this.userCode=`
      const float height_ratio = float(${g});
      const float width_ratio = float(${w});
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int y = coords[1];
        int x = coords[2];
        int d = coords[3];

        // get box vals
        float y1 = getBoxes(b,0);
        float x1 = getBoxes(b,1);
        float y2 = getBoxes(b,2);
        float x2 = getBoxes(b,3);

        // get image in batch index
        int bInd = round(getBoxInd(b));
        if(bInd < 0 || bInd >= ${a}) {
          return;
        }

        float height_scale = ${x};
        float width_scale = ${C};

        float in_y = ${y};
        if( in_y < 0.0 || in_y > ${d} ) {
          setOutput(float(${s}));
          return;
        }
        float in_x = ${T};
        if( in_x < 0.0 || in_x > ${h} ) {
          setOutput(float(${s}));
          return;
        }

        vec2 sourceFracIndexCR = vec2(in_x,in_y);
        if(${f} == 1) {
          // Compute the four integer indices.
          ivec2 sourceFloorCR = ivec2(sourceFracIndexCR);
          ivec2 sourceCeilCR = ivec2(ceil(sourceFracIndexCR));

          float topLeft = getImage(b, sourceFloorCR.y, sourceFloorCR.x, d);
          float bottomLeft = getImage(b, sourceCeilCR.y, sourceFloorCR.x, d);
          float topRight = getImage(b, sourceFloorCR.y, sourceCeilCR.x, d);
          float bottomRight = getImage(b, sourceCeilCR.y, sourceCeilCR.x, d);

          vec2 fracCR = sourceFracIndexCR - vec2(sourceFloorCR);

          float top = topLeft + (topRight - topLeft) * fracCR.x;
          float bottom = bottomLeft + (bottomRight - bottomLeft) * fracCR.x;
          float newValue = top + (bottom - top) * fracCR.y;
          setOutput(newValue);
        } else {
          // Compute the coordinators of nearest neighbor point.
          ivec2 sourceNearestCR = ivec2(floor(
            sourceFracIndexCR + vec2(0.5,0.5)));
          float newValue = getImage(b, sourceNearestCR.y, sourceNearestCR.x, d);
          setOutput(newValue);
        }
      }
    `}};var Tre=r=>{let{inputs:e,backend:t,attrs:n}=r,{image:o,boxes:s,boxInd:a}=e,{cropSize:c,method:u,extrapolationValue:i}=n,l=new Jg(o.shape,s.shape,c,u,i);return t.runWebGLProgram(l,[o,s,a],"float32")},p3={kernelName:Oo,backendName:"webgl",kernelFunc:Tre};v();var al;(function(r){r.Prod="*",r.Sum="+"})(al||(al={}));var Qm=class{constructor(e,t,n,o){this.op=e,this.outputShape=t,this.variableNames=["x"],this.customUniforms=[{name:"index",type:"float"}];let s=this.outputShape.length,a=this.op===al.Prod?"1.0":"0.0",c=n?a:`getX(${m3(s,"coords",this.op)})`,u=this.outputShape[this.outputShape.length-1],i="",l="";n?(i=o?`end != ${u-1}`:"end != 0",l=o?"end + 1":"end - 1"):(i=o?`end + pow2 < ${u}`:"end >= pow2",l=o?"end + pow2":"end - pow2"),this.userCode=`
      void main() {
        ${$e(s)} coords = getOutputCoords();
        int end = ${f3(s,"coords",this.op)};
        float val = ${c};
        int pow2 = int(pow(2.0, index));
        if (${i}) {
          int idx = ${l};
          ${f3(s,"coords",this.op)} = idx;
          val ${this.op}= getX(${m3(s,"coords",this.op)});
        }
        setOutput(val);
      }
    `}};function m3(r,e,t){if(r===1)return`${e}`;if(r===2)return`${e}.x, ${e}.y`;if(r===3)return`${e}.x, ${e}.y, ${e}.z`;if(r===4)return`${e}.x, ${e}.y, ${e}.z, ${e}.w`;throw new Error(`Cumulative ${t} for rank ${r} is not yet supported`)}function f3(r,e,t){if(r===1)return`${e}`;if(r===2)return`${e}.y`;if(r===3)return`${e}.z`;if(r===4)return`${e}.w`;throw new Error(`Cumulative ${t} for rank ${r} is not yet supported`)}v();function Zg(r,e,t,n,o,s){let a=e.shape.length,c=S.getAxesPermutation([n],a),u=e;c!=null&&(u=xt({inputs:{x:e},backend:t,attrs:{perm:c}}));let i=S.getInnerMostAxes(1,a)[0];if(i!==a-1)throw new Error(`WebGL cumprod shader expects an inner-most axis=${e.shape.length-1} but got axis=${n}`);let l=u.shape[i],p=At({inputs:{x:u},backend:t});for(let m=0;m<=Math.ceil(Math.log2(l))-1;m++){let f=new Qm(r,u.shape,!1,s),d=[[m]],h=p;p=t.runWebGLProgram(f,[p],p.dtype,d),t.disposeIntermediateTensorInfo(h)}if(o){let m=new Qm(r,u.shape,o,s),f=p;p=t.runWebGLProgram(m,[p],p.dtype),t.disposeIntermediateTensorInfo(f)}if(c!=null){let m=S.getUndoAxesPermutation(c),f=xt({inputs:{x:p},backend:t,attrs:{perm:m}});return t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(u),f}return p}function Nre(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,exclusive:a,reverse:c}=n;return Zg(al.Prod,o,t,s,a,c)}var d3={kernelName:Mo,backendName:"webgl",kernelFunc:Nre};v();function Ere(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,exclusive:a,reverse:c}=n;return Zg(al.Sum,o,t,s,a,c)}var h3={kernelName:Po,backendName:"webgl",kernelFunc:Ere};v();function $re(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,weights:s}=e,{size:a,binaryOutput:c}=n;if(o.shape.length===1){let u=t.readSync(o.dataId),i=t.readSync(s.dataId),l=fg(u,i,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,l)}else if(o.shape.length===2){let u=t.bufferSync(o),i=t.bufferSync(s),l=eP(u,i,a,c);return t.makeTensorInfo(l.shape,s.dtype,l.values)}throw new Error(`Error in denseBincount: input must be at most rank 2, but got rank${o.shape.length}.`)}var g3={kernelName:Pa,backendName:"webgl",kernelFunc:$re};v();var Qg=class{constructor(e,t,n){this.variableNames=["x"],this.outputShape=[],this.outputShape=e,this.blockSize=t,this.dataFormat=n,this.userCode=`
    void main() {
      ivec4 coords = getOutputCoords();
      int b = coords[0];
      int h = ${this.getHeightCoordString()};
      int w = ${this.getWidthCoordString()};
      int d = ${this.getDepthCoordString()};

      int in_h = h / ${t};
      int offset_h = imod(h, ${t});
      int in_w = w / ${t};
      int offset_w = imod(w, ${t});
      int offset_d = (offset_h * ${t} + offset_w) *
        ${this.getOutputDepthSize()};
      int in_d = d + offset_d;

      float result = ${this.getInputSamplingString()};
      setOutput(result);
    }
  `}getHeightCoordString(){return this.dataFormat==="NHWC"?"coords[1]":"coords[2]"}getWidthCoordString(){return this.dataFormat==="NHWC"?"coords[2]":"coords[3]"}getDepthCoordString(){return this.dataFormat==="NHWC"?"coords[3]":"coords[1]"}getOutputDepthSize(){return this.dataFormat==="NHWC"?this.outputShape[3]:this.outputShape[1]}getInputSamplingString(){return this.dataFormat==="NHWC"?"getX(b, in_h, in_w, in_d)":"getX(b, in_d, in_h, in_w)"}};function Are(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{blockSize:s,dataFormat:a}=n,c=o.shape[0],u=a==="NHWC"?o.shape[1]:o.shape[2],i=a==="NHWC"?o.shape[2]:o.shape[3],l=a==="NHWC"?o.shape[3]:o.shape[1],p=u*s,m=i*s,f=l/(s*s),d=a==="NHWC"?[c,p,m,f]:[c,f,p,m],h=new Qg(d,s,a);return t.runWebGLProgram(h,[o],o.dtype)}var x3={kernelName:Bo,backendName:"webgl",kernelFunc:Are};v();var kp=class{constructor(e,t=!1,n=null,o=!1,s=!1){this.variableNames=["x","W"],this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=e.outShape,this.enableShapeUniforms=ct(this.outputShape.length);let a=e.filterHeight,c=e.filterWidth,u=e.outChannels/e.inChannels,i="",l="";n&&(o?i=`float activation(float a) {
          float b = getPreluActivationWeightsAtOutCoords();
          ${n}
        }`:s?i=`float activation(float a) {
          float b = getLeakyreluAlphaAtOutCoords();
          ${n}
        }`:i=`
          float activation(float x) {
            ${n}
          }
        `,l="result = activation(result);");let p=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),o&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${i}

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        ivec2 xRCCorner = coords.yz * strides - pads;
        int d2 = coords.w;
        int d1 = d2 / ${u};
        int q = d2 - d1 * ${u};

        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // Convolve x(?, ?, d1) with w(:, :, d1, q) to get y(yR, yC, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        // TO DO(dsmilkov): Flatten the two for loops and vec4 the operations.
        for (int wR = 0; wR < ${a}; wR++) {
          int xR = xRCorner + wR * dilations[0];

          if (xR < 0 || xR >= inDims[0]) {
            continue;
          }

          for (int wC = 0; wC < ${c}; wC++) {
            int xC = xCCorner + wC * dilations[1];

            if (xC < 0 || xC >= inDims[1]) {
              continue;
            }

            float xVal = getX(batch, xR, xC, d1);
            float wVal = getW(wR, wC, d1, q);
            dotProd += xVal * wVal;
          }
        }

        float result = dotProd;
        ${p}
        ${l}
        setOutput(result);
      }
    `}};v();var _p=class{constructor(e,t=!1,n=null,o=!1,s=!1){this.variableNames=["x","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=e.outShape,this.enableShapeUniforms=ct(this.outputShape.length);let a=e.outChannels/e.inChannels,c=e.padInfo.left,u=e.strideWidth,i=e.dilationWidth,l=e.filterHeight,p=e.filterWidth,m=p,f=`
      int xR; int xC; int xCOffset;
      vec4 wTexel; vec4 previous; vec4 final;`;for(let x=0;x<p;x++)f+=`
          vec4 xTexelC${x*2};
          int xTexelC${x*2}Ready;
          vec4 xTexelC${x*2+1};
          int xTexelC${x*2+1}Ready;
          vec4 xC${x};`;f+=`
    for (int r = 0; r < ${l}; r++) {
      `;for(let x=0;x<p;x++)f+=`
          xTexelC${x*2} = vec4(0.0);
          xTexelC${x*2}Ready = 0;
          xTexelC${x*2+1} = vec4(0.0);
          xTexelC${x*2+1}Ready = 0;
          xC${x} = vec4(0.0);`;f+=`
        xR = xRCorner + r * dilations[0];
        if (xR >=0 && xR < inDims[0]) {
      `;for(let x=0;x<(m+1)/2;x++){let y=x*2;if(f+=`
          xC = xCCorner + ${y*i};
          `,u===1){if(y<p&&(c%2===1?(f+=`
                xCOffset = xC + 1;
                if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xCOffset, d1);

                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }
              `,i===1&&y>0?f+=`
                xC${y} = vec4(xTexelC${y-2}.zw, xTexelC${y}.xy);
                `:f+=`
                  xCOffset = xC + 1 - 2;

                  if (xCOffset >= 0 && xCOffset < inDims[1]) {
                    previous = getX(batch, xR, xCOffset, d1);

                    // Need to manually clear unused channels in case
                    // we're reading from recycled texture.
                    if (xCOffset + 1 >= inDims[1]) {
                      previous.zw = vec2(0.0);
                    }

                    xC${y} = vec4(previous.zw, xTexelC${y}.xy);
                  } else {
                    xC${y} = vec4(0.0, 0.0, xTexelC${y}.xy);
                  }
                  `):f+=`
                if (xC >= 0 && xC < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xC, d1);
                  if (xC + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }

                xC${y} = xTexelC${y};
                `,y+1<p)){let w=c%2===0?b.nearestLargerEven(i):i;i%2===0&&c%2===1||i%2!==0&&c%2!==1?(f+=`
                  xCOffset = xC + imod(pads[1], 2) + ${w};

                  if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y+1}Ready == 0) {
                    xTexelC${y+1} = getX(batch, xR, xCOffset, d1);

                    // Need to manually clear unused channels in case
                    // we're reading from recycled texture.
                    if (xCOffset + 1 >= inDims[1]) {
                      xTexelC${y+1}.zw = vec2(0.0);
                    }
                    xTexelC${y+1}Ready = 1;
                  }
                  `,i>1?f+=`
                    xCOffset -= 2;
                    if (xCOffset >= 0 && xCOffset < inDims[1]) {
                     previous = getX(batch, xR, xCOffset, d1);
                     xC${y+1} = vec4(previous.zw, xTexelC${y+1}.xy);
                    } else {
                     xC${y+1} = vec4(0.0, 0.0, xTexelC${y+1}.xy);
                    }
                    `:f+=`
                    xC${y+1} = vec4(xTexelC${y}.zw, xTexelC${y+1}.xy);
                    `):w===1?f+=`
                    xC${y+1} = xTexelC${y};
                    `:f+=`
                    xCOffset = xC + ${w};

                    if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y+1}Ready == 0) {
                      xTexelC${y+1} = getX(batch, xR, xCOffset, d1);
                      if (xCOffset + 1 >= inDims[1]) {
                        xTexelC${y+1}.zw = vec2(0.0);
                      }
                      xTexelC${y+1}Ready = 1;
                    }

                    xC${y+1} = xTexelC${y+1};
                    `}}else y<p&&(c%2===1?(f+=`
                xCOffset = xC + 1 - strides[1];
                if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xCOffset, d1);
                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }

                if(xC + 1 >= 0 && xC + 1 < inDims[1] && xTexelC${y+1}Ready == 0) {
                  xTexelC${y+1} = getX(batch, xR, xC + 1, d1);
                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xC + 2 >= inDims[1]) {
                    xTexelC${y+1}.zw = vec2(0.0);
                  }
                  xTexelC${y+1}Ready = 1;
                }

                xC${y} = vec4(xTexelC${y}.zw, xTexelC${y+1}.zw);
              `,y+1<p&&(f+=`
                  final = vec4(0.0);
                  xCOffset = xC + 1 + strides[1];
                  if(xCOffset >= 0 && xCOffset < inDims[1]) {
                    final = getX(batch, xR, xCOffset, d1);
                  }
                  xC${y+1} = vec4(xTexelC${y+1}.xy, final.xy);
                `)):(f+=`
                if(xC >= 0 && xC < inDims[1] && xTexelC${y}Ready == 0) {
                  xTexelC${y} = getX(batch, xR, xC, d1);
                  if (xC + 1 >= inDims[1]) {
                    xTexelC${y}.zw = vec2(0.0);
                  }
                  xTexelC${y}Ready = 1;
                }

                xCOffset = xC + strides[1];
                if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${y+1}Ready == 0) {
                  xTexelC${y+1} = getX(batch, xR, xCOffset, d1);
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${y+1}.zw = vec2(0.);
                  }
                  xTexelC${y+1}Ready = 1;
                }

                xC${y} = vec4(
                  xTexelC${y}.xy, xTexelC${y+1}.xy);
              `,y+1<p&&(f+=`
                  xC${y+1} = vec4(xTexelC${y}.zw, xTexelC${y+1}.zw);
                `)));y<p&&(f+=`
            wTexel = getW(r, ${y}, d1, q);
            dotProd += xC${y} * vec4(wTexel.xz, wTexel.xz);
          `,y+1<p&&(f+=`
              wTexel = getW(r, ${y+1}, d1, q);
              dotProd += xC${y+1} * vec4(wTexel.xz, wTexel.xz);
            `))}f+=`
    }
  `,f+=`
      }
    `;let d="",h="";n&&(o?d=`vec4 activation(vec4 a) {
          vec4 b = getPreluActivationWeightsAtOutCoords();
          ${n}
        }`:s?d=`vec4 activation(vec4 a) {
          vec4 b = getLeakyreluAlphaAtOutCoords();
          ${n}
        }`:d=`vec4 activation(vec4 x) {
          ${n}
        }`,h="result = activation(result);");let g=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),o&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${d}

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        ivec2 xRCCorner = coords.yz * strides - pads;
        int d2 = coords.w;
        int d1 = d2 / ${a};
        int q = d2 - d1 * ${a};
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        //intialize dotProd with a small epsilon seems to reduce GPU accuracy loss.
        vec4 dotProd = vec4(0.000000000000001);

        ${f}

        vec4 result = dotProd - vec4(0.000000000000001);
        ${g}
        ${h}
        setOutput(result);
      }
    `}};function Rre(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,filter:s}=e,{strides:a,pad:c,dilations:u,dimRoundingMode:i}=n,l=u;l==null&&(l=[1,1]),b.assert(S.eitherStridesOrDilationsAreOne(a,l),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${a} and dilations '${l}'`);let p=S.computeConv2DInfo(o.shape,s.shape,a,l,c,i,!0),m;P().getBool("WEBGL_PACK_DEPTHWISECONV")&&p.strideWidth<=2&&p.outChannels/p.inChannels===1?m=new _p(p):m=new kp(p);let f=[[p.padInfo.top,p.padInfo.left],[p.strideHeight,p.strideWidth],[p.dilationHeight,p.dilationWidth],[p.inHeight,p.inWidth]];return t.runWebGLProgram(m,[o,s],"float32",f)}var b3={kernelName:Lo,backendName:"webgl",kernelFunc:Rre};v();var ex=class{constructor(e){this.variableNames=["x","dy"],this.outputShape=e.filterShape;let t=e.strideHeight,n=e.strideWidth,o=e.padInfo.top,s=e.padInfo.left,a=e.outChannels/e.inChannels;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int wR = coords.x;
        int wC = coords.y;
        int d1 = coords.z;
        int dm = coords.w;
        int d2 = d1 * ${a} + dm;

        float dotProd = 0.0;

        // TO DO: Vec4 over the batch size
        for (int b = 0; b < ${e.batchSize}; b++) {
          for (int yR = 0; yR < ${e.outHeight}; yR++) {
            int xR = wR + yR * ${t} - ${o};

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int yC = 0; yC < ${e.outWidth}; yC++) {
              int xC = wC + yC * ${n} - ${s};

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              float dyValue = getDy(b, yR, yC, d2);
              float xValue = getX(b, xR, xC, d1);
              dotProd += (xValue * dyValue);
            }
          }
        }
        setOutput(dotProd);
      }
    `}},tx=class{constructor(e){this.variableNames=["dy","W"],this.outputShape=e.inShape;let t=e.filterHeight,n=e.filterWidth,o=e.strideHeight,s=e.strideWidth,a=t-1-e.padInfo.top,c=n-1-e.padInfo.left,u=e.outChannels/e.inChannels;this.userCode=`
      const ivec2 pads = ivec2(${a}, ${c});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[3];
        ivec2 dyCorner = coords.yz - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        float dotProd = 0.0;

        for (int wR = 0; wR < ${t}; wR++) {
          float dyR = float(dyRCorner + wR) / ${o}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          int wRPerm = ${t} - 1 - wR;

          for (int wC = 0; wC < ${n}; wC++) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            int wCPerm = ${n} - 1 - wC;

            // TO DO: Vec4 over the channelMul
            for (int dm = 0; dm < ${u}; dm++) {
              int d2 = d1 * ${u} + dm;
              float xValue = getDy(batch, idyR, idyC, d2);
              float wValue = getW(wRPerm, wCPerm, d1, dm);
              dotProd += xValue * wValue;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function Dre(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,dy:s}=e,{strides:a,dilations:c,pad:u,dimRoundingMode:i,filterShape:l}=n,p=S.computeConv2DInfo(o.shape,l,a,c,u,i,!0),m=new ex(p);return t.runWebGLProgram(m,[o,s],"float32")}var y3={kernelName:Xc,backendName:"webgl",kernelFunc:Dre};v();function Fre(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,filter:s}=e,{strides:a,dilations:c,pad:u,dimRoundingMode:i,inputShape:l}=n,p=S.computeConv2DInfo(l,s.shape,a,c,u,i,!0),m=new tx(p);return t.runWebGLProgram(m,[o,s],"float32")}var w3={kernelName:Yc,backendName:"webgl",kernelFunc:Fre};v();var rx=class{constructor(e){this.variableNames=["X"],this.outputShape=[e,e],this.userCode=`
      void main() {
          ivec2 coords = getOutputCoords();
          float val = coords[0] == coords[1] ? getX(coords[0]) : 0.0;
          setOutput(val);
      }
    `}};function Mre(r){let{inputs:e,backend:t}=r,{x:n}=e,o=[...n.shape,...n.shape],s=b.sizeFromShape(n.shape),a=ne({inputs:{x:n},backend:t,attrs:{shape:[s]}}),c=new rx(s),u=t.runWebGLProgram(c,[a],a.dtype),i=ne({inputs:{x:u},backend:t,attrs:{shape:o}});return t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(u),i}var v3={kernelName:Oa,backendName:"webgl",kernelFunc:Mre};v();var nx=class{constructor(e){this.variableNames=["x","W"],this.outputShape=e.outShape;let{inHeight:t,inWidth:n,padInfo:o,strideHeight:s,strideWidth:a,filterHeight:c,filterWidth:u,dilationHeight:i,dilationWidth:l}=e,{top:p,left:m}=o;this.userCode=`
      const ivec2 strides = ivec2(${s}, ${a});
      const ivec2 pads = ivec2(${p}, ${m});
      const float neg_infinity = -3.4e38;

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        int d1 = coords.w;
        ivec2 outTopLeftCorner =
            coords.yz * strides - pads;
        int hBeg = outTopLeftCorner.x;
        int wBeg = outTopLeftCorner.y;

        float curVal = neg_infinity;
        for (int h = 0; h < ${c}; h++) {
          int hIn = hBeg + h * ${i};

          if (hIn >= 0 && hIn < ${t}) {
            for (int w = 0; w < ${u}; w++) {
              int wIn = wBeg + w * ${l};

              if (wIn >= 0 && wIn < ${n}) {
                float xVal = getX(batch, hIn, wIn, d1);
                float wVal = getW(h, w, d1);

                float val = xVal + wVal;
                if (val > curVal) {
                  curVal = val;
                }
              }
            }
          }
        }

        float result = curVal;
        setOutput(result);
      }
    `}};function Pre(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,filter:s}=e,{strides:a,pad:c,dilations:u}=n,i=S.computeDilation2DInfo(o.shape,s.shape,a,c,"NHWC",u),l,p=new nx(i);l=t.runWebGLProgram(p,[o,s],"float32");let m=ne({inputs:{x:l},backend:t,attrs:{shape:i.outShape}});return t.disposeIntermediateTensorInfo(l),m}var I3={kernelName:Vo,backendName:"webgl",kernelFunc:Pre};v();function Ore(r){let{inputs:e,backend:t,attrs:n}=r,{equation:o}=n,s=e,{allDims:a,summedDims:c,idDims:u}=S.decodeEinsumEquation(o,s.length);S.checkEinsumDimSizes(a.length,u,s);let{path:i,steps:l}=S.getEinsumComputePath(c,u),p=l.length,m=null,f=a.length,d=[];for(let h=0;h<p;++h){for(let g of l[h]){let{permutationIndices:x,expandDims:y}=S.getEinsumPermutation(f,u[g]),w;S.isIdentityPermutation(x)?w=s[g]:(w=xt({inputs:{x:s[g]},backend:t,attrs:{perm:x}}),d.push(w));let C=w.shape.slice();for(let T=0;T<y.length;++T)C.splice(y[T],0,1);b.arraysEqual(w.shape,C)||(w=ne({inputs:{x:w},backend:t,attrs:{shape:C}}),d.push(w)),m===null?m=w:(m=Jm({inputs:{a:w,b:m},backend:t}),d.push(m))}h<p-1&&(i[h]>=0&&(m=nl({inputs:{x:m},backend:t,attrs:{axis:i[h]-(a.length-f),keepDims:!1}}),d.push(m)),f--)}for(let h of d)h!==m&&t.disposeIntermediateTensorInfo(h);return m}var C3={kernelName:Qc,backendName:"webgl",kernelFunc:Ore};v();var Bre="return (x >= 0.0) ? x : (exp(x) - 1.0);",Lre=`
  vec4 result;

  result.r = (x.r >= 0.0) ? x.r : (exp(x.r) - 1.0);
  result.g = (x.g >= 0.0) ? x.g : (exp(x.g) - 1.0);
  result.b = (x.b >= 0.0) ? x.b : (exp(x.b) - 1.0);
  result.a = (x.a >= 0.0) ? x.a : (exp(x.a) - 1.0);

  return result;
`,Vre=be({opSnippet:Bre,packedOpSnippet:Lre}),S3={kernelName:"Elu",backendName:"webgl",kernelFunc:Vre};v();var Wre="return (b >= 0.0) ? a : a * (b + 1.0);",Ure=`
  vec4 bGTEZero = vec4(greaterThanEqual(b, vec4(0.)));
  return (bGTEZero * a) + ((vec4(1.0) - bGTEZero) * (a * (b + vec4(1.0))));
`,Gre=r=>{let{inputs:e,backend:t}=r,{dy:n,y:o}=e,s=P().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new tn(Ure,n.shape,o.shape):new Ur(Wre,n.shape,o.shape);return t.runWebGLProgram(s,[n,o],n.dtype)},k3={kernelName:Zi,backendName:"webgl",kernelFunc:Gre};v();var zre=`
  return vec4(equal(a, b));
`,Hre="return float(a == b);",Kre=nt({opSnippet:Hre,packedOpSnippet:zre,dtype:"bool",cpuKernelImpl:sP}),_3={kernelName:Uo,backendName:"webgl",kernelFunc:Kre};v();var qre=`
  // Error function is calculated approximately with elementary function.
  // See "Handbook of Mathematical Functions with Formulas,
  // Graphs, and Mathematical Tables", Abramowitz and Stegun.
  float p = ${S.ERF_P};
  float a1 = ${S.ERF_A1};
  float a2 = ${S.ERF_A2};
  float a3 = ${S.ERF_A3};
  float a4 = ${S.ERF_A4};
  float a5 = ${S.ERF_A5};

  float sign = sign(x);
  x = abs(x);
  float t = 1.0 / (1.0 + p * x);
  return sign * (1.0 - (((((a5*t + a4)*t) + a3)*t + a2)*t + a1)*t*exp(-x*x));
`,jre=be({opSnippet:qre}),T3={kernelName:"Erf",backendName:"webgl",kernelFunc:jre};v();var Xre=Mn+`
  return exp(x);
`,Yre=`
  vec4 result = exp(x);
  bvec4 isNaN = isnan(x);
  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,tS=be({opSnippet:Xre,packedOpSnippet:Yre,cpuKernelImpl:aP,dtype:"float32"}),N3={kernelName:"Exp",backendName:"webgl",kernelFunc:tS};v();function ox(r){let{inputs:e,attrs:t,backend:n}=r,{dim:o}=t,{input:s}=e,a=s.shape.length,c=s.shape.slice(),u=o;return o<0&&(b.assert(-(a+1)<=o,()=>`Axis must be in the interval [${-(a+1)}, ${a}]`),u=a+o+1),c.splice(u,0,1),ne({inputs:{x:s},backend:n,attrs:{shape:c}})}var E3={kernelName:Wa,backendName:"webgl",kernelFunc:ox};v();var $3="return exp(x) - 1.0;",Jre=be({opSnippet:$3,packedOpSnippet:$3,cpuKernelImpl:iP}),A3={kernelName:Go,backendName:"webgl",kernelFunc:Jre};v();v();var ef=class{constructor(e,t,n){this.variableNames=["real","imag"];let o=t[1];this.outputShape=t;let s=n?`2.0 * ${Math.PI}`:`-2.0 * ${Math.PI}`,a=n?`${o}.0`:"1.0",c;if(e==="real")c="return real * expR - imag * expI;";else if(e==="imag")c="return real * expI + imag * expR;";else throw new Error(`FFT component must be either "real" or "imag", got ${e}.`);this.userCode=`
      const float exponentMultiplier = ${s};

      float unaryOpComplex(float real, float expR, float imag, float expI) {
        ${c}
      }

      float mulMatDFT(int batch, int index) {
        float indexRatio = float(index) / float(${o});
        float exponentMultiplierTimesIndexRatio =
            exponentMultiplier * indexRatio;

        float result = 0.0;

        for (int i = 0; i < ${o}; i++) {
          // x = (-2|2 * PI / N) * index * i;
          float x = exponentMultiplierTimesIndexRatio * float(i);
          float expR = cos(x);
          float expI = sin(x);
          float real = getReal(batch, i);
          float imag = getImag(batch, i);

          result +=
              unaryOpComplex(real, expR, imag, expI) / ${a};
        }

        return result;
      }

      void main() {
        ivec2 coords = getOutputCoords();
        setOutput(mulMatDFT(coords[0], coords[1]));
      }
    `}};function sx(r,e,t){let n=t.texData.get(r.dataId),o=b.sizeFromShape(r.shape),s=r.shape[r.shape.length-1],a=o/s,c=ne({inputs:{x:r},backend:t,attrs:{shape:[a,s]}}),u=c.shape,i=new ef("real",u,e),l=new ef("imag",u,e),p=[{dataId:n.complexTensorInfos.real.dataId,dtype:n.complexTensorInfos.real.dtype,shape:u},{dataId:n.complexTensorInfos.imag.dataId,dtype:n.complexTensorInfos.imag.dtype,shape:u}],m=t.runWebGLProgram(i,p,"float32"),f=t.runWebGLProgram(l,p,"float32"),d=Gr({inputs:{real:m,imag:f},backend:t});t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(f);let h=ne({inputs:{x:d},backend:t,attrs:{shape:r.shape}});return t.disposeIntermediateTensorInfo(c),t.disposeIntermediateTensorInfo(d),h}function Zre(r){let{inputs:e,backend:t}=r,{input:n}=e;return sx(n,!1,t)}var R3={kernelName:"FFT",backendName:"webgl",kernelFunc:Zre};v();var ax=class{constructor(e,t){this.outputShape=[],this.customUniforms=[{name:"value",type:"float"}],this.variableNames=["x"],this.outputShape=e,this.userCode=`
      void main() {
        // Input can be obtained from uniform value.
        setOutput(value);
      }
    `}};function Gi(r){let{backend:e,attrs:t}=r,{shape:n,value:o}=t,{dtype:s}=t;if(s=s||b.inferDtype(o),s==="string"){let a=b.getArrayFromDType(s,b.sizeFromShape(n));return a.fill(o),e.makeTensorInfo(n,s,a)}else{let a=new ax(n,o),c=[[o]];return e.runWebGLProgram(a,[],s,c)}}var D3={kernelName:Ua,backendName:"webgl",kernelFunc:Gi};v();var ix=class{constructor(e){this.variableNames=["Image"],this.outputShape=[];let t=e[2];this.outputShape=e,this.userCode=`
        void main() {
          ivec4 coords = getOutputCoords();
          int x = coords[2];

          int coordX = ${t} - x - 1;
          float outputValue;
          if(coordX >= 0 && coordX < ${t}) {
            outputValue = getImage(coords[0], coords[1], coordX, coords[3]);
          } else {
            outputValue = getImage(coords[0], coords[1], coords[2], coords[3]);
          }
          setOutput(outputValue);
        }
    `}};var F3={kernelName:zo,backendName:"webgl",kernelFunc:({inputs:r,backend:e})=>{let{image:t}=r,n=e,o=new ix(t.shape);return n.runWebGLProgram(o,[t],t.dtype)}};v();var M3="return floor(x);",Qre=be({opSnippet:M3,packedOpSnippet:M3,cpuKernelImpl:cP}),P3={kernelName:Ho,backendName:"webgl",kernelFunc:Qre};v();var ene=`
  float s = sign(a) * sign(b);
  int ia = round(a);
  int ib = round(b);
  if (ib != 0) {
    // Windows (D3D) wants guaranteed non-zero int division at compile-time.
    return float(idiv(ia, ib, s));
  } else {
    return NAN;
  }
`,tne=`
  ivec4 ia = round(a);
  ivec4 ib = round(b);
  bvec4 cond = notEqual(ib, ivec4(0));
  ivec4 result = ivec4(0);
  vec4 s = sign(a) * sign(b);

  // Windows (D3D) wants guaranteed non-zero int division at compile-time.
  if (cond[0]) {
    result[0] = idiv(ia[0], ib[0], s[0]);
  }
  if (cond[1]) {
    result[1] = idiv(ia[1], ib[1], s[1]);
  }
  if (cond[2]) {
    result[2] = idiv(ia[2], ib[2], s[2]);
  }
  if (cond[3]) {
    result[3] = idiv(ia[3], ib[3], s[3]);
  }
  return vec4(result);
`,rne=nt({opSnippet:ene,packedOpSnippet:tne,dtype:"int32"}),O3={kernelName:Ko,backendName:"webgl",kernelFunc:rne};v();v();var cx=class{constructor(e){this.variableNames=["A"];let t=Ct(),[n,o]=e;this.outputShape=e,this.userCode=`
      void main() {
        ivec3 coords = getOutputCoords();
        int texR = coords[0];
        int texC = coords[1];
        int depth = coords[2];
        vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${o}.0, ${n}.0);

        vec4 values = ${t.texture2D}(A, uv);
        float value;
        if (depth == 0) {
          value = values.r;
        } else if (depth == 1) {
          value = values.g;
        } else if (depth == 2) {
          value = values.b;
        } else if (depth == 3) {
          value = values.a;
        }

        setOutput(floor(value * 255.0 + 0.5));
      }
    `}};var ux=class{constructor(e){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0;let t=Ct(),[n,o]=e;this.outputShape=e,this.userCode=`
      void main() {
        ivec3 coords = getOutputCoords();
        int texR = coords[0];
        int texC = coords[1];
        int depth = coords[2];

        vec4 result = vec4(0.);

        for(int row=0; row<=1; row++) {
          for(int col=0; col<=1; col++) {
            texC = coords[1] + row;
            depth = coords[2] + col;

            vec2 uv = (vec2(texC, texR) + halfCR) /
                       vec2(${o}.0, ${n}.0);
            vec4 values = ${t.texture2D}(A, uv);
            float value;
            if (depth == 0) {
              value = values.r;
            } else if (depth == 1) {
              value = values.g;
            } else if (depth == 2) {
              value = values.b;
            } else if (depth == 3) {
              value = values.a;
            }

            result[row * 2 + col] = floor(value * 255.0 + 0.5);
          }
        }

        ${t.output} = result;
      }
    `}};var B3={kernelName:Tl,backendName:"webgl",kernelFunc:nne},Tp,rS=P().getBool("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU");function nne(r){let{inputs:e,backend:t,attrs:n}=r,{pixels:o}=e,{numChannels:s}=n,a=typeof HTMLVideoElement<"u"&&o instanceof HTMLVideoElement,c=typeof HTMLImageElement<"u"&&o instanceof HTMLImageElement,[u,i]=a?[o.videoWidth,o.videoHeight]:[o.width,o.height],l=[i,u],p=[i,u,s];if(c||a){let h=P().getBool("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU");(Tp==null||h!==rS)&&(rS=h,Tp=document.createElement("canvas").getContext("2d",{willReadFrequently:rS})),Tp.canvas.width=u,Tp.canvas.height=i,Tp.drawImage(o,0,0,u,i),o=Tp.canvas}let m=t.makeTensorInfo(l,"int32");t.texData.get(m.dataId).usage=vr.PIXELS,t.gpgpu.uploadPixelDataToTexture(t.getTexture(m.dataId),o);let f=P().getBool("WEBGL_PACK")?new ux(p):new cx(p),d=t.runWebGLProgram(f,[m],"int32");return t.disposeData(m.dataId),d}v();function one(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,filter:s,bias:a,preluActivationWeights:c}=e,{strides:u,pad:i,dataFormat:l,dilations:p,dimRoundingMode:m,activation:f,leakyreluAlpha:d}=n,h=S.convertConv2DDataFormat(l),g=S.computeConv2DInfo(o.shape,s.shape,u,p,i,m,!1,h),x,y=[],w=a!=null,C=c!=null,T=f==="leakyrelu",$=()=>{let R=[o,s],D=(F,B)=>{if(B==="NCHW"&&F.shape.length===1&&F.shape[0]!==1){let V=ne({inputs:{x:F},backend:t,attrs:{shape:[F.shape[0],1,1]}});return y.push(V),V}return F};if(w&&R.push(D(a,l)),C&&R.push(D(c,l)),T){let F=t.makeTensorInfo([],"float32",b.createScalarValue(d,"float32"));R.push(F),y.push(F)}return R};if(g.filterHeight===1&&g.filterWidth===1&&g.dilationHeight===1&&g.dilationWidth===1&&g.strideHeight===1&&g.strideWidth===1&&(g.padInfo.type==="SAME"||g.padInfo.type==="VALID"))x=zg({x:o,filter:s,convInfo:g,backend:t,bias:a,activation:f,preluActivationWeights:c,leakyreluAlpha:d});else if(g.strideWidth<=2&&h==="channelsLast"&&P().getBool("WEBGL_EXP_CONV")){let R=f?Wi(f,!0):null,D=new Sp(g,w,R,C,T),F=[[g.padInfo.top,g.padInfo.left],[g.strideHeight,g.strideWidth],[g.dilationHeight,g.dilationWidth],[g.inHeight,g.inWidth]],B=$();x=t.runWebGLProgram(D,B,"float32",F)}else if(P().getBool("WEBGL_CONV_IM2COL"))x=Hg({x:o,filter:s,convInfo:g,backend:t,bias:a,activation:f,preluActivationWeights:c,leakyreluAlpha:d});else{let R=f?Wi(f,!1):null,D=new Cp(g,w,R,C,T),F=$();x=t.runWebGLProgram(D,F,"float32")}let A=ne({inputs:{x},backend:t,attrs:{shape:g.outShape}});return y.push(x),y.forEach(R=>t.disposeIntermediateTensorInfo(R)),A}var L3={kernelName:Kn,backendName:"webgl",kernelFunc:one};v();function sne(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,filter:s,bias:a,preluActivationWeights:c}=e,{strides:u,pad:i,dilations:l,dimRoundingMode:p,activation:m,leakyreluAlpha:f}=n,d=[],h=l;h==null&&(h=[1,1]),b.assert(S.eitherStridesOrDilationsAreOne(u,h),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${u} and dilations '${h}'`);let g=S.computeConv2DInfo(o.shape,s.shape,u,h,i,p,!0),x=P().getBool("WEBGL_PACK_DEPTHWISECONV")&&g.strideWidth<=2&&g.outChannels/g.inChannels===1,y=m?Wi(m,x):null,w=[o,s],C=a!=null,T=c!=null,$=m==="leakyrelu";if(C&&w.push(a),T&&w.push(c),$){let F=t.makeTensorInfo([],"float32",b.createScalarValue(f,"float32"));w.push(F),d.push(F)}let A;x?A=new _p(g,C,y,T,$):A=new kp(g,C,y,T,$);let R=[[g.padInfo.top,g.padInfo.left],[g.strideHeight,g.strideWidth],[g.dilationHeight,g.dilationWidth],[g.inHeight,g.inWidth]],D=t.runWebGLProgram(A,w,"float32",R);return d.forEach(F=>t.disposeIntermediateTensorInfo(F)),D}var V3={kernelName:qn,backendName:"webgl",kernelFunc:sne};v();var lx=class{constructor(e,t,n,o){this.sliceDim=e,this.strides=t,this.paramsShape=o,this.variableNames=["x","indices"],this.outputShape=n;let s=$e(n.length),a=`
    int index;`;for(let c=0;c<this.sliceDim;c++)a+=`
          index = round(getIndices(coords[0], ${c}));
          out_of_bounds = out_of_bounds || index < 0;
          out_of_bounds = out_of_bounds || index >= ${this.paramsShape[c]};
          flattenIndex += index * ${this.strides[c]};`;this.userCode=`
         void main() {
          ${s} coords = getOutputCoords();
          int flattenIndex = 0;
          bool out_of_bounds = false;

          ${a}

          setOutput(out_of_bounds ? 0.0 : getX(flattenIndex, coords[1]));
        }
      `}};function ane(r){let{inputs:e,backend:t}=r,{params:n,indices:o}=e,s=o.shape,a=s[s.length-1],c=b.sizeFromShape(n.shape),[u,i,l,p]=S.prepareAndValidate(n,o),m=ne({inputs:{x:o},backend:t,attrs:{shape:[i,a]}}),f=ne({inputs:{x:n},backend:t,attrs:{shape:[b.sizeFromShape(n.shape)/l,l]}});if(t.shouldExecuteOnCPU([n,o])||n.dtype==="string"){let x=t.readSync(o.dataId),y=t.bufferSync(n),w=uP(x,y,n.dtype,i,a,l,p,n.shape,c);return t.makeTensorInfo(u,n.dtype,w.values)}let d=new lx(a,p,[i,l],n.shape),h=t.runWebGLProgram(d,[f,m],f.dtype),g=ne({inputs:{x:h},backend:t,attrs:{shape:u}});return t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(h),g}var W3={kernelName:jo,backendName:"webgl",kernelFunc:ane};v();var px=class{constructor(e,t){this.variableNames=["A","indices"],this.outputShape=t,this.rank=t.length;let n=$e(this.rank),o=ine(e,2);this.userCode=`
      void main() {
        ${n} resRC = getOutputCoords();
        int index = int(getIndices(resRC.x, resRC.z));
        float inBounds = (index >= 0) && (index < ${e[2]}) ? 1.0 : 0.0;
        setOutput(inBounds * getA(${o}));
      }
    `}};function ine(r,e){let t=["resRC.x","resRC.y","resRC.z","resRC.w"],n=[];for(let o=0;o<r.length;o++)o===2?n.push("index"):n.push(`${t[o]}`);return n.join()}function nS(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,indices:s}=e,{axis:a,batchDims:c}=n,u=b.parseAxisParam(a,o.shape)[0];if(P().get("DEBUG")){let y=t.readSync(s.dataId),w=o.shape[u];for(let C=0;C<y.length;++C){let T=y[C];b.assert(T<=w-1&&T>=0,()=>`GatherV2: the index value ${T} is not in [0, ${w-1}]`)}}let i=S.segment_util.collectGatherOpShapeInfo(o,s,u,c),l=b.sizeFromShape(s.shape),p=[],m=ne({inputs:{x:o},backend:t,attrs:{shape:[i.batchSize,i.outerSize,i.dimSize,i.sliceSize]}}),f=ne({inputs:{x:s},backend:t,attrs:{shape:[i.batchSize,l/i.batchSize]}});p.push(m),p.push(f);let d=[i.batchSize,i.outerSize,l/i.batchSize,i.sliceSize];if(t.shouldExecuteOnCPU([o,s])||o.dtype==="string"){let y=t.bufferSync(f),w=t.bufferSync(m),C=lP(w,y,d);return p.forEach(T=>t.disposeIntermediateTensorInfo(T)),t.makeTensorInfo(i.outputShape,C.dtype,C.values)}let h=new px(m.shape,d),g=t.runWebGLProgram(h,[m,f],m.dtype);p.push(g);let x=ne({inputs:{x:g},backend:t,attrs:{shape:i.outputShape}});return p.forEach(y=>t.disposeIntermediateTensorInfo(y)),x}var U3={kernelName:Ga,backendName:"webgl",kernelFunc:nS};v();var cne="return float(a > b);",une=`
  return vec4(greaterThan(a, b));
`,lne=nt({opSnippet:cne,packedOpSnippet:une,cpuKernelImpl:pP,dtype:"bool"}),G3={kernelName:Xo,backendName:"webgl",kernelFunc:lne};v();var pne="return float(a >= b);",mne=`
  return vec4(greaterThanEqual(a, b));
`,fne=nt({opSnippet:pne,packedOpSnippet:mne,dtype:"bool",cpuKernelImpl:mP}),z3={kernelName:Yo,backendName:"webgl",kernelFunc:fne};v();function dne(r){let{inputs:e,backend:t}=r,{input:n}=e;return sx(n,!0,t)}var H3={kernelName:eu,backendName:"webgl",kernelFunc:dne};v();var hne="return float(!isnan(x) && !isinf(x));",gne=be({opSnippet:hne,dtype:"bool"}),K3={kernelName:Jo,backendName:"webgl",kernelFunc:gne};v();var xne="return float(isinf(x));",bne=be({opSnippet:xne,dtype:"bool"}),q3={kernelName:Zo,backendName:"webgl",kernelFunc:bne};v();var yne="return float(isnan(x));",wne=be({opSnippet:yne,dtype:"bool"}),j3={kernelName:Qo,backendName:"webgl",kernelFunc:wne};v();var vne="return float(a < b);",Ine=`
  return vec4(lessThan(a, b));
`,Cne=nt({opSnippet:vne,packedOpSnippet:Ine,cpuKernelImpl:fP,dtype:"bool"}),X3={kernelName:ts,backendName:"webgl",kernelFunc:Cne};v();var Sne="return float(a <= b);",kne=`
  return vec4(lessThanEqual(a, b));
`,_ne=nt({opSnippet:Sne,packedOpSnippet:kne,cpuKernelImpl:dP,dtype:"bool"}),Y3={kernelName:rs,backendName:"webgl",kernelFunc:_ne};v();function Tne(r){let{backend:e,attrs:t}=r,{start:n,stop:o,num:s}=t,a=hP(n,o,s);return e.makeTensorInfo([a.length],"float32",a)}var J3={kernelName:ns,backendName:"webgl",kernelFunc:Tne};v();var Nne=Mn+`
  return x < 0.0 ? 0./0. : log(x);
`,Ene=`
  vec4 result = log(x);
  bvec4 isNaN = isnan(x);
  result.r = isNaN.r ? x.r : (x.r < 0.0 ? 0./0. : result.r);
  result.g = isNaN.g ? x.g : (x.g < 0.0 ? 0./0. : result.g);
  result.b = isNaN.b ? x.b : (x.b < 0.0 ? 0./0. : result.b);
  result.a = isNaN.a ? x.a : (x.a < 0.0 ? 0./0. : result.a);
  return result;
`,$ne=be({opSnippet:Nne,packedOpSnippet:Ene,cpuKernelImpl:gP}),Z3={kernelName:"Log",backendName:"webgl",kernelFunc:$ne};v();var Ane=Mn+`
  return log(1.0 + x);
`,Rne=be({opSnippet:Ane}),Q3={kernelName:os,backendName:"webgl",kernelFunc:Rne};v();var Dne="return float(a >= 1.0 && b >= 1.0);",Fne=`
  return vec4(
    vec4(greaterThanEqual(a, vec4(1.0))) *
    vec4(greaterThanEqual(b, vec4(1.0))));
`,Mne=nt({opSnippet:Dne,packedOpSnippet:Fne,dtype:"bool"}),eB={kernelName:ss,backendName:"webgl",kernelFunc:Mne};v();var Pne="return float(!(x >= 1.0));",One=be({opSnippet:Pne}),tB={kernelName:as,backendName:"webgl",kernelFunc:One};v();var Bne="return float(a >= 1.0 || b >= 1.0);",Lne=`
  return min(
    vec4(greaterThanEqual(a, vec4(1.0))) +
    vec4(greaterThanEqual(b, vec4(1.0))),
    vec4(1.0));
`,Vne=nt({opSnippet:Bne,packedOpSnippet:Lne,dtype:"bool"}),rB={kernelName:is,backendName:"webgl",kernelFunc:Vne};v();var mx=class{constructor(e,t,n,o,s){this.variableNames=["x"],this.outputShape=[];let a=t,c=e[3]-1;this.outputShape=e;let u,i=`float(${n}) + float(${o}) * sum`;s===.5?u=`inversesqrt(${i})`:s===1?u=`1.0/(${i})`:u=`exp(log(${i}) * float(-${s}));`,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int r = coords[1];
        int c = coords[2];
        int d = coords[3];
        float x = getX(b, r, c, d);
        float sum = 0.0;
        for (int j = -${a}; j <= ${a}; j++) {
          int idx = d + j;
          if (idx >= 0 && idx <=  ${c}) {
            float z = getX(b, r, c, idx);
            sum += z * z;
          }
        }
        float val = x * ${u};
        setOutput(val);
      }
    `}};var fx=class{constructor(e,t,n,o,s){this.variableNames=["x"],this.outputShape=[],this.packedInputs=!0,this.packedOutput=!0;let a=t,c=e[3]-1;this.outputShape=e;let u,i=`float(${n}) + float(${o}) * sum`;s===.5?u=`inversesqrt(${i})`:s===1?u=`1.0/(${i})`:u=`exp(log(${i}) * float(-${s}));`,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords.x;
        int r = coords.y;
        int c = coords.z;
        int d = coords.w;

        bool hasNextCol = d < ${this.outputShape[3]};
        bool hasNextRow = c < ${this.outputShape[2]};

        vec4 sum = vec4(0.);
        vec4 xFragAtOutputCoords = getX(b, r, c, d);

        vec4 xAtOutputCoords = vec4(
          getChannel(xFragAtOutputCoords, vec2(c, d)),
          hasNextCol ?
            getChannel(xFragAtOutputCoords, vec2(c, d + 1)) : 0.0,
          hasNextRow ?
            getChannel(xFragAtOutputCoords , vec2(c + 1, d)) : 0.0,
          (hasNextRow && hasNextCol) ?
            getChannel(xFragAtOutputCoords, vec2(c + 1, d + 1)) : 0.0
        );

        int firstChannel = d - ${a};
        vec2 cache = vec2(0.);
        if(firstChannel >= 0){
          vec4 firstChannelFrag = getX(b, r, c, firstChannel);
          cache.x = getChannel(firstChannelFrag, vec2(c, firstChannel));
            if(hasNextRow){
              cache.y = getChannel(firstChannelFrag, vec2(c + 1, firstChannel));
            }
        }

        ivec2 depth = ivec2(d, d + 1);
        for (int j = - ${a}; j <= ${a}; j++) {
          ivec2 idx = depth + j;
          bvec2 aboveLowerBound = greaterThanEqual(idx, ivec2(0));
          bvec2 belowUpperBound = lessThanEqual(idx, ivec2(${c}));

          bool depthInRange = aboveLowerBound.x && belowUpperBound.x;
          bool depthPlusOneInRange = aboveLowerBound.y && belowUpperBound.y;

          if(depthInRange || depthPlusOneInRange){
            vec4 z = vec4(0.);
            vec4 xFragAtCurrentDepth;
            z.xz = cache.xy;
            if(depthPlusOneInRange && hasNextCol){
              xFragAtCurrentDepth = idx.y != d ?
                getX(b, r, c, idx.y) : xFragAtOutputCoords;
              z.y = getChannel(xFragAtCurrentDepth, vec2(c, idx.y));
              if(hasNextRow){
                z.w = getChannel(xFragAtCurrentDepth, vec2(c + 1, idx.y));
              }
            }
            cache.xy = z.yw;
            sum += z * z;
          }
        }
        vec4 result = xAtOutputCoords * ${u};
        setOutput(result);
      }
    `}};var Wne=r=>{let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{depthRadius:s,bias:a,alpha:c,beta:u}=n,i=P().getBool("WEBGL_PACK_NORMALIZATION")?new fx(o.shape,s,a,c,u):new mx(o.shape,s,a,c,u);return t.runWebGLProgram(i,[o],o.dtype)},nB={kernelName:"LRN",backendName:"webgl",kernelFunc:Wne};v();var dx=class{constructor(e,t,n,o,s){this.variableNames=["inputImage","outputImage","dy"],this.outputShape=[],this.outputShape=e,this.depth=e[3],this.depthRadius=t,this.bias=n,this.alpha=o,this.beta=s,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int r = coords[1];
        int c = coords[2];

        float result = 0.0;
        for (int d = 0; d < ${this.depth}; ++d) {
          int depthBegin = int(max(0.0, float(d - ${t})));
          int depthEnd = int(min(float(${this.depth}),
              float(d + ${t} + 1)));

          const int MIN_DEPTH_BEGIN = 0;
          const int MAX_DEPTH_END = ${this.depth};

          float norm = 0.0;
          for (int k = MIN_DEPTH_BEGIN; k < MAX_DEPTH_END; ++k) {
            if (k < depthBegin){
              continue;
            }
            else if (k >= depthBegin && k < depthEnd) {
              norm += getInputImage(b, r, c, k) * getInputImage(b, r, c, k);
            }
            else {
              break;
            }
          }

          norm = float(${o}) * norm + float(${n});

          for(int k = MIN_DEPTH_BEGIN; k < MAX_DEPTH_END; ++k){
            if (k < depthBegin){
              continue;
            }
            else if (k >= depthBegin && k < depthEnd){
              float dyi = -2.0 * float(${o})
                * float(${s})
                * getInputImage(b, r, c, k) * getOutputImage(b, r, c, d)
                / norm;
              if (k == d) {
                dyi += pow(norm, -1.0 * ${s});
              }
              if (k == coords[3]) {
                dyi *= getDy(b, r, c, d);
                result += dyi;
              }
            }
            else {
              break;
            }
          }
      }
      setOutput(result);
      }
    `}};var Une=r=>{let{inputs:e,backend:t,attrs:n}=r,{x:o,y:s,dy:a}=e,{depthRadius:c,bias:u,alpha:i,beta:l}=n,p=new dx(o.shape,c,u,i,l);return t.runWebGLProgram(p,[o,s,a],o.dtype)},oB={kernelName:Qi,backendName:"webgl",kernelFunc:Une};v();v();v();function sB(r,e,t,n){let o=b.sizeFromShape(e),a=b.sizeFromShape(r.shape)/o,c=ne({inputs:{x:r},attrs:{shape:[a,o]},backend:n}),u=nn(c,r.dtype,"max",n),i=ne({inputs:{x:u},attrs:{shape:t},backend:n});return n.disposeIntermediateTensorInfo(c),n.disposeIntermediateTensorInfo(u),i}function oS(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{reductionIndices:s,keepDims:a}=n,c=o.shape.length,u=b.parseAxisParam(s,o.shape),i=u,l=S.getAxesPermutation(i,c),p=l!=null,m=t.shouldExecuteOnCPU([o]),f=o;if(p){if(m){let w=t.texData.get(f.dataId).values,C=new Array(c);for(let A=0;A<C.length;A++)C[A]=o.shape[l[A]];let T=rl(w,o.shape,o.dtype,l,C);f=t.makeTensorInfo(C,o.dtype);let $=t.texData.get(f.dataId);$.values=T}else f=Ac(o,l,t);i=S.getInnerMostAxes(i.length,c)}S.assertAxesAreInnerMostDims("max",i,c);let[d,h]=S.computeOutAndReduceShapes(f.shape,i),g=d;a&&(g=S.expandShapeToKeepDim(d,u));let x;if(m){let w=t.texData.get(f.dataId).values,C=xP(w,b.sizeFromShape(h),g,o.dtype);x=t.makeTensorInfo(g,o.dtype);let T=t.texData.get(x.dataId);T.values=C}else x=sB(f,h,g,t);return p&&t.disposeIntermediateTensorInfo(f),x}var aB={kernelName:"Max",backendName:"webgl",kernelFunc:oS};v();var Gne=wp+`
  return max(a, b);
`,zne=`
  vec4 result = vec4(max(a, b));
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+rn+`
  return result;
`,Hne=nt({opSnippet:Gne,packedOpSnippet:zne,cpuKernelImpl:bP}),iB={kernelName:cs,backendName:"webgl",kernelFunc:Hne};v();function Kne(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e;ga(o,"maxPool");let{filterSize:s,strides:a,pad:c,dimRoundingMode:u}=n,i=1;b.assert(S.eitherStridesOrDilationsAreOne(a,i),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${i}'`);let l=S.computePool2DInfo(o.shape,s,a,i,c,u);if(l.filterWidth===1&&l.filterHeight===1&&b.arraysEqual(l.inShape,l.outShape))return At({inputs:{x:o},backend:t});let p=new co(l,"max",!1);return t.runWebGLProgram(p,[o],o.dtype)}var cB={kernelName:us,backendName:"webgl",kernelFunc:Kne};v();function qne(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{filterSize:s,strides:a,pad:c,dataFormat:u,dimRoundingMode:i}=n,l=[1,1,1],p=S.computePool3DInfo(o.shape,s,a,l,c,i,u),m=new Rc(p,"max",!1);return t.runWebGLProgram(m,[o],o.dtype)}var uB={kernelName:qa,backendName:"webgl",kernelFunc:qne};v();var hx=class{constructor(e){this.variableNames=["dy","maxPos"],this.outputShape=e.inShape;let t=e.strideHeight,n=e.strideWidth,o=e.dilationHeight,s=e.effectiveFilterHeight,a=e.effectiveFilterWidth,c=s-1-e.padInfo.top,u=a-1-e.padInfo.left,i=s*a-1;this.userCode=`
      const ivec2 pads = ivec2(${c}, ${u});

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];

        ivec2 dyRCCorner = coords.yz - pads;
        int dyRCorner = dyRCCorner.x;
        int dyCCorner = dyRCCorner.y;

        // Convolve dy(?, ?, d) with pos mask(:, :, d) to get dx(xR, xC, d).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${s};
          wR += ${o}) {
          float dyR = float(dyRCorner + wR) / ${t}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          for (int wC = 0; wC < ${a}; wC++) {
            float dyC = float(dyCCorner + wC) / ${n}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            float dyValue = getDy(b, idyR, idyC, d);
            int maxPosValue = ${i} - int(getMaxPos(b, idyR, idyC, d));

            // Get the current value, check it against the value from the
            // position matrix.
            int curPosValue = wR * ${a} + wC;
            float mask = float(maxPosValue == curPosValue ? 1.0 : 0.0);

            dotProd += dyValue * mask;
          }
        }
        setOutput(dotProd);
      }
    `}},gx=class{constructor(e){this.variableNames=["dy","maxPos"],this.outputShape=e.inShape;let t=e.strideDepth,n=e.strideHeight,o=e.strideWidth,s=e.dilationDepth,a=e.dilationHeight,c=e.dilationWidth,u=e.effectiveFilterDepth,i=e.effectiveFilterHeight,l=e.effectiveFilterWidth,p=u-1-e.padInfo.front,m=i-1-e.padInfo.top,f=l-1-e.padInfo.left,d=u*i*l-1;this.userCode=`
      const ivec3 pads = ivec3(${p}, ${m}, ${f});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyDCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        // Convolve dy(?, ?, ?, ch) with pos mask(:, :, :, d) to get
        // dx(xD, xR, xC, ch).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int wD = 0; wD < ${u};
           wD += ${s}) {
          float dyD = float(dyDCorner + wD) / ${t}.0;

          if (dyD < 0.0 || dyD >= ${e.outDepth}.0 || fract(dyD) > 0.0) {
            continue;
          }
          int idyD = int(dyD);

          for (int wR = 0; wR < ${i};
              wR += ${a}) {
            float dyR = float(dyRCorner + wR) / ${n}.0;

            if (dyR < 0.0 || dyR >= ${e.outHeight}.0 ||
                fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            for (int wC = 0; wC < ${l};
                wC += ${c}) {
              float dyC = float(dyCCorner + wC) / ${o}.0;

              if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              float dyValue = getDy(batch, idyD, idyR, idyC, ch);
              int maxPosValue = ${d} -
                  int(getMaxPos(batch, idyD, idyR, idyC, ch));

              // Get the current value, check it against the value from the
              // position matrix.
              int curPosValue =
                  wD * ${i} * ${l} +
                  wR * ${l} + wC;
              float mask = float(maxPosValue == curPosValue ? 1.0 : 0.0);

              dotProd += dyValue * mask;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function jne(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,input:s}=e,a=s,{filterSize:c,strides:u,pad:i,dimRoundingMode:l}=n,p=[1,1,1],m=S.computePool3DInfo(a.shape,c,u,p,i,l),f=new Rc(m,"max",!0),d=t.runWebGLProgram(f,[a],a.dtype),h=new gx(m),g=t.runWebGLProgram(h,[o,d],a.dtype);return t.disposeIntermediateTensorInfo(d),g}var lB={kernelName:nu,backendName:"webgl",kernelFunc:jne};v();function Xne(r){let{inputs:e,backend:t,attrs:n}=r,{dy:o,input:s,output:a}=e,c=s;ga([s,a],"maxPoolGrad");let{filterSize:u,strides:i,pad:l,dimRoundingMode:p}=n,m=S.computePool2DInfo(c.shape,u,i,1,l,p),f=!0,d=new co(m,"max",f),h=t.runWebGLProgram(d,[c],c.dtype),g=new hx(m),x=t.runWebGLProgram(g,[o,h],c.dtype);return t.disposeIntermediateTensorInfo(h),x}var pB={kernelName:ru,backendName:"webgl",kernelFunc:Xne};v();v();function mB(r,e,t,n){let o=new co(t,"max",!1),s=n.runWebGLProgram(o,[r],"float32");o=new co(t,"max",!0,!0,e);let a=n.runWebGLProgram(o,[r],"float32");return[s,a]}var fB={kernelName:ja,backendName:"webgl",kernelFunc:({inputs:r,attrs:e,backend:t})=>{let{x:n}=r,{filterSize:o,strides:s,pad:a,includeBatchInIndex:c}=e,u=t;b.assert(n.shape.length===4,()=>`Error in maxPool: input must be rank 4 but got rank ${n.shape.length}.`);let i=[1,1];b.assert(S.eitherStridesOrDilationsAreOne(s,i),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${s} and dilations '${i}'`);let l=S.computePool2DInfo(n.shape,o,s,i,a),[p,m]=mB(n,c,l,u);return[p,m]}};v();v();function dB(r,e,t,n){let o=b.sizeFromShape(e),a=b.sizeFromShape(r.shape)/o,c=ne({inputs:{x:r},attrs:{shape:[a,o]},backend:n}),u=nn(c,"float32","mean",n),i=ne({inputs:{x:u},attrs:{shape:t},backend:n});return n.disposeIntermediateTensorInfo(c),n.disposeIntermediateTensorInfo(u),i}var hB={kernelName:ls,backendName:"webgl",kernelFunc:({inputs:r,attrs:e,backend:t})=>{let{x:n}=r,{keepDims:o,axis:s}=e,a=t,c=n.shape.length,u=b.parseAxisParam(s,n.shape),i=u,l=S.getAxesPermutation(i,c),p=l!=null,m=a.shouldExecuteOnCPU([n]),f=[],d=n;if(p){if(m){let C=a.texData.get(d.dataId).values,T=new Array(c);for(let R=0;R<T.length;R++)T[R]=n.shape[l[R]];let $=rl(C,n.shape,n.dtype,l,T);d=a.makeTensorInfo(T,n.dtype);let A=a.texData.get(d.dataId);A.values=$}else d=Ac(n,l,a);f.push(d),i=S.getInnerMostAxes(i.length,c)}S.assertAxesAreInnerMostDims("sum",i,c);let[h,g]=S.computeOutAndReduceShapes(d.shape,i),x=h;o&&(x=S.expandShapeToKeepDim(h,u));let y=dB(d,g,x,a);for(let w of f)a.disposeIntermediateTensorInfo(w);return y}};v();function Yne(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,keepDims:a}=n,c=o.shape.length,u=b.parseAxisParam(s,o.shape),i=u,l=S.getAxesPermutation(i,c),p=o;l!=null&&(p=xt({inputs:{x:o},backend:t,attrs:{perm:l}}),i=S.getInnerMostAxes(i.length,o.shape.length)),S.assertAxesAreInnerMostDims("min",i,c);let[m,f]=S.computeOutAndReduceShapes(p.shape,i),d=b.sizeFromShape(f),h=ne({inputs:{x:p},backend:t,attrs:{shape:[-1,d]}}),g=nn(h,h.dtype,"min",t),x;if(a){let y=S.expandShapeToKeepDim(m,u);x=ne({inputs:{x:g},backend:t,attrs:{shape:y}})}else x=ne({inputs:{x:g},backend:t,attrs:{shape:m}});return t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(g),l!=null&&t.disposeIntermediateTensorInfo(p),x}var gB={kernelName:"Min",backendName:"webgl",kernelFunc:Yne};v();var Jne=wp+`
  return min(a, b);
`,Zne=`
  vec4 result = vec4(min(a, b));
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+rn+`
  return result;
`,Qne=nt({opSnippet:Jne,packedOpSnippet:Zne,cpuKernelImpl:yP}),xB={kernelName:ps,backendName:"webgl",kernelFunc:Qne};v();var xx=class{constructor(e,t,n){this.variableNames=["x"],this.outputShape=t.map((l,p)=>l[0]+e[p]+l[1]);let o=e.length,s=$e(o),a=t.map(l=>l[0]).join(","),c=t.map((l,p)=>l[0]+e[p]).join(","),u=["coords[0]","coords[1]","coords[2]","coords[3]"].slice(0,o),i=n==="reflect"?0:1;if(o===1){this.userCode=`
        int start = ${a};
        int end = ${c};

        void main() {
          int outC = getOutputCoords();
          if (outC < start) {
            outC = start * 2 - outC - ${i};
          } else if(outC >= end) {
            outC = (end - 1) * 2 - outC + ${i};
          }
          setOutput(getX(outC - start));
        }
      `;return}this.userCode=`
      ${s} start = ${s}(${a});
      ${s} end = ${s}(${c});

      void main() {
        ${s} outC = getOutputCoords();
        for (int i = 0; i < ${o}; i++) {
          if (outC[i] < start[i]) {
            outC[i] = start[i] * 2 - outC[i] - ${i};
          } else if(outC[i] >= end[i]) {
            outC[i] = (end[i] - 1) * 2 - outC[i] + ${i};
          }
        }
        ${s} coords = outC - start;
        setOutput(getX(${u}));
      }
    `}};var bx=class{constructor(e,t,n){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=t.map((d,h)=>d[0]+e[h]+d[1]);let o=e.length,s=$e(o),a=t.map(d=>d[0]).join(","),c=t.map((d,h)=>d[0]+e[h]).join(","),u=$t("rc",o),i=$t("source",o),l=`${u[o-1]} < ${this.outputShape[o-1]}`,p=o===1?"source":`vec2(${i.slice(-2).join()})`,m=n==="reflect"?0:1,f="";if(o===1){let d=`
        ${s} source = rc;
        if (source < start) {
          source = start * 2 - source - ${m};
        } else if (source >= end) {
          source = (end - 1) * 2 - source + ${m};
        }
        source -= start;
      `;f=`
        ${s} rc = outputLoc;
        ${d}
        result[0] = getChannel(getX(${i.join()}), ${p});
        ${u[o-1]} += 1;
        if(${l}) {
          ${d}
          result[1] = getChannel(getX(${i.join()}), ${p});
        }
      `}else{let d=`
        ${s} source = rc;
        ${s} lt = ${s}(lessThan(source, start));
        ${s} gte = ${s}(greaterThanEqual(source, end));
        ${s} orig = 1 - (lt + gte);
        source = orig * source +
                lt * (start * 2 - source - ${m}) +
                gte * ((end - 1) * 2 - source + ${m});
        source -= start;
      `;f=`
        ${s} rc = outputLoc;
        ${d}
        result[0] = getChannel(getX(${i.join()}), ${p});
        ${u[o-1]} += 1;
        if(${l}) {
          ${d}
          result[1] = getChannel(getX(${i.join()}), ${p});
        }
        rc = outputLoc;
        ${u[o-2]} += 1;
        if(${u[o-2]} < ${this.outputShape[o-2]}) {
          ${d}
          result[2] = getChannel(getX(${i.join()}), ${p});
          ${u[o-1]} += 1;
          if(${l}) {
            ${d}
            result[3] = getChannel(getX(${i.join()}), ${p});
          }
        }
      `}this.userCode=`
      const ${s} start = ${s}(${a});
      const ${s} end = ${s}(${c});

      void main() {
        ${s} outputLoc = getOutputCoords();
        vec4 result = vec4(0.);
        ${f}
        setOutput(result);
      }
    `}};var eoe=({inputs:r,backend:e,attrs:t})=>{let{x:n}=r,{paddings:o,mode:s}=t,a=P().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new bx(n.shape,o,s):new xx(n.shape,o,s);return e.runWebGLProgram(a,[n],n.dtype)},bB={kernelName:ms,backendName:"webgl",kernelFunc:eoe};v();var toe=`if (b == 0.0) return NAN;
  return mod(a, b);`,roe=`
  vec4 result = mod(a, b);
  bvec4 isNaN = equal(b, vec4(0.0));
  `+rn+`
  return result;
`,noe=nt({opSnippet:toe,packedOpSnippet:roe}),yB={kernelName:"Mod",backendName:"webgl",kernelFunc:noe};v();var yx=class{constructor(e,t,n){this.variableNames=["probs"],this.customUniforms=[{name:"seed",type:"float"}],this.outputShape=[e,n],this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];

        float r = random(seed);
        float cdf = 0.0;

        for (int i = 0; i < ${t-1}; i++) {
          cdf += getProbs(batch, i);

          if (r < cdf) {
            setOutput(float(i));
            return;
          }
        }

        // If no other event happened, last event happened.
        setOutput(float(${t-1}));
      }
    `}};v();v();var ooe=`
if (a == b) {
  return 1.0;
};
return a / b;`,soe=`
  // vec4 one = vec4(equal(a, b));
  // return one + (vec4(1.0) - one) * a / b;
  vec4 result = a / b;
  if(a.x == b.x) {
    result.x = 1.;
  }
  if(a.y == b.y) {
    result.y = 1.;
  }
  if(a.z == b.z) {
    result.z = 1.;
  }
  if(a.w == b.w) {
    result.w = 1.;
  }

  return result;
`,sS=nt({opSnippet:ooe,packedOpSnippet:soe,checkOutOfBounds:!0}),wB={kernelName:Wo,backendName:"webgl",kernelFunc:sS};v();var vB="return a - b;",aS=nt({opSnippet:vB,packedOpSnippet:vB,supportsComplex:!0,cpuKernelImpl:VP}),IB={kernelName:"Sub",backendName:"webgl",kernelFunc:aS};function iS(r){let{inputs:e,backend:t,attrs:n}=r,{logits:o}=e,{dim:s}=n,a=b.parseAxisParam([s],o.shape),c=oS({inputs:{x:o},backend:t,attrs:{reductionIndices:a,keepDims:!1}}),u=S.expandShapeToKeepDim(c.shape,a),i=ne({inputs:{x:c},backend:t,attrs:{shape:u}}),l=aS({inputs:{a:o,b:i},backend:t}),p=tS({inputs:{x:l},backend:t}),m=nl({inputs:{x:p},backend:t,attrs:{axis:a,keepDims:!1}}),f=ne({inputs:{x:m},backend:t,attrs:{shape:u}}),d=sS({inputs:{a:p,b:f},backend:t});return t.disposeIntermediateTensorInfo(c),t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(l),t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(f),d}var CB={kernelName:Vs,backendName:"webgl",kernelFunc:iS};function aoe(r){let{inputs:e,backend:t,attrs:n}=r,{logits:o}=e,{numSamples:s,seed:a,normalized:c}=n,u=c?o:iS({inputs:{logits:o},backend:t,attrs:{dim:o.shape.length-1}}),i=u.shape[0],l=u.shape[1],p=new yx(i,l,s),m=[[a]],f=t.runWebGLProgram(p,[u],"int32",m);return c||t.disposeIntermediateTensorInfo(u),f}var SB={kernelName:fs,backendName:"webgl",kernelFunc:aoe};v();var ioe=Gt+`
  return -x;
`,coe=`
  vec4 result = -x;
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`;function uoe(r){let{inputs:e,backend:t}=r,{x:n}=e;if(t.shouldExecuteOnCPU([n])){let s=t.texData.get(n.dataId),[a,c]=vP(s.values,n.shape,n.dtype);return t.makeTensorInfo(c,n.dtype,a)}let o;return P().getBool("WEBGL_PACK_UNARY_OPERATIONS")?o=new Wr(n.shape,coe):o=new pr(n.shape,ioe),t.runWebGLProgram(o,[n],n.dtype)}var kB={kernelName:"Neg",backendName:"webgl",kernelFunc:uoe};v();var loe=ur.nonMaxSuppressionV3Impl;function poe(r){S.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:e,backend:t,attrs:n}=r,{boxes:o,scores:s}=e,{maxOutputSize:a,iouThreshold:c,scoreThreshold:u}=n,i=t.readSync(o.dataId),l=t.readSync(s.dataId),{selectedIndices:p}=loe(i,l,a,c,u);return t.makeTensorInfo([p.length],"int32",new Int32Array(p))}var _B={kernelName:gs,backendName:"webgl",kernelFunc:poe};v();var moe=ur.nonMaxSuppressionV4Impl;function foe(r){S.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:e,backend:t,attrs:n}=r,{boxes:o,scores:s}=e,{maxOutputSize:a,iouThreshold:c,scoreThreshold:u,padToMaxOutputSize:i}=n,l=t.readSync(o.dataId),p=t.readSync(s.dataId),{selectedIndices:m,validOutputs:f}=moe(l,p,a,c,u,i);return[t.makeTensorInfo([m.length],"int32",new Int32Array(m)),t.makeTensorInfo([],"int32",new Int32Array([f]))]}var TB={kernelName:xs,backendName:"webgl",kernelFunc:foe};v();var doe=ur.nonMaxSuppressionV5Impl;function hoe(r){S.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:e,backend:t,attrs:n}=r,{boxes:o,scores:s}=e,{maxOutputSize:a,iouThreshold:c,scoreThreshold:u,softNmsSigma:i}=n,l=t.readSync(o.dataId),p=t.readSync(s.dataId),m=a,f=c,d=u,h=i,{selectedIndices:g,selectedScores:x}=doe(l,p,m,f,d,h);return[t.makeTensorInfo([g.length],"int32",new Int32Array(g)),t.makeTensorInfo([x.length],"float32",new Float32Array(x))]}var NB={kernelName:bs,backendName:"webgl",kernelFunc:hoe};v();var wx=class{constructor(e,t,n,o){this.variableNames=["indices"],this.outputShape=[e,t],this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int index = round(getIndices(coords.x));
        setOutput(mix(float(${o}), float(${n}),
                      float(index == coords.y)));
      }
    `}};var goe=r=>{let{inputs:e,backend:t,attrs:n}=r,{indices:o}=e,{dtype:s,depth:a,onValue:c,offValue:u}=n,i=b.sizeFromShape(o.shape),l=new wx(i,a,c,u),p=ne({inputs:{x:o},backend:t,attrs:{shape:[i]}}),m=t.runWebGLProgram(l,[p],s);t.disposeIntermediateTensorInfo(p);let f=[...o.shape,a],d=ne({inputs:{x:m},backend:t,attrs:{shape:f}});return t.disposeIntermediateTensorInfo(m),d},EB={kernelName:ys,backendName:"webgl",kernelFunc:goe};v();v();function tf(r){let{inputs:e,backend:t}=r,{x:n}=e;if(n.dtype==="complex64"){let o=Ui({inputs:{input:n},backend:t}),s=tf({inputs:{x:o},backend:t}),a=sl({inputs:{input:n},backend:t}),c=tf({inputs:{x:a},backend:t}),u=Gr({inputs:{real:s,imag:c},backend:t});return t.disposeIntermediateTensorInfo(o),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(c),u}else return Gi({attrs:{shape:n.shape,dtype:n.dtype,value:n.dtype==="string"?"":0},backend:t})}var $B={kernelName:bi,backendName:"webgl",kernelFunc:tf};function AB(r){let{inputs:e,backend:t}=r,{x:n}=e;if(n.dtype==="string")throw new Error("onesLike is not supported under string dtype");if(n.dtype==="complex64"){let o=Ui({inputs:{input:n},backend:t}),s=AB({inputs:{x:o},backend:t}),a=sl({inputs:{input:n},backend:t}),c=tf({inputs:{x:a},backend:t}),u=Gr({inputs:{real:s,imag:c},backend:t});return t.disposeIntermediateTensorInfo(o),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(c),u}else return Gi({attrs:{shape:n.shape,dtype:n.dtype,value:1},backend:t})}var RB={kernelName:Ja,backendName:"webgl",kernelFunc:AB};v();function xoe(r){let{inputs:e,backend:t,attrs:n}=r,{axis:o}=n;if(e.length===1)return ox({inputs:{input:e[0]},backend:t,attrs:{dim:o}});let s=e[0].shape,a=e[0].dtype;e.forEach(l=>{b.assertShapesMatch(s,l.shape,"All tensors passed to stack must have matching shapes"),b.assert(a===l.dtype,()=>"All tensors passed to stack must have matching dtypes")});let c=[],u=e.map(l=>{let p=ox({inputs:{input:l},backend:t,attrs:{dim:o}});return c.push(p),p}),i=eS({inputs:u,backend:t,attrs:{axis:o}});return c.forEach(l=>t.disposeIntermediateTensorInfo(l)),i}var DB={kernelName:Za,backendName:"webgl",kernelFunc:xoe};v();var vx=class{constructor(e,t,n){this.variableNames=["x"],this.customUniforms=[{name:"value",type:"float"}],this.outputShape=t.map((i,l)=>i[0]+e[l]+i[1]);let o=e.length,s=$e(o),a=t.map(i=>i[0]).join(","),c=t.map((i,l)=>i[0]+e[l]).join(","),u=["coords[0]","coords[1]","coords[2]","coords[3]"].slice(0,o);if(o===1){this.userCode=`
        int start = ${a};
        int end = ${c};

        void main() {
          int outC = getOutputCoords();
          if (outC < start || outC >= end) {
            setOutput(value);
          } else {
            setOutput(getX(outC - start));
          }
        }
      `;return}this.userCode=`
      ${s} start = ${s}(${a});
      ${s} end = ${s}(${c});

      void main() {
        ${s} outC = getOutputCoords();
        if (any(lessThan(outC, start)) || any(greaterThanEqual(outC, end))) {
          setOutput(value);
        } else {
          ${s} coords = outC - start;
          setOutput(getX(${u}));
        }
      }
    `}};var Ix=class{constructor(e,t,n){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"value",type:"float"}],this.outputShape=t.map((h,g)=>h[0]+e[g]+h[1]);let o=e.length,s=$e(o),a=t.map(h=>h[0]).join(","),c=t.map((h,g)=>h[0]+e[g]).join(","),u=$t("rc",o),i=$t("source",o),l=`${u[o-1]} < ${this.outputShape[o-1]}`,p=o===1?"source":`vec2(${i.slice(-2).join()})`,m=[`${s} rc = outputLoc;`,`${u[o-1]} += 1;
       if(${l}) {
      `,o===1?"":`}
       rc = outputLoc;
       ${u[o-2]} += 1;
       if(${u[o-2]} < ${this.outputShape[o-2]}) {`,o===1?"":`  ${u[o-1]} += 1;
         if(${l}) {`],f=o===1?"rc < start || rc >= end":"any(lessThan(rc, start)) || any(greaterThanEqual(rc, end))",d="";for(let h=0,g=o===1?2:4;h<g;h++)d+=`
        ${m[h]}
        if (${f}) {
          result[${h}] = float(value);
        } else {
          ${s} source = rc - start;
          result[${h}] = getChannel(getX(${i.join()}), ${p});
        }
      `;d+=o===1?"} ":"}}",this.userCode=`
      const ${s} start = ${s}(${a});
      const ${s} end = ${s}(${c});

      void main() {
        ${s} outputLoc = getOutputCoords();
        vec4 result = vec4(0.);
        ${d}
        setOutput(result);
      }
    `}};var cS=r=>{let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{paddings:s,constantValue:a}=n;if(b.sizeFromShape(o.shape)===0){let i=s.map((l,p)=>l[0]+o.shape[p]+l[1]);return Gi({backend:t,attrs:{shape:i,value:a,dtype:o.dtype}})}let c=P().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new Ix(o.shape,s,a):new vx(o.shape,s,a),u=[[a]];return t.runWebGLProgram(c,[o],o.dtype,u)},FB={kernelName:ws,backendName:"webgl",kernelFunc:cS};v();var boe=`
  if(a < 0.0 && floor(b) < b){
    return NAN;
  }
  if (b == 0.0) {
    return 1.0;
  }
  return (round(mod(b, 2.0)) != 1) ?
      pow(abs(a), b) : sign(a) * pow(abs(a), b);
`,yoe=`
  // isModRound1 has 1 for components with round(mod(b, 2.0)) == 1, 0 otherwise.
  vec4 isModRound1 = vec4(equal(round(mod(b, 2.0)), ivec4(1)));
  vec4 multiplier = sign(a) * isModRound1 + (vec4(1.0) - isModRound1);
  vec4 result = multiplier * pow(abs(a), b);

  // Ensure that a^0 = 1, including 0^0 = 1 as this correspond to TF and JS
  bvec4 isExpZero = equal(b, vec4(0.0));
  result.r = isExpZero.r ? 1.0 : result.r;
  result.g = isExpZero.g ? 1.0 : result.g;
  result.b = isExpZero.b ? 1.0 : result.b;
  result.a = isExpZero.a ? 1.0 : result.a;

  bvec4 isNaN1 = lessThan(a, vec4(0.0));
  bvec4 isNaN2 = lessThan(floor(b), b);
  bvec4 isNaN = bvec4(isNaN1.x && isNaN2.x, isNaN1.y && isNaN2.y, isNaN1.z && isNaN2.z, isNaN1.w && isNaN2.w);
  `+rn+`
  return result;
`,woe=nt({opSnippet:boe,packedOpSnippet:yoe}),MB={kernelName:"Pow",backendName:"webgl",kernelFunc:woe};v();function voe(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{axis:s,keepDims:a}=n,c=o.shape.length,u=[],i=b.parseAxisParam(s,o.shape),l=i,p=S.getAxesPermutation(l,c),m=o;p!=null&&(m=xt({inputs:{x:o},backend:t,attrs:{perm:p}}),l=S.getInnerMostAxes(l.length,c),u.push(m)),S.assertAxesAreInnerMostDims("prod",l,c);let f;if(t.shouldExecuteOnCPU([m])){let d=t.texData.get(m.dataId).values,{outVals:h,outShape:g,outDtype:x}=CP(m.shape,m.dtype,d,l);f=t.makeTensorInfo(g,x,h)}else{let[d,h]=S.computeOutAndReduceShapes(m.shape,l),g=b.sizeFromShape(h),x=ne({inputs:{x:m},backend:t,attrs:{shape:[-1,g]}}),y=ac(o.dtype),w=nn(x,y,"prod",t);f=ne({inputs:{x:w},backend:t,attrs:{shape:d}}),u.push(x),u.push(w)}if(a){u.push(f);let d=S.expandShapeToKeepDim(f.shape,i);f=ne({inputs:{x:f},backend:t,attrs:{shape:d}})}return u.forEach(d=>t.disposeIntermediateTensorInfo(d)),f}var PB={kernelName:Is,backendName:"webgl",kernelFunc:voe};v();function Ioe(r){let{inputs:e,backend:t,attrs:n}=r,{paramsNestedSplits:o,paramsDenseValues:s,indices:a}=e,{outputRaggedRank:c}=n,u=o.map(x=>t.readSync(x.dataId)),i=o.map(x=>x.shape),l=t.readSync(s.dataId),p=t.readSync(a.dataId),[m,f,d]=SP(u,i,l,s.shape,s.dtype,p,a.shape,c),h=m.map(x=>t.makeTensorInfo([x.length],"int32",x)),g=t.makeTensorInfo(d,s.dtype,f);return h.concat([g])}var OB={kernelName:ou,backendName:"webgl",kernelFunc:Ioe};v();function Coe(r){let{inputs:e,backend:t}=r,{starts:n,limits:o,deltas:s}=e,a=t.readSync(n.dataId),c=t.readSync(o.dataId),u=t.readSync(s.dataId),[i,l]=kP(a,n.shape,n.dtype,c,o.shape,u,s.shape),p=t.makeTensorInfo([i.length],"int32",i),m=t.makeTensorInfo([l.length],n.dtype,l);return[p,m]}var BB={kernelName:su,backendName:"webgl",kernelFunc:Coe};v();function Soe(r){let{inputs:e,backend:t,attrs:n}=r,{shape:o,values:s,defaultValue:a,rowPartitionTensors:c}=e,{rowPartitionTypes:u}=n,i=t.readSync(o.dataId),l=t.readSync(s.dataId),p=t.readSync(a.dataId),m=c.map(g=>t.readSync(g.dataId)),f=c.map(g=>g.shape),[d,h]=_P(i,o.shape,l,s.shape,s.dtype,p,a.shape,m,f,u);return t.makeTensorInfo(d,s.dtype,h)}var LB={kernelName:au,backendName:"webgl",kernelFunc:Soe};v();var uS=r=>{let{backend:e,attrs:t}=r,{start:n,stop:o,step:s,dtype:a}=t,c=TP(n,o,s,a);return e.makeTensorInfo([c.length],a,c)},VB={kernelName:ei,backendName:"webgl",kernelFunc:uS};v();var koe="return 1.0 / x;",_oe=be({opSnippet:koe}),WB={kernelName:Cs,backendName:"webgl",kernelFunc:_oe};v();var Toe=Gt+`
  return (x < 0.0) ? 0.0 : x;
`,Noe=`
  vec4 result = x * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,Eoe=be({opSnippet:Toe,packedOpSnippet:Noe}),UB={kernelName:Ss,backendName:"webgl",kernelFunc:Eoe};v();var $oe=Gt+`
  return (x < 0.0) ? 0.0 : min(6.0, x);
`,Aoe=`
  vec4 result = min(x, vec4(6.)) * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,Roe=be({opSnippet:$oe,packedOpSnippet:Aoe}),GB={kernelName:Ts,backendName:"webgl",kernelFunc:Roe};v();var Cx=class{constructor(e,t,n,o,s){this.variableNames=["A"],this.outputShape=[];let[a,c,u,i]=e;this.outputShape=[a,t,n,i];let l=[o&&t>1?c-1:c,o&&n>1?u-1:u],p=[o&&t>1?t-1:t,o&&n>1?n-1:n],m;s?m="(vec2(yRC) + vec2(0.5)) * effectiveInputOverOutputRatioRC - vec2(0.5)":m="vec2(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec2 effectiveInputOverOutputRatioRC = vec2(
          ${l[0]/p[0]},
          ${l[1]/p[1]});
      const vec2 inputShapeRC = vec2(${c}.0, ${u}.0);

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        ivec2 yRC = coords.yz;

        // Fractional source index.
        vec2 sourceFracIndexRC = ${m};

        // Compute the four integer indices.
        ivec2 sourceFloorRC = ivec2(max(sourceFracIndexRC, vec2(0.0)));
        ivec2 sourceCeilRC = ivec2(
          min(inputShapeRC - 1.0, ceil(sourceFracIndexRC)));

        float topLeft = getA(b, sourceFloorRC.x, sourceFloorRC.y, d);
        float bottomLeft = getA(b, sourceCeilRC.x, sourceFloorRC.y, d);
        float topRight = getA(b, sourceFloorRC.x, sourceCeilRC.y, d);
        float bottomRight = getA(b, sourceCeilRC.x, sourceCeilRC.y, d);

        vec2 fracRC = sourceFracIndexRC - vec2(sourceFloorRC);

        float top = topLeft + (topRight - topLeft) * fracRC.y;
        float bottom = bottomLeft + (bottomRight - bottomLeft) * fracRC.y;
        float newValue = top + (bottom - top) * fracRC.x;

        setOutput(newValue);
      }
    `}};var Sx=class{constructor(e,t,n,o,s){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[];let[a,c,u,i]=e;this.outputShape=[a,t,n,i];let l=[o&&t>1?c-1:c,o&&n>1?u-1:u],p=[o&&t>1?t-1:t,o&&n>1?n-1:n],m;s?m="(vec3(yRC) + vec3(0.5)) * effectiveInputOverOutputRatioRC - vec3(0.5)":m="vec3(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec3 effectiveInputOverOutputRatioRC = vec3(
          ${l[0]/p[0]},
          ${l[1]/p[1]},
          ${l[1]/p[1]});
      const vec3 inputShapeRC = vec3(${c}.0, ${u}.0,
                                     ${u}.0);

      float getAValue(int b, int r, int c, int d) {
        return getChannel(getA(b, r, c, d), vec2(c, d));
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        // Calculate values for next column in yRC.z.
        ivec3 yRC = coords.yzz + ivec3(0, 0, 1);

        // Fractional source index.
        vec3 sourceFracIndexRC = ${m};

        // Compute the four integer indices.
        ivec3 sourceFloorRC = ivec3(max(sourceFracIndexRC, vec3(0.0)));
        ivec3 sourceCeilRC = ivec3(
          min(inputShapeRC - 1.0, ceil(sourceFracIndexRC)));

        // Should we calculate next column and row elements in 2x2 packed cell.
        bool hasNextCol = d < ${i-1};
        bool hasNextRow = coords.z < ${n-1};

        // In parallel, construct four corners for all four components in
        // packed 2x2 cell.
        vec4 topLeft = vec4(
          getAValue(b, sourceFloorRC.x, sourceFloorRC.y, d),
          hasNextCol ? getAValue(b, sourceFloorRC.x, sourceFloorRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceFloorRC.x, sourceFloorRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceFloorRC.x, sourceFloorRC.z, d + 1) : 0.0);

        vec4 bottomLeft = vec4(
          getAValue(b, sourceCeilRC.x, sourceFloorRC.y, d),
          hasNextCol ? getAValue(b, sourceCeilRC.x, sourceFloorRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceCeilRC.x, sourceFloorRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceCeilRC.x, sourceFloorRC.z, d + 1) : 0.0);

        vec4 topRight = vec4(
          getAValue(b, sourceFloorRC.x, sourceCeilRC.y, d),
          hasNextCol ? getAValue(b, sourceFloorRC.x, sourceCeilRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceFloorRC.x, sourceCeilRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceFloorRC.x, sourceCeilRC.z, d + 1) : 0.0);

        vec4 bottomRight = vec4(
          getAValue(b, sourceCeilRC.x, sourceCeilRC.y, d),
          hasNextCol ? getAValue(b, sourceCeilRC.x, sourceCeilRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceCeilRC.x, sourceCeilRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceCeilRC.x, sourceCeilRC.z, d + 1) : 0.0);

        vec3 fracRC = sourceFracIndexRC - vec3(sourceFloorRC);

        vec4 top = mix(topLeft, topRight, fracRC.yyzz);
        vec4 bottom = mix(bottomLeft, bottomRight, fracRC.yyzz);
        vec4 newValue = mix(top, bottom, fracRC.x);

        setOutput(newValue);
      }
    `}};function Doe(r){let{inputs:e,backend:t,attrs:n}=r,{images:o}=e,{alignCorners:s,halfPixelCenters:a,size:c}=n,[u,i]=c,l=P().getBool("WEBGL_PACK_IMAGE_OPERATIONS")?new Sx(o.shape,u,i,s,a):new Cx(o.shape,u,i,s,a);return t.runWebGLProgram(l,[o],"float32")}var zB={kernelName:_s,backendName:"webgl",kernelFunc:Doe};v();var kx=class{constructor(e,t,n){this.variableNames=["dy"],this.outputShape=[],this.outputShape=t;let[,o,s]=t,[,a,c]=e,u=[n&&a>1?o-1:o,n&&c>1?s-1:s],i=[n&&a>1?a-1:a,n&&c>1?c-1:c],l=u[0]/i[0],p=u[1]/i[1],m=1/l,f=1/p,d=Math.ceil(m)*2+2,h=Math.ceil(f)*2+2;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        int r = coords[1];
        int c = coords[2];

        float accumulator = 0.0;

        const float heightScale = float(${l});
        const float widthScale = float(${p});

        const float invHeightScale = float(${m});
        const float invWidthScale = float(${f});

        const int winHeight = int(${d});
        const int winWidth = int(${h});

        // Compute bounds for where in dy we will look
        float startRLerp = floor(float(r) * invHeightScale);
        int startDyR = int(startRLerp - float(winHeight / 2));

        float startCLerp = floor(float(c) * invWidthScale);
        int startDyC = int(startCLerp - float(winWidth / 2));

        // Loop over dy
        for (int dyROffset = 0; dyROffset < winHeight; dyROffset++) {
          int dyR = dyROffset + startDyR;

          // Guard against the window exceeding the bounds of dy
          if (dyR < 0 || dyR >= ${a}) {
            continue;
          }

          for (int dyCOffset = 0; dyCOffset < winWidth; dyCOffset++) {
            int dyC = dyCOffset + startDyC;

            // Guard against the window exceeding the bounds of dy
            if (dyC < 0 || dyC >= ${c}) {
              continue;
            }

            float dxR = float(dyR) * heightScale;
            int topDxRIndex = int(floor(dxR));
            int bottomDxRIndex = int(min(ceil(dxR), ${o-1}.0));
            float dxRLerp = dxR - float(topDxRIndex);
            float inverseDxRLerp = 1.0 - dxRLerp;

            float dxC = float(dyC) * widthScale;
            int leftDxCIndex = int(floor(dxC));
            int rightDxCIndex = int(min(ceil(dxC), ${s-1}.0));
            float dxCLerp = dxC - float(leftDxCIndex);
            float inverseDxCLerp = 1.0 - dxCLerp;

            if (r == topDxRIndex && c == leftDxCIndex) {
              // topLeft
              accumulator +=
                getDy(b, dyR, dyC, d) * inverseDxRLerp * inverseDxCLerp;
            }

            if (r == topDxRIndex && c == rightDxCIndex) {
              // topRight
              accumulator += getDy(b, dyR, dyC, d) * inverseDxRLerp * dxCLerp;
            }

            if (r == bottomDxRIndex && c == leftDxCIndex) {
              // bottomLeft
              accumulator += getDy(b, dyR, dyC, d) * dxRLerp * inverseDxCLerp;
            }

            if (r == bottomDxRIndex && c == rightDxCIndex) {
              // bottomRight
              accumulator += getDy(b, dyR, dyC, d) * dxRLerp * dxCLerp;
            }
          }
        }
        // End loop over dy

        setOutput(accumulator);
      }
    `}};function Foe(r){let{inputs:e,backend:t,attrs:n}=r,{images:o,dy:s}=e,{alignCorners:a}=n,c=new kx(s.shape,o.shape,a);return t.runWebGLProgram(c,[s],s.dtype)}var HB={kernelName:rc,backendName:"webgl",kernelFunc:Foe};v();var _x=class{constructor(e,t,n,o,s){this.variableNames=["A"],this.outputShape=[];let[a,c,u,i]=e;this.outputShape=[a,t,n,i];let l=[o&&t>1?c-1:c,o&&n>1?u-1:u],p=[o&&t>1?t-1:t,o&&n>1?n-1:n],m=o?"0.5":"0.0",f;s?f="max((vec2(yRC) + vec2(0.5)) * effectiveInputOverOutputRatioRC, vec2(0.0))":f="vec2(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec2 effectiveInputOverOutputRatioRC = vec2(
          ${l[0]/p[0]},
          ${l[1]/p[1]});
      const vec2 inputShapeRC = vec2(${c}.0, ${u}.0);

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        ivec2 yRC = coords.yz;

        // Fractional source index.
        vec2 sourceFracIndexRC = ${f};

        // Compute the coordinators of nearest neighbor point.
        ivec2 sourceNearestRC = ivec2(
          min(inputShapeRC - 1.0, floor(sourceFracIndexRC + ${m})));
        float newValue = getA(b, sourceNearestRC.x, sourceNearestRC.y, d);

        setOutput(newValue);
      }
    `}};var Tx=class{constructor(e,t,n,o,s){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[];let[a,c,u,i]=e;this.outputShape=[a,t,n,i];let l=[o&&t>1?c-1:c,o&&n>1?u-1:u],p=[o&&t>1?t-1:t,o&&n>1?n-1:n],m=o?"0.5":"0.0",f;s?f="max((vec3(yRC) + vec3(0.5)) * effectiveInputOverOutputRatioRC, vec3(0.0))":f="vec3(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec3 effectiveInputOverOutputRatioRC = vec3(
          ${l[0]/p[0]},
          ${l[1]/p[1]},
          ${l[1]/p[1]});
      const vec3 inputShapeRC = vec3(${c}.0, ${u}.0,
                                     ${u}.0);

      float getAValue(int b, int r, int c, int d) {
        return getChannel(getA(b, r, c, d), vec2(c, d));
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        // Calculate values for next column in yRC.z.
        ivec3 yRC = coords.yzz + ivec3(0, 0, 1);

        // Fractional source index.
        vec3 sourceFracIndexRC = ${f};

        // Compute the coordinators of nearest neighbor point.
        ivec3 sourceNearestRC = ivec3(
          min(inputShapeRC - 1.0, floor(sourceFracIndexRC + ${m})));

        // Should we calculate next column and row elements in 2x2 packed cell.
        bool hasNextCol = d < ${i-1};
        bool hasNextRow = coords.z < ${n-1};

        vec4 newValue = vec4(
          getAValue(b, sourceNearestRC.x, sourceNearestRC.y, d),
          hasNextCol ? getAValue(b, sourceNearestRC.x, sourceNearestRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceNearestRC.x, sourceNearestRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceNearestRC.x, sourceNearestRC.z, d + 1) : 0.0);

        setOutput(newValue);
      }
    `}};function Moe(r){let{inputs:e,backend:t,attrs:n}=r,{images:o}=e,{alignCorners:s,halfPixelCenters:a,size:c}=n,[u,i]=c,l=P().getBool("WEBGL_PACK_IMAGE_OPERATIONS")?new Tx(o.shape,u,i,s,a):new _x(o.shape,u,i,s,a);return t.runWebGLProgram(l,[o],o.dtype)}var KB={kernelName:ks,backendName:"webgl",kernelFunc:Moe};v();var Nx=class{constructor(e,t,n){this.variableNames=["dy"],this.outputShape=[],this.outputShape=t;let[,o,s]=t,[,a,c]=e,u=[n&&a>1?o-1:o,n&&c>1?s-1:s],i=[n&&a>1?a-1:a,n&&c>1?c-1:c],l=u[0]/i[0],p=u[1]/i[1],m=1/l,f=1/p,d=Math.ceil(m)*2+2,h=Math.ceil(f)*2+2;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        int r = coords[1];
        int c = coords[2];

        float accumulator = 0.0;

        const float heightScale = float(${l});
        const float widthScale = float(${p});

        const float invHeightScale = float(${m});
        const float invWidthScale = float(${f});

        const int winHeight = int(${d});
        const int winWidth = int(${h});

        // Compute bounds for where in dy we will look
        float startRLerp = floor(float(r) * invHeightScale);
        int startDyR = int(floor(startRLerp - float(winHeight / 2)));

        float startCLerp = floor(float(c) * invWidthScale);
        int startDyC = int(floor(startCLerp - float(winWidth / 2)));

        // Loop over dy
        for (int dyROffset = 0; dyROffset < winHeight; dyROffset++) {
          int dyR = dyROffset + startDyR;

          // Guard against the window exceeding the bounds of dy
          if (dyR < 0 || dyR >= ${a}) {
            continue;
          }

          for (int dyCOffset = 0; dyCOffset < winWidth; dyCOffset++) {
            int dyC = dyCOffset + startDyC;

            // Guard against the window exceeding the bounds of dy
            if (dyC < 0 || dyC >= ${c}) {
              continue;
            }

            float sourceFracRow =
              float(${u[0]}) *
                (float(dyR) / float(${i[0]}));

            float sourceFracCol =
                float(${u[1]}) *
                  (float(dyC) / float(${i[1]}));

            int sourceNearestRow = int(min(
                float(int(${o}) - 1),
                ${n} ? float(round(sourceFracRow)) :
                                  float(floor(sourceFracRow))));

            int sourceNearestCol = int(min(
                float(int(${s}) - 1),
                ${n} ? float(round(sourceFracCol)) :
                                  float(floor(sourceFracCol))));

            if (r == sourceNearestRow && c == sourceNearestCol) {
              accumulator += getDy(b, dyR, dyC, d);
            }
          }
        }
        // End loop over dy

        setOutput(accumulator);
      }
    `}};function Poe(r){let{inputs:e,backend:t,attrs:n}=r,{images:o,dy:s}=e,{alignCorners:a}=n,c=new Nx(s.shape,o.shape,a);return t.runWebGLProgram(c,[s],s.dtype)}var qB={kernelName:tc,backendName:"webgl",kernelFunc:Poe};v();var Ex=class{constructor(e,t){this.variableNames=["x"];let n=e.length;if(n>4)throw new Error(`WebGL backend: Reverse of rank-${n} tensor is not yet supported`);if(this.outputShape=e,n===1){this.userCode=`
        void main() {
          int coord = getOutputCoords();
          setOutput(getX(${e[0]} - coord - 1));
        }
      `;return}let o=c=>t.indexOf(c)!==-1&&e[c]!==1?`${e[c]} - coords[${c}] - 1`:`coords[${c}]`,s=e.map((c,u)=>o(u)).join(","),a=$e(n);this.userCode=`
      void main() {
        ${a} coords = getOutputCoords();
        setOutput(getX(${s}));
      }
    `}};var $x=class{constructor(e,t){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0;let n=e.length;if(n>4)throw new Error(`WebGL backend: Reverse of rank-${n} tensor is not yet supported`);this.outputShape=e;let o=$t("rc",n),s=`${o[n-1]} + 1 < ${this.outputShape[n-1]}`,a=`${o[n-2]} + 1 < ${this.outputShape[n-2]}`,c=$e(n);n===1?this.userCode=`
        void main(){
          int rc = getOutputCoords();
          vec4 result = vec4(0.);
          result.r = getChannel(getX(${e[0]} - rc - 1),
            ${e[0]} - rc - 1);
          if(${s}){
              result.g = getChannel(getX(${e[0]} - (rc  + 1) - 1),
                ${e[0]} - (rc  + 1) - 1);
          }
          setOutput(result);
        }
      `:this.userCode=`
        void main() {
          ${c} rc = getOutputCoords();
          vec4 result = vec4(0.);
          result.r = ${u(o.slice())};
          if(${s}){
            result.g = ${i(o.slice())};
          }
          if(${a}) {
            result.b = ${l(o.slice())};
            if(${s}) {
              result.a = ${p(o.slice())};
            }
          }
          setOutput(result);
        }
    `;function u(d){return m(d)}function i(d){return d[n-1]="("+d[n-1]+" + 1)",m(d)}function l(d){return d[n-2]="("+d[n-2]+" + 1)",m(d)}function p(d){return d[n-1]="("+d[n-1]+" + 1)",d[n-2]="("+d[n-2]+" + 1)",m(d)}function m(d){let h=e.map((y,w)=>f(w,d)),g=h.join(","),x=h.slice(-2).join(",");return`getChannel(getX(${g}), vec2(${x}))`}function f(d,h){return t.indexOf(d)!==-1&&e[d]!==1?`${e[d]} - ${h[d]} - 1`:`${h[d]}`}}};function Ooe(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{dims:s}=n,a=o.shape.length,c=b.parseAxisParam(s,o.shape);if(a===0)return At({inputs:{x:o},backend:t});let u=P().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new $x(o.shape,c):new Ex(o.shape,c);return t.runWebGLProgram(u,[o],o.dtype)}var jB={kernelName:Ns,backendName:"webgl",kernelFunc:Ooe};v();v();var Ax=class{constructor(e,t){this.variableNames=["Image"],this.outputShape=[],this.customUniforms=[{name:"params",type:"vec4"}];let n=e[1],o=e[2];this.outputShape=e;let s="";typeof t=="number"?s=`float outputValue = ${t.toFixed(2)};`:s=`
        vec3 fill = vec3(${t.join(",")});
        float outputValue = fill[coords[3]];`,this.userCode=`
        void main() {
          ivec4 coords = getOutputCoords();
          int x = coords[2];
          int y = coords[1];
          float coordXFloat = (float(x) - params[0]) * params[3] -
            (float(y) - params[1]) * params[2];
          float coordYFloat = (float(x) - params[0]) * params[2] +
            (float(y) - params[1]) * params[3];
          int coordX = int(round(coordXFloat + params[0]));
          int coordY = int(round(coordYFloat + params[1]));
          ${s}
          if(coordX >= 0 && coordX < ${o} && coordY >= 0 && coordY < ${n}) {
            outputValue = getImage(coords[0], coordY, coordX, coords[3]);
          }
          setOutput(outputValue);
        }
    `}};var XB={kernelName:js,backendName:"webgl",kernelFunc:({inputs:r,attrs:e,backend:t})=>{let{image:n}=r,{radians:o,fillValue:s,center:a}=e,c=t,u=new Ax(n.shape,s),[i,l]=S.getImageCenter(a,n.shape[1],n.shape[2]),p=[[i,l,Math.sin(o),Math.cos(o)]];return c.runWebGLProgram(u,[n],n.dtype,p)}};v();var Boe=`
  // OpenGL ES does not support round function.
  // The algorithm is based on banker's rounding.
  float base = floor(x);
  if ((x - base) < 0.5) {
    return floor(x);
  } else if ((x - base) > 0.5) {
    return ceil(x);
  } else {
    if (mod(base, 2.0) == 0.0) {
      return base;
    } else {
      return base + 1.0;
    }
  }
`,Loe=be({opSnippet:Boe}),YB={kernelName:Es,backendName:"webgl",kernelFunc:Loe};v();var Voe="return inversesqrt(x);",Woe=be({opSnippet:Voe,cpuKernelImpl:NP}),JB={kernelName:$s,backendName:"webgl",kernelFunc:Woe};v();var Dc=class{constructor(e,t,n,o,s,a,c=!0,u=!1){this.variableNames=["updates","indices","defaultValue"],this.outputShape=a;let i=$e(s.length),l=$e(a.length),p="";n===1?p="i":n===2&&(p="i, j");let m=`getIndices(${p})`,f="";o===1?f="i":o===2&&(f="i, coords[1]");let d=`getUpdates(${f})`,h="";u&&(h="coords[0], coords[1]");let g=`getDefaultValue(${h})`,x=t>1?"strides[j]":"strides";this.userCode=`
        ${i} strides = ${i}(${s});

        void main() {
          ${l} coords = getOutputCoords();
          float sum = 0.0;
          bool found = false;
          for (int i = 0; i < ${e}; i++) {
            int flattenedIndex = 0;
            for (int j = 0; j < ${t}; j++) {
              int index = round(${m});
              flattenedIndex += index * ${x};
            }
            if (flattenedIndex == coords[0]) {
              sum += ${d};
              found = true;
            }
          }
          setOutput(mix(${g}, sum, float(found)));
        }
      `}};var Rx=class{constructor(e,t,n,o,s,a,c=!0,u=!1){this.variableNames=["updates","indices","defaultValue"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=a;let i=$e(s.length),l=$e(a.length),p="";n===1?p="i":n===2&&(p="i, j");let m=`getIndices(${p})`,f="";o===1?f="i":o===2&&(f="i, coords[1]");let d=`getUpdates(${f})`,h="";u&&(h="coords[0], coords[1]");let g=`getDefaultValue(${h})`,x=t>1?"strides[j]":"strides",y=t>1?"strides[j + 1]":"strides";this.userCode=`
        ${i} strides = ${i}(${s});

        void main() {
          ${l} coords = getOutputCoords();
          vec4 sum = vec4(0.);
          vec4 found = vec4(0.);
          for (int i = 0; i < ${e}; i+=2) {
            ivec2 flattenedIndex = ivec2(0);
            for (int j = 0; j < ${t}; j+=2) {
              ivec4 index = round(${m});
              flattenedIndex += index.xz * ${x};
              if (j + 1 < ${t}) {
                flattenedIndex += index.yw * ${y};
              }
            }
            if (flattenedIndex[0] == coords[0] || flattenedIndex[1] == coords[0] ||
                flattenedIndex[0] == coords[0] + 1 || flattenedIndex[1] == coords[0] + 1) {
              vec4 updVals = ${d};
              if (flattenedIndex[0] == coords[0]) {
                sum.xy += updVals.xy;
                found.xy = vec2(1.);
              } else if (flattenedIndex[0] == coords[0] + 1) {
                sum.zw += updVals.xy;
                found.zw = vec2(1.);
              }
              if (flattenedIndex[1] == coords[0]) {
                sum.xy += updVals.zw;
                found.xy = vec2(1.);
              } else if (flattenedIndex[1] == coords[0] + 1) {
                sum.zw += updVals.zw;
                found.zw = vec2(1.);
              }
            }
          }
          setOutput(mix(${g}, sum, found));
        }
      `}};function Uoe(r){let{inputs:e,backend:t,attrs:n}=r,{indices:o,updates:s}=e,{shape:a}=n,{sliceRank:c,numUpdates:u,sliceSize:i,strides:l,outputSize:p}=S.calculateShapes(s,o,a),m=[p/i,i];if(p===0)return t.makeTensorInfo(a,o.dtype);let f=ne({inputs:{x:o},backend:t,attrs:{shape:[u,c]}}),d=ne({inputs:{x:s},backend:t,attrs:{shape:[u,i]}}),h=t.makeTensorInfo([],"float32",new Float32Array([0])),g;P().getBool("WEBGL_PACK")?g=new Rx(u,c,f.shape.length,d.shape.length,l,m):g=new Dc(u,c,f.shape.length,d.shape.length,l,m);let x=t.runWebGLProgram(g,[d,f,h],d.dtype),y=ne({inputs:{x},backend:t,attrs:{shape:a}});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(x),t.disposeIntermediateTensorInfo(h),y}var ZB={kernelName:As,backendName:"webgl",kernelFunc:Uoe};v();v();var Dx=class{constructor(e,t,n,o){this.variableNames=["sortedSequence","values"],this.customUniforms=[{name:"numInputs",type:"int"}],this.outputShape=[e,n];let s="while (left < right) {",a=`for (int i = 0; i < ${Math.ceil(Math.log2(t+1))}; ++i) { if (left >= right) break;`,c=P().getNumber("WEBGL_VERSION")===2?s:a,u=o==="left"?"<":"<=";this.userCode=`
       int findBound(int batch, float value) {
         int left = 0;
         int right = numInputs;
         int mid;
         ${c}
           mid = (left + right) / 2;
           if (getSortedSequence(batch, mid) ${u} value) {
             left = mid + 1;
           } else {
             right = mid;
           }
         }
         return right;
       }

       void main() {
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int valueIndex = coords[1];

         float value = getValues(batch, valueIndex);

         setOutput(float(findBound(batch, value)));
       }
     `}};function Goe(r){let{inputs:e,backend:t,attrs:n}=r,{sortedSequence:o,values:s}=e,{side:a}=n,c=new Dx(o.shape[0],o.shape[1],s.shape[1],a),u=[[o.shape[1]]];return t.runWebGLProgram(c,[o,s],"int32",u)}var QB={kernelName:Ds,backendName:"webgl",kernelFunc:Goe};v();var Fx=class{constructor(e,t,n){this.variableNames=["c","a","b"],this.outputShape=t;let o,s;if(n>4)throw Error(`Where for rank ${n} is not yet supported`);if(n===1)s="resRC",o="resRC";else{let c=["resRC.x","resRC.y","resRC.z","resRC.w"],u=[],i=[];for(let l=0;l<t.length;l++)i.push(`${c[l]}`),l<e&&u.push(`${c[l]}`);o=u.join(),s=i.join()}let a=$e(n);this.userCode=`
      void main() {
        ${a} resRC = getOutputCoords();
        float cVal = getC(${o});
        if (cVal >= 1.0) {
          setOutput(getA(${s}));
        } else {
          setOutput(getB(${s}));
        }
      }
    `}};function zoe(r){let{inputs:e,backend:t}=r,{condition:n,t:o,e:s}=e,a=new Fx(n.shape.length,o.shape,o.shape.length);return t.runWebGLProgram(a,[n,o,s],Ft(o.dtype,s.dtype))}var eL={kernelName:ri,backendName:"webgl",kernelFunc:zoe};v();var Hoe=`
  // Stable and Attracting Fixed Point (0, 1) for Normalized Weights.
  // see: https://arxiv.org/abs/1706.02515
  float scaleAlpha = ${S.SELU_SCALEALPHA};
  float scale = ${S.SELU_SCALE};
  return (x >= 0.0) ? scale * x : scaleAlpha * (exp(x) - 1.0);
`,Koe=be({opSnippet:Hoe}),tL={kernelName:Fs,backendName:"webgl",kernelFunc:Koe};v();var qoe=Mn+`
  return 1.0 / (1.0 + exp(-1.0 * x));
`,joe=`
  vec4 result = 1.0 / (1.0 + exp(-1.0 * x));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,Xoe=be({opSnippet:qoe,packedOpSnippet:joe,cpuKernelImpl:$P}),rL={kernelName:Os,backendName:"webgl",kernelFunc:Xoe};v();var Yoe=`
  if (isnan(x)) { return 0.0; }
  return sign(x);
`,Joe=be({opSnippet:Yoe}),nL={kernelName:Ps,backendName:"webgl",kernelFunc:Joe};v();var Zoe=Mn+`
  return sin(x);
`,Qoe=`
  vec4 result = sin(x);
  bvec4 isNaN = isnan(x);
  ${rn}
  return result;
`,ese=be({opSnippet:Zoe,packedOpSnippet:Qoe}),oL={kernelName:"Sin",backendName:"webgl",kernelFunc:ese};v();var tse=`
  float e2x = exp(x);
  return (e2x - 1.0 / e2x) / 2.0;
`,rse=be({opSnippet:tse}),sL={kernelName:Ms,backendName:"webgl",kernelFunc:rse};v();var nse=`
  float epsilon = 1.1920928955078125e-7;
  float threshold = log(epsilon) + 2.0;

  bool too_large = x > -threshold;
  bool too_small = x < threshold;

  float result;
  float exp_x = exp(x);

  if (too_large){
    result = x;
  }
  else if (too_small){
    result = exp_x;
  }
  else{
    result = log(exp_x + 1.0);
  }
  return result;
`,ose=be({opSnippet:nse}),aL={kernelName:Bs,backendName:"webgl",kernelFunc:ose};v();var sse=r=>{let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{blockShape:s,paddings:a}=n;b.assert(o.shape.length<=4,()=>"spaceToBatchND for rank > 4 with a WebGL backend not implemented yet");let c=s.reduce((x,y)=>x*y),u=[[0,0]];u.push(...a);for(let x=1+s.length;x<o.shape.length;++x)u.push([0,0]);let i=[],l=cS({inputs:{x:o},backend:t,attrs:{paddings:u,constantValue:0}}),p=S.getReshaped(l.shape,s,c,!1),m=S.getPermuted(p.length,s.length,!1),f=S.getReshapedPermuted(l.shape,s,c,!1),d=ne({inputs:{x:l},backend:t,attrs:{shape:p}}),h=xt({inputs:{x:d},backend:t,attrs:{perm:m}}),g=ne({inputs:{x:h},backend:t,attrs:{shape:f}});return i.push(l),i.push(d),i.push(h),i.forEach(x=>t.disposeIntermediateTensorInfo(x)),g},iL={kernelName:ai,backendName:"webgl",kernelFunc:sse};v();function ase(r){let{inputs:e,backend:t}=r,{indices:n,values:o,denseShape:s,defaultValue:a}=e;if(s.shape.length!==1)throw new Error(`Dense shape must be a vector, saw:
         ${s.shape}`);if(n.shape.length!==2)throw new Error(`Indices must be a matrix, saw:
         ${n.shape}`);if(o.shape.length!==1)throw new Error(`Values must be a vector, saw:
         ${o.shape}`);if(a.shape.length!==0)throw new Error(`Default value must be a scalar, saw:
        ${a.shape}`);let c=t.readSync(n.dataId),u=t.readSync(o.dataId),i=t.readSync(s.dataId),l=t.readSync(a.dataId)[0],[p,m,f,d,h]=RP(c,n.shape,n.dtype,u,o.dtype,i,l);return[t.makeTensorInfo(m,n.dtype,p),t.makeTensorInfo([m[0]],o.dtype,f),t.makeTensorInfo([d.length],"bool",new Uint8Array(d.map(g=>Number(g)))),t.makeTensorInfo([h.length],n.dtype,new Int32Array(h))]}var cL={kernelName:ci,backendName:"webgl",kernelFunc:ase};v();function ise(r){let{inputs:e,backend:t}=r,{inputIndices:n,inputShape:o,newShape:s}=e;if(n.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape ${n.shape}`);if(o.shape.length!==1)throw new Error(`Input shape should be a vector but received shape ${o.shape}`);if(s.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${s.shape}`);let a=Array.from(t.readSync(o.dataId)),c=t.readSync(n.dataId),u=Array.from(t.readSync(s.dataId)),[i,l,p]=DP(c,n.shape,n.dtype,a,u);return[t.makeTensorInfo(l,n.dtype,i),t.makeTensorInfo([p.length],s.dtype,new Int32Array(p))]}var uL={kernelName:Ws,backendName:"webgl",kernelFunc:ise};v();function cse(r){let{inputs:e,backend:t}=r,{data:n,indices:o,segmentIds:s}=e;if(n.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(o.shape.length!==1)throw new Error(`Indices should be a vector but received shape
              ${o.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
              ${s.shape}`);let a=t.readSync(n.dataId),c=t.readSync(o.dataId),u=t.readSync(s.dataId),[i,l]=hg(a,n.shape,n.dtype,c,u,!0);return t.makeTensorInfo(l,n.dtype,i)}var lL={kernelName:ui,backendName:"webgl",kernelFunc:cse};v();function use(r){let{inputs:e,backend:t}=r,{data:n,indices:o,segmentIds:s}=e;if(n.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(o.shape.length!==1)throw new Error(`Indices should be a vector but received shape
             ${o.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
             ${s.shape}`);let a=t.readSync(n.dataId),c=t.readSync(o.dataId),u=t.readSync(s.dataId),[i,l]=hg(a,n.shape,n.dtype,c,u);return t.makeTensorInfo(l,n.dtype,i)}var pL={kernelName:li,backendName:"webgl",kernelFunc:use};v();function lse(r){let{inputs:e,backend:t,attrs:n}=r,{sparseIndices:o,sparseValues:s,defaultValue:a}=e,{outputShape:c}=n,{sliceRank:u,numUpdates:i,sliceSize:l,strides:p,outputSize:m}=S.calculateShapes(s,o,c),f=!1;if(s.dtype==="string"){let x=t.bufferSync(o),y=t.bufferSync(s),w=b.decodeString(t.readSync(a.dataId)[0]),C=EP(x,y,c,m,l,i,u,p,w,f);return t.makeTensorInfo(c,C.dtype,C.values)}let d=new Dc(i,u,o.shape.length,s.shape.length,p,[m,1],f),h=t.runWebGLProgram(d,[s,o,a],s.dtype),g=ne({inputs:{x:h},backend:t,attrs:{shape:c}});return t.disposeIntermediateTensorInfo(h),g}var mL={kernelName:Us,backendName:"webgl",kernelFunc:lse};v();function pse(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{numOrSizeSplits:s,axis:a}=n,c=b.parseAxisParam(a,o.shape)[0],u=S.prepareSplitSize(o,s,c),i=o.shape.length,l=new Array(i).fill(0),p=o.shape.slice();return u.map(m=>{let f=[...p];f[c]=m;let d=uo({inputs:{x:o},backend:t,attrs:{begin:l,size:f}});return l[c]+=m,d})}var fL={kernelName:ii,backendName:"webgl",kernelFunc:pse};v();var dL="return sqrt(x);",mse=be({opSnippet:dL,packedOpSnippet:dL,cpuKernelImpl:FP}),hL={kernelName:Ls,backendName:"webgl",kernelFunc:mse};v();var fse="return x * x;",dse=be({opSnippet:fse}),gL={kernelName:cu,backendName:"webgl",kernelFunc:dse};v();var xL="return (a - b) * (a - b);",hse=nt({opSnippet:xL,packedOpSnippet:xL}),bL={kernelName:Gs,backendName:"webgl",kernelFunc:hse};v();function gse(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e;if(o.dtype!=="string")throw new Error("Input must be of datatype string");let s=t.readSync(o.dataId),a=S.fromUint8ToStringArray(s),c=MP(a,"string",n);return t.makeTensorInfo(o.shape,"string",c)}var yL={kernelName:nc,backendName:"webgl",kernelFunc:gse};v();function xse({inputs:r,attrs:e,backend:t}){let{x:n}=r,o=Gt+`
    return x > 0.0 ? 1.0 : float(${e.alpha});
  `,s=new pr(n.shape,o);return t.runWebGLProgram(s,[n],n.dtype)}var wL={kernelName:zn,backendName:"webgl",kernelFunc:xse};v();var Mx=class{constructor(e,t,n){this.variableNames=["x"],this.outputShape=n;let o=n.length,s=$e(n.length),a=$e(n.length),c="";if(o===1)c="coords * strides + begin";else{let u=0;c=n.map((i,l)=>(u++,n.length===1?`coords * strides[${l}] + begin[${l}]`:`coords[${u-1}] * strides[${l}] + begin[${l}]`)).join(",")}this.userCode=`
      ${s} begin = ${s}(${e});
      ${s} strides = ${s}(${t});

      void main() {
        ${a} coords = getOutputCoords();
        setOutput(getX(${c}));
      }
    `}};function bse(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{begin:s,end:a,strides:c,beginMask:u,endMask:i,ellipsisMask:l,newAxisMask:p,shrinkAxisMask:m}=n,{finalShapeSparse:f,finalShape:d,isIdentity:h,sliceDim0:g,isSimpleSlice:x,begin:y,end:w,strides:C}=gt.sliceInfo(o.shape,s,a,c,u,i,l,p,m),T;if(h)T=ne({inputs:{x:o},backend:t,attrs:{shape:d}});else if(g||x){b.assert(o.shape.length>=1,()=>`Input must have rank at least 1, got: ${o.shape.length}`);let A=gt.computeOutShape(y,w,C),R=uo({inputs:{x:o},backend:t,attrs:{begin:y,size:A}});T=ne({inputs:{x:R},backend:t,attrs:{shape:d}}),t.disposeIntermediateTensorInfo(R)}else if(t.shouldExecuteOnCPU([o])){let R=t.readSync(o.dataId),D=xe(o.shape,o.dtype,R),F=PP(f,D,C,y);T=t.makeTensorInfo(d,o.dtype,F.values)}else{let R=new Mx(y,C,f);T=t.runWebGLProgram(R,[o],o.dtype)}let $=ne({inputs:{x:T},backend:t,attrs:{shape:d}});return t.disposeIntermediateTensorInfo(T),$}var vL={kernelName:zs,backendName:"webgl",kernelFunc:bse};v();function yse(r){let{inputs:e,backend:t,attrs:n}=r,{separator:o,nGramWidths:s,leftPad:a,rightPad:c,padWidth:u,preserveShortSequences:i}=n,{data:l,dataSplits:p}=e,m=t.readSync(l.dataId),f=t.readSync(p.dataId),[d,h]=OP(m,f,o,s,a,c,u,i);return[t.makeTensorInfo([d.length],"string",d),t.makeTensorInfo(p.shape,"int32",h)]}var IL={kernelName:pi,backendName:"webgl",kernelFunc:yse};v();function wse(r){let{inputs:e,backend:t,attrs:n}=r,{skipEmpty:o}=n,{input:s,delimiter:a}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(s.shape.length!==1)throw new Error(`Input must be a vector, got shape: ${s.shape}`);if(a.shape.length!==0)throw new Error(`Delimiter must be a scalar, got shape: ${a.shape}`);let c=t.readSync(s.dataId),u=t.readSync(a.dataId)[0],[i,l,p]=BP(c,u,o),m=l.length;return[t.makeTensorInfo([m,2],"int32",i),t.makeTensorInfo([m],"string",l),t.makeTensorInfo([2],"int32",new Int32Array(p))]}var CL={kernelName:mi,backendName:"webgl",kernelFunc:wse};v();function vse(r){let{inputs:e,backend:t,attrs:n}=r,{numBuckets:o}=n,{input:s}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(o<=0)throw new Error("Number of buckets must be at least 1");let a=t.readSync(s.dataId),c=LP(a,o);return t.makeTensorInfo(s.shape,"int32",c)}var SL={kernelName:fi,backendName:"webgl",kernelFunc:vse};v();var Ise="return tan(x);",Cse=be({opSnippet:Ise}),kL={kernelName:"Tan",backendName:"webgl",kernelFunc:Cse};v();var Sse=`
  float e2x = exp(-2.0 * abs(x));
  return sign(x) * (1.0 - e2x) / (1.0 + e2x);
`,kse=be({opSnippet:Sse}),_L={kernelName:Hs,backendName:"webgl",kernelFunc:kse};v();function _se(r){let{inputs:e,backend:t,attrs:n}=r,{tensor:o,indices:s,updates:a}=e,{}=n,{sliceRank:c,numUpdates:u,sliceSize:i,strides:l,outputSize:p}=S.calculateShapes(a,s,o.shape),m=[p/i,i];if(p===0)return t.makeTensorInfo(o.shape,s.dtype);let f=ne({inputs:{x:s},backend:t,attrs:{shape:[u,c]}}),d=ne({inputs:{x:a},backend:t,attrs:{shape:[u,i]}}),h=ne({inputs:{x:o},backend:t,attrs:{shape:m}}),g=new Dc(u,c,f.shape.length,d.shape.length,l,m,!1,!0),x=t.runWebGLProgram(g,[d,f,h],h.dtype),y=ne({inputs:{x},backend:t,attrs:{shape:o.shape}});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(x),y}var TL={kernelName:Rs,backendName:"webgl",kernelFunc:_se};v();var Px=class{constructor(e,t){this.variableNames=["A"];let n=new Array(e.length);for(let a=0;a<n.length;a++)n[a]=e[a]*t[a];this.outputShape=n,this.rank=n.length;let o=$e(this.rank),s=Tse(e);this.userCode=`
      void main() {
        ${o} resRC = getOutputCoords();
        setOutput(getA(${s}));
      }
    `}};function Tse(r){let e=r.length;if(e>5)throw Error(`Tile for rank ${e} is not yet supported`);if(e===1)return`imod(resRC, ${r[0]})`;let t=["resRC.x","resRC.y","resRC.z","resRC.w","resRC.u"],n=[];for(let o=0;o<r.length;o++)n.push(`imod(${t[o]}, ${r[o]})`);return n.join()}function lS(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{reps:s}=n;if(o.dtype==="string"||o.shape.length>5){let u=t.readSync(o.dataId),i=o.dtype==="string"?u.map(m=>b.decodeString(m)):u,l=xe(o.shape,o.dtype,i),p=WP(l,s);return t.makeTensorInfo(p.shape,p.dtype,p.values)}let a=new Px(o.shape,s);return t.runWebGLProgram(a,[o],o.dtype)}var NL={kernelName:wn,backendName:"webgl",kernelFunc:lS};v();var Ox=class{constructor(e){this.variableNames=["x","indices"],this.customUniforms=[{name:"n",type:"int"},{name:"firstPass",type:"int"},{name:"negativeInf",type:"float"},{name:"dir",type:"int"},{name:"inc",type:"int"}],this.outputShape=e,this.userCode=`
       void main() {
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int elemIdx = coords[1];

         // We compare elements pair-wise within a group of size 2 * inc.
         // The comparing rule for each group alternates between ascending
         // and descending. Within each group, we compare each pair at
         // positions i and i+inc. To decide whether an element at position i
         // is x0 or x1, we mod it by 2 * inc, if the result is smaller than
         // inc, it is in the first half of the group, we denote it as x0,
         // otherwise we denote it as x1.
         // For example, as shown in the Bitonic top K paper referenced above,
         // Figure5(a) shows that element[1] is in the
         // second half of the group when group size is 2, but it is in the
         // first half of the group when group size is 4.

         bool isFirstInPair = imod(elemIdx, 2 * inc) < inc;
         int i = isFirstInPair ? elemIdx : elemIdx - inc;

         int i0 = firstPass == 1 ? i : int(getIndices(batch, i));
         int i1 = firstPass == 1 ? i + inc : int(getIndices(batch, i + inc));
         float x0 = i0 < n ? getX(batch, i0) : negativeInf;
         float x1 = i1 < n ? getX(batch, i1) : negativeInf;

         // Denotes which direction indices are in (ascending or descending).
         bool reverse = imod(elemIdx, 2 * dir) >= dir;
         bool isGreater = x0 > x1 || (x0 == x1 && i1 > i0);
         if (reverse == isGreater) { // Elements in opposite order of direction
           int iTemp = i0;
           i0 = i1;
           i1 = iTemp;
         }
         if (isFirstInPair) {
            setOutput(float(i0));
         } else {
            setOutput(float(i1));
         }
       }
     `}},Bx=class{constructor(e){this.variableNames=["x","indices"],this.customUniforms=[{name:"n",type:"int"},{name:"firstPass",type:"int"},{name:"k",type:"int"}],this.outputShape=e,this.userCode=`
    void main() {
         // Takes max of indices (0, k), (1, k + 1), (2, k + 2) ...
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int elemIdx = coords[1];

         // The output size is half of the previous size.
         // If the previous sequence is | | | | _ _ _ _  | | | |  _ _ _ _ (k=4),
         // we only need to output the indices at positions |, the indices at
         // positions _ can be thrown away, see Figure5(b) After Phase 2
         // (Merge phase) in the Bitonic Top K paper referenced above.
         // For example, the paper shows we only need to output the orange bars.
         // The output sequence should look like this | | | | | | | |.
         // Because the sequence is halved, to map the output index back
         // to the previous sequence to find the corresponding value,
         // we need to double the index. When we double the index,
         // we basically interpolate a position, so 2i looks like
         // | _ | _ | _ | _ | _ | _ | _. We move the | to the first k position
         // of each 2k positions by - elemIdx % k. E.g. for output at
         // index 4,5,6,7, we want to get the corresponding element at
         // original index 8,9,10,11, for output at index 8,9,10,11,
         // we want to get the corresponding element at original index
         // 16,17,18,19, so on and so forth.

         int i = elemIdx < k ? elemIdx : (elemIdx * 2 - imod(elemIdx, k));
         int i0 = firstPass == 1 ? i : int(getIndices(batch, i));
         int i1 = firstPass == 1 ? i + k : int(getIndices(batch, i + k));

         float x0 = getX(batch, i0);
         float x1 = i1 < n ? getX(batch, i1) : x0;

         setOutput(x0 >= x1 ? float(i0) : float(i1));
       }
     `}};function il(r,e){e!==null&&r.disposeIntermediateTensorInfo(e)}function EL(r){let e=1;for(;e<r;)e*=2;return e}function Nse(r){let{inputs:e,backend:t,attrs:n}=r,{x:o}=e,{k:s,sorted:a}=n,c=P().getNumber("TOPK_LAST_DIM_CPU_HANDOFF_SIZE_THRESHOLD"),u=P().getNumber("TOPK_K_CPU_HANDOFF_THRESHOLD"),i=o.shape,l=i[i.length-1];if(t.shouldExecuteOnCPU([o])||l<c||s>u){let F=t.readSync(o.dataId),[B,V]=UP(F,i,o.dtype,s,a);return[t.makeTensorInfo(B.shape,B.dtype,B.values),t.makeTensorInfo(V.shape,V.dtype,V.values)]}if(s===0)return i[i.length-1]=0,[t.makeTensorInfo(i,o.dtype,[]),t.makeTensorInfo(i,"int32",[])];if(l===1)return[o,Gi({attrs:{shape:i,dtype:"int32",value:0},backend:t})];let p=t.texData.get(o.dataId),m=p!==null&&p.isPacked,f=m?t.unpackTensor(o):o,h=b.sizeFromShape(i)/l,g=ne({inputs:{x:f},attrs:{shape:[h,l]},backend:t});m&&il(t,f);let x=EL(s),y=EL(l),w=null,C=()=>w===null?[g,g]:[g,w],T=(F,B,V)=>{let U=C(),z=new Ox(V),q=[[l],[w===null?1:0],[Number.NEGATIVE_INFINITY],[F],[B]],j=w;w=t.runWebGLProgram(z,U,"int32",q),il(t,j)};for(let F=1;F<x;F*=2){let B=F*2;for(let V=F;V>=1;V/=2)T(B,V,[h,y])}for(let F=y;F>x;F/=2){let B=C(),V=new Bx([h,F/2]),z=[[l],[w===null?1:0],[x]],W=w;w=t.runWebGLProgram(V,B,"int32",z),il(t,W);let q=x/2,j=q*2;for(let Y=q;Y>=1;Y/=2)T(j,Y,w.shape)}let $=w;w=uo({inputs:{x:w},backend:t,attrs:{begin:0,size:[h,s]}}),il(t,$);let A=nS({inputs:{x:g,indices:w},backend:t,attrs:{axis:1,batchDims:1}});il(t,g);let R=i.slice(0,-1);R.push(s),$=w,w=ne({inputs:{x:w},attrs:{shape:R},backend:t}),il(t,$);let D=A;return A=ne({inputs:{x:A},attrs:{shape:R},backend:t}),il(t,D),[A,w]}var $L={kernelName:Ks,backendName:"webgl",kernelFunc:Nse};v();var Lx=class{constructor(e,t,n,o,s,a){this.variableNames=["Image","Transforms"],this.outputShape=a;let c=n==="nearest"?1:2,u;switch(o){case"constant":u=1;break;case"reflect":u=2;break;case"wrap":u=3;break;case"nearest":u=4;break;default:u=1;break}this.userCode=`
            float mapCoord(float outCoord, float len) {
              float inCoord = outCoord;
              if(${u} == 2) {
                if (inCoord < 0.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz2 = 2.0 * len;
                    if (inCoord < sz2) {
                      inCoord = sz2 * float(int(float(-inCoord / sz2))) +
                      inCoord;
                    }
                    inCoord = inCoord < -len ? inCoord + sz2 : -inCoord - 1.0;
                  }
                } else if (inCoord > len - 1.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz2 = 2.0 * len;
                    inCoord -= sz2 * float(int(float(inCoord / sz2)));
                    if (inCoord >= len) {
                      inCoord = sz2 - inCoord - 1.0;
                    }
                  }
                }
                return clamp(inCoord, 0.0, len - 1.0);
              } else if (${u} == 3) {
                if (inCoord < 0.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz = len - 1.0;
                    inCoord += len * (float(int(float(-inCoord / sz))) + 1.0);
                  }
                } else if (inCoord > len - 1.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz = len - 1.0;
                    inCoord -= len * float(int(float(inCoord / sz)));
                  }
                }
                return clamp(inCoord, 0.0, len - 1.0);
              } else if (${u} == 4) {
                return clamp(outCoord, 0.0, len - 1.0);
              } else {
                return outCoord;
              }
            }

            float readWithFillValue(int batch, int coordY, int coordX,
              int channel) {
              float outputValue;
              if (0 <= coordY && coordY < ${e} && 0 <= coordX && coordX < ${t}) {
                  outputValue = getImage(batch, coordY, coordX, channel);
              } else {
                outputValue = float(${s});
              }
              return outputValue;
            }

            void main() {
              ivec4 coords = getOutputCoords();
              float outputValue;
              int batch = coords[0];
              int x = coords[2];
              int y = coords[1];
              int channel = coords[3];
              float xf = float(x);
              float yf = float(y);
              float a1 = getTransforms(batch, 0);
              float a2 = getTransforms(batch, 1);
              float a3 = getTransforms(batch, 2);
              float b1 = getTransforms(batch, 3);
              float b2 = getTransforms(batch, 4);
              float b3 = getTransforms(batch, 5);
              float c1 = getTransforms(batch, 6);
              float c2 = getTransforms(batch, 7);
              float projection = c1 * xf + c2 * yf + 1.0;
              if (projection == 0.0) {
                outputValue = float(${s});
              } else {
                float inX = (a1 * xf + a2 * yf + a3) / projection;
                float inY = (b1 * xf + b2 * yf + b3) / projection;
                float mapX = mapCoord(inX, float(${t}));
                float mapY = mapCoord(inY, float(${e}));

                if (${c} == 1) {
                  int coordY = int(round(mapY));
                  int coordX = int(round(mapX));
                  outputValue = readWithFillValue(batch, coordY, coordX,
                    channel);
                } else {
                  float yFloor = floor(mapY);
                  float xFloor = floor(mapX);
                  float yCeil = yFloor + 1.0;
                  float xCeil = xFloor + 1.0;
                  float valueYFloor = (xCeil - mapX) *
                  readWithFillValue(batch, int(yFloor), int(xFloor), channel) +
                  (mapX - xFloor) *
                  readWithFillValue(batch, int(yFloor), int(xCeil), channel);
                  float valueYCeil = (xCeil - mapX) *
                  readWithFillValue(batch, int(yCeil), int(xFloor), channel) +
                  (mapX - xFloor) *
                  readWithFillValue(batch, int(yCeil), int(xCeil), channel);
                  outputValue = (yCeil - mapY) * valueYFloor +
                  (mapY - yFloor) * valueYCeil;
                }
              }
              setOutput(outputValue);
            }
        `}};function Ese(r){let{inputs:e,backend:t,attrs:n}=r,{image:o,transforms:s}=e,{interpolation:a,fillMode:c,fillValue:u,outputShape:i}=n,[l,p,m,f]=o.shape,[d,h]=i??[p,m],g=[l,d,h,f],x=new Lx(p,m,a,c,u,g);return t.runWebGLProgram(x,[o,s],"float32")}var AL={kernelName:qs,backendName:"webgl",kernelFunc:Ese};v();function $se(r){let{inputs:e,attrs:t,backend:n}=r,{axis:o}=t,{x:s}=e;ga(s,"unique"),console.warn("WARNING: ","UI might be locked temporarily as data is being downloaded");let a=n.readSync(s.dataId),{outputValues:c,outputShape:u,indices:i}=GP(a,o,s.shape,s.dtype);return[n.makeTensorInfo(u,s.dtype,c),n.makeTensorInfo([i.length],"int32",i)]}var RL={kernelName:gi,backendName:"webgl",kernelFunc:$se};v();function Ase(r){let{inputs:e,backend:t,attrs:n}=r,{value:o}=e,{axis:s}=n;s<0&&(s+=o.shape.length);let a=o,c=a.shape.length,u=o.shape[s],i=new Array(c-1),l=0;for(let h=0;h<c;h++)h!==s&&(i[l++]=a.shape[h]);let p=[],m=new Array(c).fill(0),f=a.shape.slice();f[s]=1;let d=new Array(u);for(let h=0;h<d.length;h++){m[s]=h;let g=uo({inputs:{x:a},backend:t,attrs:{begin:m,size:f}}),x=ne({inputs:{x:g},backend:t,attrs:{shape:i}});d[h]=x,p.push(g)}return p.forEach(h=>t.disposeIntermediateTensorInfo(h)),d}var DL={kernelName:xi,backendName:"webgl",kernelFunc:Ase};v();var Vx=class{constructor(e,t){this.variableNames=["x","segmentIds"];let n=e.windowSize,o=e.batchSize,s=e.inSize,a=e.numSegments,c=a*Math.ceil(s/n);this.outputShape=[o,c];let u="0.0",i="sumValue",l=Math.floor(n/4)*4,p=n%4,m=`
        sumValue += dot(values, segFilter);
    `,f="";s%n>0&&(f=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return initializationValue;
        }
      `);let d="";s%n>0&&(d=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return -1.0;
        }
      `),this.userCode=`
      const float initializationValue = ${u};

      float getValue(int batch, int inIdx) {
        ${f}
        return getX(batch, inIdx);
      }

      float getSegmentIdAtIndex(int inIdx) {
        ${d}
        return getSegmentIds(inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = int(floor(float(outIdx) / float(
          ${a})) * float(${n}));
        int currentSeg = int(mod(float(outIdx), float(${a})));

        float sumValue = 0.0;

        for (int i = 0; i < ${l}; i += 4) {
          int inIdx = inOffset + i;
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 2)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 3)) == currentSeg ? 1 : 0
          );

          ${m}
        }

        int inIdx = inOffset + ${l};
        if (${p===1}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            initializationValue,
            initializationValue,
            initializationValue
          );

          int inIdxSeg = int(getSegmentIdAtIndex(inIdx));

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            0,
            0,
            0
          );

          ${m}
        } else if (${p===2}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            initializationValue,
            initializationValue
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
              0,
              0
          );

          ${m}
        } else if (${p===3}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            initializationValue
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 2)) == currentSeg ? 1 : 0,
            0
          );

          ${m}
        }
        setOutput(${i});
      }
    `}};function Rse(r){let{inputs:e,backend:t,attrs:n}=r,{x:o,segmentIds:s}=e,{numSegments:a}=n,c=o.shape.length,u=[],i=0,l=S.getAxesPermutation([i],c),p=o;l!=null&&(p=xt({inputs:{x:o},backend:t,attrs:{perm:l}}),u.push(p),i=S.getInnerMostAxes(1,c)[0]);let m=S.segment_util.computeOutShape(p.shape,i,a),f=b.sizeFromShape([p.shape[i]]),d=ne({inputs:{x:p},backend:t,attrs:{shape:[-1,f]}});u.push(d);let h=ac(o.dtype),g=(C,T,$,A,R)=>{let D=C.shape[0],F=C.shape[1],B=S.segment_util.segOpComputeOptimalWindowSize(F,R),V={windowSize:B,inSize:F,batchSize:D,numSegments:R},U=new Vx(V,T),z=t.compileAndRun(U,[C,$],A);if(u.push(z),z.shape[1]===R)return z;let W=uS({backend:t,attrs:{start:0,stop:R,step:1,dtype:"float32"}}),q=lS({inputs:{x:W},backend:t,attrs:{reps:[F/B]}});return u.push(W),u.push(q),g(z,T,q,A,R)},x=g(d,"unsortedSegmentSum",s,h,a),y=ne({inputs:{x},backend:t,attrs:{shape:m}}),w=y;if(l!=null){u.push(y);let C=S.getUndoAxesPermutation(l);w=xt({inputs:{x:w},backend:t,attrs:{perm:C}})}return u.forEach(C=>t.disposeIntermediateTensorInfo(C)),w}var FL={kernelName:uu,backendName:"webgl",kernelFunc:Rse};var Dse=[gO,bO,yO,wO,IO,CO,SO,kO,NO,EO,$O,AO,RO,DO,FO,MO,PO,OO,BO,LO,VO,UO,GO,zO,HO,XO,JO,ZO,aO,e3,r3,n3,o3,s3,a3,i3,c3,u3,l3,p3,d3,h3,g3,x3,b3,y3,w3,v3,I3,C3,S3,k3,_3,T3,N3,E3,A3,R3,D3,F3,P3,O3,B3,L3,V3,W3,U3,G3,z3,sO,H3,t3,K3,q3,j3,iO,X3,Y3,J3,Z3,Q3,eB,tB,rB,nB,oB,aB,iB,cB,uB,lB,pB,fB,hB,gB,xB,bB,yB,SB,lO,kB,_B,TB,NB,KO,EB,RB,DB,FB,MB,cO,PB,OB,BB,LB,VB,qO,wB,WB,UB,GB,mO,zB,HB,KB,qB,jB,XB,YB,JB,ZB,QB,eL,tL,rL,nL,oL,sL,WO,CB,aL,iL,cL,uL,lL,pL,mL,fL,hL,gL,bL,yL,wL,vL,IL,CL,SL,IB,dO,kL,_L,TL,NL,$L,AL,hO,RL,DL,FL,$B];for(let r of Dse)jn(r);var lo={version:1,objects:{config:[{name:"family",type:"string",required:!0,max_len:200},{name:"source_framework",type:"string",required:!0,max_len:200},{name:"vocab_size",type:"int",min:1,max:16777216,required:!0},{name:"padded_vocab_size",type:"int",min:1,max:16777216,required:!0},{name:"n_layer",type:"int",min:1,max:1024,required:!0},{name:"n_head",type:"int",min:1,max:1024,required:!0},{name:"n_kv_head",type:"int",min:1,max:1024,required:!0},{name:"n_embd",type:"int",min:1,max:262144,required:!0},{name:"head_dim",type:"int",min:1,max:262144,required:!0},{name:"mlp_hidden",type:"int",min:1,max:262144,required:!0},{name:"sequence_len",type:"int",min:1,max:16777216,required:!0},{name:"window",type:"window",required:!0,length:"n_layer",max:33554432,expect:"null (full causal) or an integer >= 1 of visible keys (at most {max})"},{name:"rope",type:"object",of:"rope",default:{}},{name:"norm_eps",type:"number",gt:0,lt:1,default:1e-5},{name:"qk_scale",type:"number",gt:0,default:1},{name:"value_embed",type:"object",of:"value_embed",nullable:!0,default:null},{name:"softcap",type:"number",gt:0,nullable:!0,default:15},{name:"activation",type:"object",of:"activation",default:{}},{name:"smear",type:"object",of:"smear",nullable:!0,default:null},{name:"backout",type:"object",of:"backout",nullable:!0,default:null},{name:"version",type:"int",min:1,max:1,default:1,message:"spec version {value} is not supported (expected 1)"}],rope:[{name:"style",type:"enum",choices:["interleaved","half"],default:"interleaved"},{name:"base",type:"number",gt:1,default:1e4},{name:"sign",type:"int",choices:[1,-1],default:1,expect:"+1 or -1"},{name:"table_dtype",type:"enum",choices:["float32","bfloat16","float16"],default:"float32"}],value_embed:[{name:"layers",type:"indices",below:"n_layer",default:[],expect:"layer indices in [0, {n_layer}) without duplicates"},{name:"gate_channels",type:"int",min:1,max:"n_embd",default:32},{name:"gate_scale",type:"number",default:2}],activation:[{name:"kind",type:"enum",choices:["relu2","eml"],default:"relu2"},{name:"params",type:"params",nullable:!0,default:{}}],smear:[{name:"channels",type:"int",min:1,max:"n_embd",default:24}],backout:[{name:"layer",type:"int",min:0,max:"n_layer",exclusive:!0,default:0,expect:"in [0, {n_layer})"}]},activations:{relu2:{},eml:{exp_clamp:{type:"number",gt:0,default:20},log_floor:{type:"number",gt:0,default:1e-30}}},relations:[{op:">=",a:"padded_vocab_size",b:"vocab_size",message:"padded_vocab_size {padded_vocab_size} is smaller than vocab_size {vocab_size}"},{op:"multiple",a:"n_head",b:"n_kv_head",message:"n_head {n_head} is not a multiple of n_kv_head {n_kv_head}"},{op:"even",a:"head_dim",message:"head_dim must be even for RoPE, got {head_dim}"}],dims:{V:["padded_vocab_size"],C:["n_embd"],L:["n_layer"],H:["mlp_hidden"],Q:["n_head","head_dim"],KV:["n_kv_head","head_dim"],KVH:["n_kv_head"],G:["value_embed.gate_channels"],S:["smear.channels"]},tensors:[{name:"wte.weight",shape:["V","C"]},{name:"lm_head.weight",shape:["V","C"]},{name:"resid_lambdas",shape:["L"]},{name:"x0_lambdas",shape:["L"]},{name:"blocks.{i}.attn.c_q.weight",layer:!0,shape:["Q","C"]},{name:"blocks.{i}.attn.c_k.weight",layer:!0,shape:["KV","C"]},{name:"blocks.{i}.attn.c_v.weight",layer:!0,shape:["KV","C"]},{name:"blocks.{i}.attn.c_proj.weight",layer:!0,shape:["C","Q"]},{name:"blocks.{i}.mlp.c_fc.weight",layer:!0,shape:["H","C"]},{name:"blocks.{i}.mlp.c_proj.weight",layer:!0,shape:["C","H"]},{name:"blocks.{i}.attn.ve_gate.weight",layer:!0,when:{layer_in:"value_embed.layers"},shape:["KVH","G"]},{name:"value_embeds.{i}.weight",layer:!0,when:{layer_in:"value_embed.layers"},shape:["V","KV"]},{name:"blocks.{i}.mlp.eml_k",layer:!0,when:{equals:["activation.kind","eml"]},shape:null},{name:"smear_gate.weight",when:{present:"smear"},shape:[1,"S"]},{name:"smear_lambda",when:{present:"smear"},shape:null},{name:"backout_lambda",when:{present:"backout"},shape:null}],taps:{before:["embed"],layer:["blocks.{i}.attn.q","blocks.{i}.attn.k","blocks.{i}.attn.v","blocks.{i}.attn_out","blocks.{i}.mlp_out","blocks.{i}.out"],after:["final_norm","logits"]}};var OL=lo.objects,BL=(r,e)=>OL[r].find(t=>t.name===e),Fse=lo.version,iIt=Object.freeze([...BL("rope","style").choices]),cIt=Object.freeze([...BL("rope","table_dtype").choices]),uIt=Object.freeze(Object.keys(lo.activations)),lIt=Object.freeze(Object.fromEntries(Object.entries(lo.activations.eml).map(([r,e])=>[r,e.default])));function xn(r){throw new Error(`invalid model spec: ${r}`)}function nf(r){return r!==null&&typeof r=="object"&&!Array.isArray(r)}function pS(r){return typeof r=="number"&&Number.isInteger(r)}function LL(r){return typeof r=="number"&&Number.isFinite(r)}function Jt(r){if(typeof r=="number"&&!Number.isFinite(r))return Number.isNaN(r)?"NaN":r>0?"Infinity":"-Infinity";try{let e=JSON.stringify(r);return e===void 0?String(r):e}catch{return String(r)}}function fS(r,e){return r.replace(/\{(\w+)\}/g,(t,n)=>n in e&&e[n]!==void 0?String(e[n]):t)}function Ux(r,e){return typeof r=="string"?[e[r],`${r}=${e[r]}`]:[r,String(r)]}function VL(r){return r.gt!==void 0&&r.lt!==void 0?`a finite number in (${Jt(r.gt)}, ${Jt(r.lt)})`:r.gt!==void 0?`a finite number > ${Jt(r.gt)}`:"a finite number"}function ML(r,e){if(r.expect!==void 0)return fS(r.expect,{...e,max:r.max});switch(r.type){case"int":return r.choices?`one of ${Jt(r.choices)}`:`an integer in [${Ux(r.min,e)[1]}, ${Ux(r.max,e)[1]}${r.exclusive?")":"]"}`;case"number":return VL(r);case"enum":return`one of ${Jt(r.choices)}`;case"string":return`a non-empty string of at most ${r.max_len} characters`;default:return r.type}}function PL(r,e,t,n){if(t===null&&e.nullable)return null;let o=()=>xn(e.message!==void 0?fS(e.message,{...n,value:Jt(t)}):`${r} must be ${ML(e,n)}${e.nullable?" or null":""}, got ${Jt(t)}`);switch(e.type){case"string":return(typeof t!="string"||t.length===0||t.length>e.max_len)&&o(),t;case"enum":return(typeof t!="string"||!e.choices.includes(t))&&o(),t;case"int":if(pS(t)||o(),e.choices)e.choices.includes(t)||o();else{let s=Ux(e.min,n)[0],a=Ux(e.max,n)[0];(t<s||t>a||e.exclusive&&t>=a)&&o()}return t;case"number":return(!LL(t)||e.gt!==void 0&&!(t>e.gt)||e.lt!==void 0&&!(t<e.lt))&&o(),t;case"window":{Array.isArray(t)||xn(`${r} must be a list (one entry per layer), got ${Jt(t)}`);let s=n[e.length];return t.length!==s&&xn(`${r} has ${t.length} entries, expected one per layer (${s})`),t.forEach((a,c)=>{a===null||pS(a)&&a>=1&&a<=e.max||xn(`${r}[${c}] must be ${ML(e,n)}, got ${Jt(a)}`)}),[...t]}case"indices":{let s=n[e.below];return(!Array.isArray(t)||!t.every(a=>pS(a)&&a>=0&&a<s)||new Set(t).size!==t.length)&&o(),[...t]}case"object":return WL(e.of,t,r,n);case"params":return nf(t)||xn(`${r} must be an object of numbers, got ${Jt(t)}`),{...t};default:throw new Error(`spec table: unknown field type ${e.type}`)}}function WL(r,e,t,n){nf(e)||xn(`${t} must be an object, got ${Jt(e)}`);let o=OL[r],s=o.map(l=>l.name),a=Object.keys(e).filter(l=>!s.includes(l)).sort();a.length&&xn(`unknown key(s) ${Jt(a)} in ${t}; known: ${Jt([...s].sort())}`);let c=o.filter(l=>l.required&&!(l.name in e)).map(l=>l.name);c.length&&xn(`missing required key(s) ${Jt(c)} in ${t}`);let u={},i=r==="config"?u:n;for(let l of o){let p=r==="config"?l.name:`${t}.${l.name}`;l.name in e?u[l.name]=PL(p,l,e[l.name],i):l.type==="object"&&l.default!==null?u[l.name]=PL(p,l,{...l.default},i):u[l.name]=Array.isArray(l.default)?[...l.default]:nf(l.default)?{...l.default}:l.default}return r==="activation"&&(u.params=Mse(u.kind,u.params??{},`${t}.params`)),u}function Mse(r,e,t){let n=lo.activations[r],o=Object.keys(e).filter(s=>!(s in n)).sort();o.length&&xn(`unknown key(s) ${Jt(o)} in ${t} for activation ${Jt(r)}; known: ${Jt(Object.keys(n).sort())}`);for(let[s,a]of Object.entries(e))(!LL(a)||n[s].gt!==void 0&&!(a>n[s].gt))&&xn(`${t}.${s} must be ${VL(n[s])}, got ${Jt(a)}`);return{...e}}var Pse={">=":(r,e)=>r>=e,multiple:(r,e)=>r%e===0,even:r=>r%2===0};function of(r){let e=r;if(typeof e=="string")try{e=JSON.parse(e)}catch(o){xn(`config is not valid JSON (${o.message})`)}nf(e)||xn(`expected a JSON object, got ${e===null?"null":Array.isArray(e)?"list":typeof e}`);let t=WL("config",e,"config",{});for(let o of lo.relations)Pse[o.op](t[o.a],t[o.b])||xn(fS(o.message,t));let n=Object.fromEntries(Object.entries(lo.activations[t.activation.kind]).map(([o,s])=>[o,s.default]));return t.activation={kind:t.activation.kind,params:{...n,...t.activation.params}},UL(t)}function UL(r){if(r&&typeof r=="object"){for(let e of Object.values(r))UL(e);Object.freeze(r)}return r}function rf(r,e){let t=r;for(let n of e.split("."))t=nf(t)?t[n]:void 0;return t}function mS(r,e,t){if(!r)return!0;if("present"in r)return rf(e,r.present)!==null&&rf(e,r.present)!==void 0;if("layer_in"in r)return(rf(e,r.layer_in)??[]).includes(t);let[n,o]=r.equals;return rf(e,n)===o}function Ose(r){let e={};for(let[c,u]of Object.entries(lo.dims)){let i=u.map(l=>rf(r,l));i.every(l=>l!=null)&&(e[c]=i.reduce((l,p)=>l*p,1))}let t=c=>c.shape===null?null:c.shape.map(u=>typeof u=="number"?u:e[u]),n=lo.tensors,o=n.findIndex(c=>c.layer),s=n.length-1-[...n].reverse().findIndex(c=>c.layer),a={};for(let c of n.slice(0,o))mS(c.when,r,null)&&(a[c.name]=t(c));for(let c=0;c<r.n_layer;c++)for(let u of n.slice(o,s+1))mS(u.when,r,c)&&(a[u.name.replaceAll("{i}",String(c))]=t(u));for(let c of n.slice(s+1))mS(c.when,r,null)&&(a[c.name]=t(c));return a}function GL(r){let e=lo.taps,t=[...e.before];for(let n=0;n<r.n_layer;n++)t.push(...e.layer.map(o=>o.replaceAll("{i}",String(n))));return[...t,...e.after]}function Gx(r,e){let t=Ose(r),n=Object.keys(e),o=[],s=Object.keys(t).filter(c=>!(c in e)).sort(),a=n.filter(c=>!(c in t)).sort();s.length&&o.push(`missing tensors: ${s.join(", ")}`),a.length&&o.push(`unexpected tensors: ${a.join(", ")}`);for(let c of Object.keys(t).filter(u=>u in e).sort()){let u=t[c],i=e[c];u===null?i.length===0||i.length===1&&i[0]===1||o.push(`${c}: shape ${Jt(i)}, expected a scalar ([] or [1])`):(i.length!==u.length||i.some((l,p)=>l!==u[p]))&&o.push(`${c}: shape ${Jt(i)}, expected ${Jt(u)}`)}return o}var Fc="emlx.bundle",Kx=1,zL=100*1024*1024,Bse=new Uint8Array(new Uint32Array([1]).buffer)[0]===1;function af(){return typeof process<"u"&&process.versions!=null&&process.versions.node!=null&&typeof window>"u"}var Lse="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",Vse=(()=>{let r=new Int16Array(128).fill(-1);for(let e=0;e<64;e++)r[Lse.charCodeAt(e)]=e;return r})();function sf(r,e="base64 data"){if(typeof r!="string")throw new Error(`${e}: expected a base64 string, got ${typeof r}`);let t=r.length;if(t%4!==0)throw new Error(`${e}: corrupt base64 (length ${t} is not a multiple of 4)`);let n=0;t>0&&r.charCodeAt(t-1)===61&&n++,t>1&&r.charCodeAt(t-2)===61&&n++;let o=t/4*3-n,s=new Uint8Array(o),a=0;for(let c=0;c<t;c+=4){let u=c+4===t,i=0;for(let l=0;l<4;l++){let p=r.charCodeAt(c+l),m=p<128?Vse[p]:-1;if(m<0)if(p===61&&u&&l>=4-n)m=0;else{let f=JSON.stringify(r[c+l]);throw new Error(`${e}: corrupt base64 (invalid character ${f} at offset ${c+l})`)}i=i<<6|m}s[a++]=i>>>16&255,a<o&&(s[a++]=i>>>8&255),a<o&&(s[a++]=i&255)}return s}function KL(r){if(r.byteLength%4!==0)throw new Error(`float32 data has ${r.byteLength} bytes, not a multiple of 4`);let e=r.byteLength/4;if(Bse)return r.byteOffset%4===0?new Float32Array(r.buffer,r.byteOffset,e):new Float32Array(r.slice().buffer,0,e);let t=new DataView(r.buffer,r.byteOffset,r.byteLength),n=new Float32Array(e);for(let o=0;o<e;o++)n[o]=t.getFloat32(4*o,!0);return n}function qx(r,e){if(!Array.isArray(r)||!r.every(t=>Number.isInteger(t)&&t>=0))throw new Error(`${e}: shape must be a list of non-negative integers, got ${JSON.stringify(r)}`);return r.reduce((t,n)=>t*n,1)}function Wse(r){let e=r.byteLength/2,t=new Float32Array(e),n=new Uint32Array(t.buffer);for(let o=0;o<e;o++)n[o]=(r[2*o+1]<<8|r[2*o])<<16;return t}function Use(r){let e=r.byteLength/2,t=new Float32Array(e);for(let n=0;n<e;n++){let o=r[2*n+1]<<8|r[2*n],s=o&32768?-1:1,a=o>>10&31,c=o&1023;a===0?t[n]=s*c*2**-24:a===31?t[n]=c?NaN:s*(1/0):t[n]=s*(1+c/1024)*2**(a-15)}return t}function Gse(r,e,t){let n=t.length===0?1:t[0],o=r.length,s=n===0?0:o/n,a=new Float32Array(o);for(let c=0;c<n;c++){let u=e[c],i=c*s;for(let l=0;l<s;l++)a[i+l]=r[i+l]*u}return a}function dS(r,e){let t=-1,n=0;for(let o=0;o<e.length;o++){let s=e[o];s-s!==0&&(t<0&&(t=o),n++)}if(n)throw new Error(`tensor "${r}" has ${n} non-finite value(s) of ${e.length}, the first ${e[t]} at flat index ${t}; the bundle is corrupt or was made from a diverged run: re-export it from a finite checkpoint`);return e}function qL(r,e,t){let n=qx(e,`tensor "${r}"`);if(t.byteLength!==4*n)throw new Error(`tensor "${r}": float32 data has ${t.byteLength} bytes, expected ${4*n} (shape ${JSON.stringify(e)})`);return{dtype:"float32",shape:e.slice(),data:dS(r,KL(t)),stored:{bytes:t}}}function jL(r,e,t,n){let o=qx(e,`tensor "${r}"`);if(e.length<1)throw new Error(`tensor "${r}": int8 tensors need at least one dimension (one scale per row)`);if(t.byteLength!==o)throw new Error(`tensor "${r}": int8 data has ${t.byteLength} bytes, expected ${o} (shape ${JSON.stringify(e)})`);let s=e[0];if(n.byteLength!==4*s)throw new Error(`tensor "${r}": int8 scale has ${n.byteLength} bytes, expected ${4*s} (one float32 per row, ${s} rows)`);let a=KL(n);for(let i=0;i<s;i++)if(!Number.isFinite(a[i]))throw new Error(`tensor "${r}": int8 scale of row ${i} is ${a[i]}`);let c={dtype:"int8",shape:e.slice(),stored:{bytes:t,scaleBytes:n},scale:a},u=null;return Object.defineProperty(c,"data",{enumerable:!0,configurable:!0,get(){return u===null&&(u=Gse(new Int8Array(t.buffer,t.byteOffset,t.byteLength),a,c.shape)),u},set(i){u=i}}),c}function zse(r,e){if(e===null||typeof e!="object")throw new Error(`tensor "${r}": expected {dtype, shape, data}, got ${e===null?"null":typeof e}`);let t=e.shape;if(qx(t,`tensor "${r}"`),e.dtype==="float32")return qL(r,t,sf(e.data,`tensor "${r}" data`));if(e.dtype==="int8"){if(typeof e.scale!="string")throw new Error(`tensor "${r}": int8 tensor without a "scale" (base64 float32, one per row)`);let n=sf(e.data,`tensor "${r}" data`),o=sf(e.scale,`tensor "${r}" scale`);return jL(r,t,n,o)}throw new Error(`tensor "${r}": unsupported dtype ${JSON.stringify(e.dtype)} (expected "float32" or "int8")`)}function bS(r,e,t){if(r.format!==Fc)throw new Error(`not an emlx bundle: format is ${JSON.stringify(r.format)}, expected "${Fc}"`);if(Number(r.version)!==Kx)throw new Error(`emlx bundle version ${JSON.stringify(r.version)} is not supported (expected ${Kx})`);if(r.config===void 0||r.config===null)throw new Error('emlx bundle has no "config" (ModelSpec)');let n=of(r.config),o={};for(let[c,u]of Object.entries(e))o[c]=u.shape;let s=Gx(n,o);if(s.length)throw new Error(`bundle weights do not match its config: ${s.join("; ")}`);let a=r.tokenizer===void 0?null:r.tokenizer;if(a!==null&&(typeof a!="object"||Array.isArray(a)))throw new Error(`bundle "tokenizer" must be an object or null, got ${typeof a}`);return{format:Fc,version:Kx,config:n,tokenizer:a,weights:e,training:r.training??null,source:r.source??null,weights_sha256:r.weights_sha256??null,generated_by:r.generated_by??null,container:t}}function Hse(r){if(r===null||typeof r!="object"||Array.isArray(r))throw new Error("bundle JSON must be an object");if(r.weights===null||typeof r.weights!="object"||Array.isArray(r.weights))throw r.format!==Fc?new Error(`not an emlx bundle: format is ${JSON.stringify(r.format)}, expected "${Fc}"`):new Error('emlx bundle has no "weights" object');if(r.format!==Fc)throw new Error(`not an emlx bundle: format is ${JSON.stringify(r.format)}, expected "${Fc}"`);let e={};for(let t of Object.keys(r.weights).sort())e[t]=zse(t,r.weights[t]);return bS(r,e,"json")}var HL={F32:4,I8:1,BF16:2,F16:2,U8:1,F64:8,I32:4,I64:8,I16:2};function XL(r){let e=yS(r);if(e.byteLength<8)throw new Error(`safetensors: file has ${e.byteLength} bytes, too short for the 8-byte header length`);let t=new DataView(e.buffer,e.byteOffset,e.byteLength),n=t.getUint32(0,!0),s=t.getUint32(4,!0)*2**32+n;if(s>zL)throw new Error(`safetensors: header length ${s} exceeds the ${zL}-byte limit`);if(8+s>e.byteLength)throw new Error(`safetensors: header length ${s} runs past the end of the file (${e.byteLength} bytes)`);let a;try{a=JSON.parse(new TextDecoder("utf-8",{fatal:!0}).decode(e.subarray(8,8+s)))}catch(m){throw new Error(`safetensors: header is not valid JSON (${m.message})`)}if(a===null||typeof a!="object"||Array.isArray(a))throw new Error("safetensors: header must be a JSON object");let c=8+s,u=e.byteLength-c,i={};if(a.__metadata__!==void 0){let m=a.__metadata__;if(m===null||typeof m!="object"||Array.isArray(m))throw new Error("safetensors: __metadata__ must be an object of strings");for(let[f,d]of Object.entries(m)){if(typeof d!="string")throw new Error(`safetensors: __metadata__.${f} must be a string, got ${typeof d}`);i[f]=d}}let l={},p=[];for(let[m,f]of Object.entries(a)){if(m==="__metadata__")continue;if(f===null||typeof f!="object")throw new Error(`safetensors: tensor "${m}" has no header entry object`);let{dtype:d,shape:h,data_offsets:g}=f;if(!(d in HL))throw new Error(`safetensors: tensor "${m}" has unsupported dtype ${JSON.stringify(d)}`);let x=qx(h,`safetensors: tensor "${m}"`);if(!Array.isArray(g)||g.length!==2||!g.every(w=>Number.isInteger(w)&&w>=0)||g[1]<g[0])throw new Error(`safetensors: tensor "${m}" has bad data_offsets ${JSON.stringify(g)}`);if(g[1]>u)throw new Error(`safetensors: tensor "${m}" data_offsets ${JSON.stringify(g)} run past the data section (${u} bytes)`);let y=x*HL[d];if(g[1]-g[0]!==y)throw new Error(`safetensors: tensor "${m}" (${d}, shape ${JSON.stringify(h)}) has ${g[1]-g[0]} bytes, expected ${y}`);p.push([g[0],g[1],m]),l[m]={dtype:d,shape:h.slice(),bytes:e.slice(c+g[0],c+g[1])}}p.sort((m,f)=>m[0]-f[0]||m[1]-f[1]);for(let m=1;m<p.length;m++)if(p[m][0]<p[m-1][1])throw new Error(`safetensors: tensors "${p[m-1][2]}" and "${p[m][2]}" overlap (offsets ${p[m-1][0]}-${p[m-1][1]} and ${p[m][0]}-${p[m][1]})`);return{metadata:i,tensors:l}}function YL(r){let e={},t=Object.keys(r).sort(),n=new Set;for(let o of t){let s=r[o];if(s.dtype==="I8"){let a=`${o}.scale`,c=r[a];if(!c)throw new Error(`safetensors: int8 tensor "${o}" has no "${a}" (float32, one per row)`);if(c.dtype!=="F32")throw new Error(`safetensors: "${a}" must be F32, got ${c.dtype}`);n.add(a),e[o]=jL(o,s.shape,s.bytes,c.bytes)}}for(let o of t){if(n.has(o)||o in e)continue;let s=r[o];if(s.dtype==="F32")e[o]=qL(o,s.shape,s.bytes);else if(s.dtype==="BF16")e[o]={dtype:"bfloat16",shape:s.shape,data:dS(o,Wse(s.bytes)),stored:{bytes:s.bytes}};else if(s.dtype==="F16")e[o]={dtype:"float16",shape:s.shape,data:dS(o,Use(s.bytes)),stored:{bytes:s.bytes}};else throw new Error(`safetensors: tensor "${o}" has dtype ${s.dtype}; bundles store F32, or I8 with NAME.scale`)}return e}function zx(r,e){if(e in r)try{return JSON.parse(r[e])}catch(t){throw new Error(`safetensors: __metadata__.${e} is not valid JSON (${t.message})`)}}function JL(r){return{format:r.format,version:r.version,config:zx(r,"config"),tokenizer:zx(r,"tokenizer"),training:zx(r,"training"),source:zx(r,"source"),weights_sha256:r.weights_sha256,generated_by:r.generated_by}}function Kse(r){let{metadata:e,tensors:t}=XL(r);if(e.format===void 0)throw new Error("safetensors file has no __metadata__.format: not an emlx bundle");return bS(JL(e),YL(t),"safetensors")}function yS(r){if(r instanceof Uint8Array)return r;if(r instanceof ArrayBuffer)return new Uint8Array(r);if(ArrayBuffer.isView(r))return new Uint8Array(r.buffer,r.byteOffset,r.byteLength);if(typeof SharedArrayBuffer<"u"&&r instanceof SharedArrayBuffer)return new Uint8Array(r);throw new Error(`expected bytes, got ${r===null?"null":typeof r}`)}function qse(r){return r instanceof ArrayBuffer||ArrayBuffer.isView(r)||typeof SharedArrayBuffer<"u"&&r instanceof SharedArrayBuffer}function jse(r){for(let e=0;e<r.length&&e<4096;e++){let t=r[e];if(t!==32&&t!==9&&t!==10&&t!==13&&t!==239&&t!==187&&t!==191)return t}return-1}function Xse(r,e){let t;try{t=new TextDecoder("utf-8",{fatal:!0}).decode(r)}catch(n){throw new Error(`${e}: not valid UTF-8 (${n.message})`)}return ZL(t,e)}function ZL(r,e){try{return JSON.parse(r)}catch(t){throw new Error(`${e}: not valid JSON (${t.message})`)}}async function Hx(r,e={},t="bundle"){let n=yS(r);if(jse(n)===123){let o=Xse(n,t);return hS(o,e,t)}if(!Yse(n)){let o=Array.from(n.subarray(0,8),s=>s.toString(16).padStart(2,"0")).join(" ");throw new Error(`${t}: not an emlx bundle (neither JSON starting with "{" nor a safetensors file): ${n.byteLength} bytes starting with ${o||"nothing"}; load the .json or .safetensors file written by \`emlx export\``)}return Kse(n)}function Yse(r){if(r.byteLength<10)return!1;let e=new DataView(r.buffer,r.byteOffset,r.byteLength),t=e.getUint32(4,!0)*2**32+e.getUint32(0,!0);return t>=2&&8+t<=r.byteLength&&r[8]===123}async function hS(r,e,t){return r&&typeof r=="object"&&r.weight_map&&typeof r.weight_map=="object"?Jse(r,e,t):Hse(r)}async function Jse(r,e,t){let n=e.baseLocation;if(n===void 0)throw new Error(`${t}: a sharded index must be loaded from a path or URL (shards are relative to it)`);let o=[...new Set(Object.values(r.weight_map))].sort(),s={},a=r.metadata&&typeof r.metadata=="object"?{...r.metadata}:{};for(let c of o){let u=Zse(c,n),i=await xS(u,e),l=XL(i);for(let[p,m]of Object.entries(l.metadata))p in a||(a[p]=m);for(let[p,m]of Object.entries(l.tensors)){if(p in s)throw new Error(`${t}: tensor "${p}" appears in more than one shard`);s[p]=m}}for(let[c,u]of Object.entries(r.weight_map))if(!(c in s))throw new Error(`${t}: tensor "${c}" is listed for shard ${u} but is not in it`);if(a.format===void 0)throw new Error(`${t}: sharded index has no metadata.format: not an emlx bundle`);return a=Object.fromEntries(Object.entries(a).map(([c,u])=>[c,typeof u=="string"?u:JSON.stringify(u)])),bS(JL(a),YL(s),"safetensors")}function gS(r){return/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(r)||/^(data|blob):/.test(r)}function Zse(r,e){if(e==null||gS(r)||r.startsWith("/"))return r;if(gS(e))return new URL(r,e).href;let t=Math.max(e.lastIndexOf("/"),e.lastIndexOf("\\"));return t>=0?e.slice(0,t+1)+r:r}async function xS(r,e={}){if(typeof e.readBytes=="function")return yS(await e.readBytes(r));let t=r instanceof URL?r.href:String(r);if(af()&&(t.startsWith("file:")||!gS(t))){let a=await import("node:fs/promises"),c=t;if(t.startsWith("file:")){let u="node:url",{fileURLToPath:i}=await import(u);c=i(t)}try{return new Uint8Array(await a.readFile(c))}catch(u){throw new Error(`cannot read ${c}: ${u.code||u.message}`)}}let n=e.fetch||globalThis.fetch;if(typeof n!="function")throw new Error(`cannot fetch ${t}: no fetch function available`);let o;try{o=await n(t)}catch(s){throw new Error(`cannot fetch ${t}: ${s.message}`)}if(o.ok===!1)throw new Error(`cannot fetch ${t}: HTTP ${o.status}${o.statusText?" "+o.statusText:""}`);return new Uint8Array(await o.arrayBuffer())}async function wS(r,e={}){let t=await eae(r,e);return e.verifyHash!==!1&&t.verified!==!0&&await Qse(t),t}async function Qse(r){let e=r.weights_sha256;if(typeof e!="string"||!/^[0-9a-f]{64}$/.test(e))throw new Error(`bundle has no valid weights_sha256 (found ${JSON.stringify(e)}); re-export it with \`emlx export\`, or pass {verifyHash: false} to load it unverified`);let t=await QL(r);if(t!==e)throw new Error(`bundle weights_sha256 ${e.slice(0,12)}… does not match its weights (${t.slice(0,12)}…): the file was modified or is corrupt; re-export it`);return r.verified=!0,r}async function eae(r,e){if(r==null)throw new Error("loadBundle: no source given");if(qse(r))return Hx(r,e);if(typeof r=="string"){if(r.trimStart().startsWith("{"))return hS(ZL(r,"bundle"),e,"bundle");let n=await xS(r,e);return Hx(n,{...e,baseLocation:e.baseLocation??r},r)}if(typeof URL<"u"&&r instanceof URL){let t=await xS(r,e);return Hx(t,{...e,baseLocation:e.baseLocation??r.href},r.href)}if(typeof r=="object"&&typeof r.arrayBuffer=="function"&&!("weights"in r)){if(r.ok===!1)throw new Error(`loadBundle: response is HTTP ${r.status}`);return Hx(new Uint8Array(await r.arrayBuffer()),e)}if(typeof r=="object"&&r.container&&r.config&&r.weights)return r;if(typeof r=="object")return hS(r,e,"bundle");throw new Error(`loadBundle: unsupported source of type ${typeof r}`)}async function QL(r){let e=globalThis.crypto&&globalThis.crypto.subtle,t=new TextEncoder,n=[],o=0;for(let u of Object.keys(r.weights).sort()){let i=r.weights[u],l=t.encode(`${u}
${i.dtype}
${i.shape.join(",")}
`);n.push(l),o+=l.byteLength,i.stored.scaleBytes&&(n.push(i.stored.scaleBytes),o+=i.stored.scaleBytes.byteLength),n.push(i.stored.bytes),o+=i.stored.bytes.byteLength}let s=new Uint8Array(o),a=0;for(let u of n)s.set(u,a),a+=u.byteLength;let c=e?new Uint8Array(await e.digest("SHA-256",s)):rae(s);return Array.from(c,u=>u.toString(16).padStart(2,"0")).join("")}var tae=new Uint32Array([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]);function rae(r){let e=new Uint32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),t=new Uint32Array(64),n=r.byteLength,o=Math.floor(n/64),s=new Uint8Array(n%64<56?64:128);s.set(r.subarray(o*64)),s[n%64]=128;let a=new DataView(s.buffer);a.setUint32(s.length-8,Math.floor(n/2**29),!1),a.setUint32(s.length-4,n*8>>>0,!1);let c=(l,p)=>{for(let C=0;C<16;C++){let T=p+4*C;t[C]=l[T]<<24|l[T+1]<<16|l[T+2]<<8|l[T+3]}for(let C=16;C<64;C++){let T=t[C-15],$=t[C-2],A=(T>>>7|T<<25)^(T>>>18|T<<14)^T>>>3,R=($>>>17|$<<15)^($>>>19|$<<13)^$>>>10;t[C]=t[C-16]+A+t[C-7]+R|0}let[m,f,d,h,g,x,y,w]=e;for(let C=0;C<64;C++){let T=(g>>>6|g<<26)^(g>>>11|g<<21)^(g>>>25|g<<7),$=g&x^~g&y,A=w+T+$+tae[C]+t[C]|0,R=(m>>>2|m<<30)^(m>>>13|m<<19)^(m>>>22|m<<10),D=m&f^m&d^f&d,F=R+D|0;w=y,y=x,x=g,g=h+A|0,h=d,d=f,f=m,m=A+F|0}e[0]+=m,e[1]+=f,e[2]+=d,e[3]+=h,e[4]+=g,e[5]+=x,e[6]+=y,e[7]+=w};for(let l=0;l<o;l++)c(r,l*64);for(let l=0;l<s.length;l+=64)c(s,l);let u=new Uint8Array(32),i=new DataView(u.buffer);for(let l=0;l<8;l++)i.setUint32(4*l,e[l],!1);return u}var KS=Object.freeze(["cpu","wasm","webgl","webgpu"]),mf=null,SK=null,kK=null;async function Pue(){let r=null;if(typeof import.meta.resolve=="function")try{r=import.meta.resolve("@tensorflow/tfjs-backend-wasm")}catch{r=null}let e="node:url",t="node:path",{fileURLToPath:n}=await import(e),o=await import(t),s;if(r)s=n(r);else{let a="node:module",{createRequire:c}=await import(a);s=c(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm")}return o.dirname(s)+o.sep}async function ff(r="cpu",e={}){if(!KS.includes(r))throw new Error(`unknown backend ${JSON.stringify(r)} (expected one of ${KS.join(", ")})`);if(r==="wasm"){if(!mf){let n="@tensorflow/tfjs-backend-wasm";mf=await Promise.resolve().then(()=>(CK(),IK))}let t=e.wasmPaths??(af()?await Pue():null);t&&kK===null&&(mf.setWasmPaths(t),kK=t),e.wasmThreads&&typeof mf.setThreadsCount=="function"&&mf.setThreadsCount(e.wasmThreads)}if(r==="webgpu"){if(typeof navigator>"u"||!navigator.gpu)throw new Error(`TF.js backend "webgpu" failed to initialise: ${af()?"WebGPU is not available in Node":"navigator.gpu is missing (WebGPU needs a secure context and a browser with WebGPU enabled)"}`);if(!SK){let t="@tensorflow/tfjs-backend-webgpu";try{SK=await import(t)}catch(n){throw new Error(`TF.js backend "webgpu" failed to initialise: cannot import ${t} (${n.message})`)}}}if(r==="webgl"&&(P().set("WEBGL_USE_SHAPES_UNIFORMS",!0),P().set("WEBGL_FORCE_F16_TEXTURES",!1)),mn()!==r||!y0(r)){let t;try{t=await x0(r)}catch(n){throw new Error(`TF.js backend "${r}" failed to initialise: ${n.message}`)}if(!t)throw new Error(`TF.js backend "${r}" failed to initialise${r==="webgl"&&af()?" (WebGL is not available in Node)":""}`)}if(await b0(),mn()!==r)throw new Error(`TF.js backend "${r}" was requested but "${mn()}" is in use`);return _K()}function _K(){let r=mn(),e={backend:r,tfjs_version:Eh};try{if(r==="wasm")e.wasm_simd=P().getBool("WASM_HAS_SIMD_SUPPORT"),e.wasm_threads=P().getBool("WASM_HAS_MULTITHREAD_SUPPORT");else if(r==="webgl")e.webgl_version=P().getNumber("WEBGL_VERSION"),e.webgl_f32=P().getBool("WEBGL_RENDER_FLOAT32_ENABLED"),e.webgl_force_f16=P().getBool("WEBGL_FORCE_F16_TEXTURES");else if(r==="webgpu"){e.webgpu_cpu_forward=P().getBool("WEBGPU_CPU_FORWARD");let t=Jp().adapterInfo;t&&(e.webgpu_adapter={vendor:t.vendor??null,architecture:t.architecture??null})}}catch{}return e}var XS=new Float32Array(1),TK=new Uint32Array(XS.buffer);function Oue(r){XS[0]=r;let e=TK[0];if((e&2139095040)===2139095040)return r;let t=e+32767+(e>>>16&1)>>>0;return TK[0]=t&4294901760,XS[0]}function Bue(r){if(r=Math.fround(r),!Number.isFinite(r)||r===0)return r;let e=Math.abs(r);if(e>=65520)return Math.sign(r)*(1/0);let t=Math.floor(Math.log2(e));2**t>e&&(t-=1),2**(t+1)<=e&&(t+=1);let n=2**(Math.max(t,-14)-10),o=e/n,s=Math.floor(o),a=o-s;return(a>.5||a===.5&&s%2===1)&&(s+=1),Math.sign(r)*s*n}function Lue(r){if(r==="float32")return e=>e;if(r==="bfloat16")return Oue;if(r==="float16")return Bue;throw new Error(`unsupported rope.table_dtype ${r}`)}function Vue(r,e,t){let n=r.head_dim,o=n/2,s=Math.fround,a=s(r.rope.base),c=new Float32Array(o);for(let p=0;p<o;p++){let m=s(s(2*p)/s(n));c[p]=s(1/s(Math.pow(a,m)))}let u=Lue(r.rope.table_dtype),i=new Float32Array(t*o),l=new Float32Array(t*o);for(let p=0;p<t;p++){let m=s(e+p);for(let f=0;f<o;f++){let d=s(m*c[f]);i[p*o+f]=u(s(Math.cos(d))),l[p*o+f]=u(s(Math.sin(d)))}}return{cos:i,sin:l}}function Wue(r,e,t){let n=r.head_dim,o=n/2,s=r.rope.sign,{cos:a,sin:c}=Vue(r,e,t),u=new Float32Array(t*n),i=new Float32Array(t*n),l=new Int32Array(n),p=r.rope.style==="interleaved";for(let m=0;m<o;m++){let f=p?2*m:m,d=p?2*m+1:m+o;l[f]=d,l[d]=f;for(let h=0;h<t;h++){let g=a[h*o+m],x=c[h*o+m];u[h*n+f]=g,u[h*n+d]=g,i[h*n+f]=-s*x,i[h*n+d]=s*x}}return{C:u,S:i,partner:l}}function Uue(r,e,t,n,o,s=1){let a=new Float32Array(s*e*n),c=!1;for(let u=0;u<e;u++){let i=r+u;for(let l=0;l<n;l++){let p=t+l;if(!(p<=i&&(o===null||p>i-o))){c=!0;for(let f=0;f<s;f++)a[(f*e+u)*n+l]=-1e30}}}return c?a:null}function qS(r){r.k&&r.k.dispose(),r.v&&r.v.dispose()}function jS(r){let e=r.dtype==="int8"?null:r.data;if(!e||e.length!==1)throw new Error(`expected a float scalar, got ${r.dtype} of shape ${JSON.stringify(r.shape)}`);return e[0]}function Gue(r,e,t){let n=new Float32Array(e*t);for(let o=0;o<e;o++){let s=o*t;for(let a=0;a<t;a++)n[a*e+o]=r[s+a]}return n}function YS(r){let e=r.stored.bytes;return new Int8Array(e.buffer,e.byteOffset,e.byteLength)}function nb(r){if(r.dtype!=="int8")return r.data;let e=YS(r),t=r.shape[0],n=t?e.length/t:0,o=new Float32Array(e.length);for(let s=0;s<t;s++){let a=r.scale[s],c=s*n;for(let u=0;u<n;u++)o[c+u]=e[c+u]*a}return o}function NK(r,e,t,n){let o=Math.ceil((n===0?e:t)/3),[s,a]=n===0?[o,t]:[e,o],c=new Float32Array(s*a),u=(i,l)=>i<e&&l<t?r(i,l)+128:128;for(let i=0;i<s;i++)for(let l=0;l<a;l++){let p=n===0?u(i,l)+256*u(i+o,l)+65536*u(i+2*o,l):u(i,l)+256*u(i,l+o)+65536*u(i,l+2*o);c[i*a+l]=p}return{data:c,shape:[s,a]}}var RK="EmlxRmsNorm",DK="EmlxMixNorm",FK="EmlxAddNorm",MK="EmlxAppendKV",PK="EmlxScaledSoftmax",OK="EmlxQKV",BK="EmlxUnpackInt8",LK="EmlxInt8MatMul",nr=Math.fround;function ob(r,e,t,n,o=1){let s=t?r.length/t:0;for(let a=0;a<s;a++){let c=a*t,u=0;for(let l=0;l<t;l++){let p=r[c+l];u+=p*p}let i=nr(1/Math.sqrt(nr(nr(u/t)+n)));if(o===1)for(let l=0;l<t;l++)e[c+l]=r[c+l]*i;else for(let l=0;l<t;l++)e[c+l]=nr(r[c+l]*i)*o}}var zue={[RK]:{shape:({x:r})=>r,run:({x:r},e,t,{eps:n})=>ob(r,e,t.x[t.x.length-1],n)},[DK]:{shape:({x:r})=>[r,r],run:({x:r,y:e},[t,n],o,{a:s,b:a,eps:c})=>{for(let u=0;u<t.length;u++)t[u]=nr(s*r[u])+nr(a*e[u]);ob(t,n,o.x[o.x.length-1],c)}},[FK]:{shape:({x:r})=>[r,r],run:({x:r,y:e},[t,n],o,{eps:s})=>{for(let a=0;a<t.length;a++)t[a]=r[a]+e[a];ob(t,n,o.x[o.x.length-1],s)}},[MK]:{shape:({pk:r,k:e})=>[[r[0],r[1]+e[1],r[2]],[r[0],r[1]+e[1],r[2]]],run:({pk:r,pv:e,k:t,v:n},[o,s],a)=>{let[c,u,i]=a.pk,l=a.k[1],p=u*i,m=l*i;for(let f=0;f<c;f++){let d=f*(p+m);o.set(r.subarray(f*p,(f+1)*p),d),o.set(t.subarray(f*m,(f+1)*m),d+p),s.set(e.subarray(f*p,(f+1)*p),d),s.set(n.subarray(f*m,(f+1)*m),d+p)}}},[PK]:{shape:({x:r})=>r,run:({x:r},e,t,{d:n})=>{let o=t.x[t.x.length-1];for(let s=0;s<e.length;s+=o){let a=-1/0;for(let i=0;i<o;i++){let l=nr(r[s+i]/n);e[s+i]=l,l>a&&(a=l)}let c=0;for(let i=0;i<o;i++){let l=nr(Math.exp(e[s+i]-a));e[s+i]=l,c+=l}let u=nr(c);for(let i=0;i<o;i++)e[s+i]/=u}}},[OK]:{shape:({qkv:r},{H:e,KV:t,D:n})=>{let o=r[0];return[[t,e/t*o,n],[t,o,n],[t,o,n]]},run:({qkv:r,c:e,s:t,h:n,wg:o,ve:s},[a,c,u],i,{H:l,KV:p,D:m,partner:f,eps:d,scale:h,gateScale:g})=>{let x=i.qkv[0],y=(l+2*p)*m,w=l/p;for(let C=0;C<x;C++){let T=C*y,$=C*m;for(let A=0;A<l+p;A++){let R=T+A*m,D,F;A<l?(D=a,F=(Math.floor(A/w)*w*x+A%w*x+C)*m):(D=c,F=((A-l)*x+C)*m);for(let B=0;B<m;B++)D[F+B]=nr(r[R+B]*e[$+B])+nr(r[R+f[B]]*t[$+B]);ob(D.subarray(F,F+m),D.subarray(F,F+m),m,d,h)}for(let A=0;A<p;A++){let R=T+(l+p+A)*m,D=(A*x+C)*m;if(s){let[F]=i.wg,B=i.h[1],V=0;for(let W=0;W<F;W++)V+=n[C*B+W]*o[W*p+A];let U=nr(g*nr(1/(1+Math.exp(-nr(V))))),z=C*p*m+A*m;for(let W=0;W<m;W++)u[D+W]=r[R+W]+nr(U*s[z+W])}else for(let F=0;F<m;F++)u[D+F]=r[R+F]}}}},[LK]:{shape:({x:r,p:e})=>[r[0],e[1]],run:({x:r,p:e,scale:t},n,o,{rows:s})=>{let[a,c]=o.x,[u,i]=o.p,l=new Float64Array(i);for(let p=0;p<a;p++){l.fill(0);for(let f=0;f<3;f++){let d=8*f;for(let h=0;h<u;h++){let g=f*u+h;if(g>=s)break;let x=r[p*c+g];if(x===0)continue;let y=h*i;for(let w=0;w<i;w++)l[w]+=x*(((e[y+w]|0)>>d&255)-128)}}let m=p*i;for(let f=0;f<i;f++)n[m+f]=l[f]*t[f]}}},[BK]:{shape:(r,{rows:e,cols:t})=>[e,t],run:({p:r,scale:e},t,n,{axis:o,rows:s,cols:a})=>{let[c,u]=n.p;if(o===0)for(let i=0;i<3;i++){let l=8*i;for(let p=0;p<c;p++){let m=i*c+p;if(m>=s)break;let f=p*u,d=m*a;for(let h=0;h<a;h++)t[d+h]=(((r[f+h]|0)>>l&255)-128)*e[h]}}else for(let i=0;i<s;i++){let l=e[i],p=i*u,m=i*a;for(let f=0;f<3;f++){let d=8*f,h=f*u,g=Math.min(u,a-h);for(let x=0;x<g;x++)t[m+h+x]=(((r[p+x]|0)>>d&255)-128)*l}}}}},EK=!1;function Hue(){if(EK)return;EK=!0;let r=e=>Object.fromEntries(Object.entries(e).map(([t,n])=>[t,n.shape]));for(let[e,t]of Object.entries(zue)){let n=o=>Array.isArray(o[0]);Ys(e,"wasm")||jn({kernelName:e,backendName:"wasm",kernelFunc:({inputs:o,backend:s,attrs:a})=>{let c=r(o),u=t.shape(c,a),i=(n(u)?u:[u]).map(m=>s.makeOutput(m,"float32")),l=Object.fromEntries(Object.entries(o).map(([m,f])=>[m,s.typedArrayFromHeap(f)])),p=i.map(m=>s.typedArrayFromHeap(m));return t.run(l,n(u)?p:p[0],c,a),n(u)?i:i[0]}}),Ys(e,"cpu")||jn({kernelName:e,backendName:"cpu",kernelFunc:({inputs:o,backend:s,attrs:a})=>{let c=r(o),u=t.shape(c,a),i=n(u)?u:[u],l=Object.fromEntries(Object.entries(o).map(([f,d])=>[f,s.data.get(d.dataId).values])),p=i.map(f=>new Float32Array(f.reduce((d,h)=>d*h,1)));t.run(l,n(u)?p:p[0],c,a);let m=i.map((f,d)=>s.makeTensorInfo(f,"float32",p[d]));return n(u)?m:m[0]}})}}function $K(r){return r==="wasm"||r==="cpu"}var AK=Object.freeze(["auto","packed","float32"]),Kue=1<<30,pl=class pl{constructor(e,t={}){if(!e||!e.config||!e.weights)throw new Error("GPT: expected a loaded bundle ({config, weights})");let n=of(e.config);this.spec=n,this.config=n;let o=e.weights,s=Gx(n,Object.fromEntries(Object.entries(o).map(([i,l])=>[i,l.shape])));if(s.length)throw new Error(`GPT: bundle weights do not match its config: ${s.join("; ")}`);let a=t.int8??pl.defaults.int8;if(!AK.includes(a))throw new Error(`GPT: options.int8 must be one of ${AK.join(", ")}, got ${JSON.stringify(a)}`);let c=Object.values(o).some(i=>i.dtype==="int8"),u=Object.values(o).reduce((i,l)=>i+4*l.shape.reduce((p,m)=>p*m,1),0);this.fusedKernels=(t.fusedKernels??pl.defaults.fusedKernels)!==!1,this.int8Mode=c?a==="auto"?u>Kue?"packed":"float32":a:"none",this._tensors=[];try{this._build(n,o)}catch(i){for(let l of this._tensors)l.dispose();throw this._tensors=[],i}this.disposed=!1}_keep(e){return this._tensors.push(e),e}_build(e,t){let n=g=>{let x=t[g];if(!x)throw new Error(`GPT: bundle has no tensor "${g}"`);return x},o=e.n_head,s=e.n_kv_head,a=e.head_dim,c=e.n_embd;Object.assign(this,{H:o,KV:s,D:a,G:o/s,qDim:o*a,kvDim:s*a});let u=this.int8Mode==="packed",i=g=>this._keep(g),l=g=>this._keep(Re(g,"float32")),p=(g,x=null)=>{let y=g.map(n),w=y[0].shape[1],C=y.map(R=>x===null?R.shape[0]:x),T=C.reduce((R,D)=>R+D,0);if(u&&y.every(R=>R.dtype==="int8")){let R=y.map(YS),D=new Int32Array(T),F=new Int32Array(T),B=new Float32Array(T),V=0;y.forEach((z,W)=>{for(let q=0;q<C[W];q++,V++)D[V]=W,F[V]=q,B[V]=z.scale[q]});let U=NK((z,W)=>R[D[W]][F[W]*w+z],w,T,0);return{packed:i(Tr(U.data,U.shape,"float32")),scale:i(Tr(B,[1,T],"float32")),axis:0,rows:w,cols:T}}let $=y.map((R,D)=>{let F=nb(R);return Gue(C[D]===R.shape[0]?F:F.subarray(0,C[D]*w),C[D],w)}),A=$[0];if($.length>1){A=new Float32Array(w*T);for(let R=0;R<w;R++){let D=R*T;$.forEach((F,B)=>{A.set(F.subarray(R*C[B],(R+1)*C[B]),D),D+=C[B]})}}return{t:i(Tr(A,[w,T],"float32"))}},m=g=>{let x=n(g),[y,w]=x.shape;if(u&&x.dtype==="int8"){let C=YS(x),T=NK(($,A)=>C[$*w+A],y,w,1);return{packed:i(Tr(T.data,T.shape,"float32")),scale:i(Tr(x.scale,[y,1],"float32")),axis:1,rows:y,cols:w}}return{t:i(Tr(nb(x),[y,w],"float32"))}};this.wte=m("wte.weight"),this.lmHead=p(["lm_head.weight"],e.vocab_size);let f=nb(n("resid_lambdas")),d=nb(n("x0_lambdas")),h=new Set(e.value_embed?e.value_embed.layers:[]);this.layers=[];for(let g=0;g<e.n_layer;g++){let x=`blocks.${g}.`,y={index:g,resid:l(f[g]),x0:l(d[g]),residValue:nr(f[g]),x0Value:nr(d[g]),wqkv:p([x+"attn.c_q.weight",x+"attn.c_k.weight",x+"attn.c_v.weight"]),wproj:p([x+"attn.c_proj.weight"]),wfc:p([x+"mlp.c_fc.weight"]),wmproj:p([x+"mlp.c_proj.weight"]),window:e.window[g],ve:null,veGate:null,logK:null};h.has(g)&&(y.ve=m(`value_embeds.${g}.weight`),y.veGate=p([x+"attn.ve_gate.weight"])),e.activation.kind==="eml"&&(y.logK=l(Math.fround(Math.log(jS(n(x+"mlp.eml_k")))))),this.layers.push(y)}this.eps=l(e.norm_eps),this.epsValue=Math.fround(e.norm_eps),Hue(),this.sqrtD=l(Math.sqrt(a)),this.sqrtDValue=nr(Math.sqrt(a)),this.qkScale=e.qk_scale===1?null:l(e.qk_scale),this.qkScaleValue=nr(e.qk_scale),this.softcap=e.softcap===null?null:l(e.softcap),e.value_embed&&(this.gateScale=l(e.value_embed.gate_scale),this.gateScaleValue=nr(e.value_embed.gate_scale)),e.smear&&(this.smearGate=p(["smear_gate.weight"]),this.smearLambda=l(jS(n("smear_lambda")))),e.backout&&(this.backoutLambda=l(jS(n("backout_lambda")))),e.activation.kind==="eml"&&(this.emlClamp=l(e.activation.params.exp_clamp),this.emlFloor=l(e.activation.params.log_floor)),u&&(this.c128=l(128),this.c256=l(256)),this.maxKeep=e.window.map(g=>g===null?1/0:g-1),this._ropeCap=0,this._growRope(Math.min(e.sequence_len,256))}_growRope(e){let{C:t,S:n,partner:o}=Wue(this.spec,0,e);if(this._ropeC=t,this._ropeS=n,this._ropeCap=e,!this.partner){let s=this.D;this.partnerArray=Array.from(o),this.partner=this._keep(Ut(o,"int32"));let a=new Float32Array(s*s);for(let c=0;c<s;c++)a[o[c]*s+c]=1;this.partnerMatrix=this._keep(Tr(a,[s,s],"float32"))}}_fused(){return this.fusedKernels&&$K(mn())}get vocabSize(){return this.spec.vocab_size}get residentWeightBytes(){return this._tensors.reduce((e,t)=>e+4*t.size,0)}dispose(){if(!this.disposed){for(let e of this._tensors)e.dispose();this._tensors=[],this.disposed=!0}}_check(e){if(this.disposed)throw new Error("GPT: model has been disposed");if(!Array.isArray(e)&&!ArrayBuffer.isView(e))throw new Error("GPT: ids must be an array of integers");let t=this.spec.padded_vocab_size;for(let n of e)if(!Number.isInteger(n)||n<0||n>=t)throw new Error(`GPT: token id ${n} is outside [0, ${t})`)}_mat(e){return e.t?e.t:this._unpack(e.packed,e.scale,e.axis,e.rows,e.cols)}_unpack(e,t,n,o,s){if(this._fused())return Mt().runKernel(BK,{p:e,scale:t},{axis:n,rows:o,cols:s});let a=fm(e,this.c256),c=yu(e,this.c256),u=fm(c,this.c256),i=yu(c,this.c256),l=mt([a,u,i],n),p=n===0?o:s;return l.shape[n]!==p&&(l=n===0?Ae(l,[0,0],[o,-1]):Ae(l,[0,0],[-1,s])),te(Ce(l,this.c128),t)}_rows(e,t){return e.t?$i(e.t,t):this._unpack($i(e.packed,t),$i(e.scale,t),1,t.shape[0],e.cols)}_norm(e){return this._fused()?Mt().runKernel(RK,{x:e},{eps:this.epsValue}):te(e,Qd(fe(Di(Wt(e),-1,!0),this.eps)))}_linear(e,t){return t.packed&&t.axis===0&&e.shape[0]<=4&&this._fused()?Mt().runKernel(LK,{x:e,p:t.packed,scale:t.scale},{rows:t.rows}):Le(e,this._mat(t))}_swapPairs(e){if(mn()==="cpu")return $i(e,this.partner,e.shape.length-1);let t=this.D;return K(Le(K(e,[-1,t]),this.partnerMatrix),e.shape)}_act(e,t){if(this.spec.activation.kind==="relu2")return Wt(e);let n=Jr(Fi(e,this.emlClamp));return Ce(n,ro(jl(Ce(n,t.logK),this.emlFloor)))}_embed(e,t,n,o){let s=this._norm(this._rows(this.wte,e)),a=s;if(this.spec.smear){let c=this.spec.smear.channels,u,i;if(n>0){if(!o)throw new Error("GPT: cache is missing the previous embedding row needed by smear");u=t>1?mt([o,Ae(s,[0,0],[t-1,-1])],0):o,i=s}else t>1&&(u=Ae(s,[0,0],[t-1,-1]),i=Ae(s,[1,0],[t-1,-1]));if(u){let l=fn(this._linear(Ae(i,[0,0],[-1,c]),this.smearGate)),p=fe(i,te(te(this.smearLambda,l),u));a=n>0?p:mt([Ae(s,[0,0],[1,-1]),p],0)}}return{x:a,raw:s}}_block(e,t,n,o,s,a,c,u,i){let l=this.spec,{H:p,KV:m,D:f,G:d}=this,h=t.shape[0],g=e.index,x;this._fused()?[t,x]=Mt().runKernel(DK,{x:t,y:n},{a:e.residValue,b:e.x0Value,eps:this.epsValue}):(t=fe(te(e.resid,t),te(e.x0,n)),x=this._norm(t));let y=this._linear(x,e.wqkv),w=e.ve?this._rows(e.ve,o):null,C=()=>{let z=l.value_embed.gate_channels;return te(this.gateScale,fn(this._linear(Ae(x,[0,0],[h,z]),e.veGate)))},T,$,A;if(this._fused()){let z={qkv:y,c:s,s:a};w&&Object.assign(z,{h:x,wg:this._mat(e.veGate),ve:w}),[T,$,A]=Mt().runKernel(OK,z,{H:p,KV:m,D:f,partner:this.partnerArray,eps:this.epsValue,scale:this.qkScaleValue,gateScale:this.gateScaleValue});let W=(q,j)=>Zr(K(q,[j,h,f]),[1,0,2]);i.wants(`blocks.${g}.attn.q`)&&i(`blocks.${g}.attn.q`,W(T,p)),i.wants(`blocks.${g}.attn.k`)&&i(`blocks.${g}.attn.k`,W($,m)),i.wants(`blocks.${g}.attn.v`)&&i(`blocks.${g}.attn.v`,W(A,m))}else{let[z,W]=En(y,[(p+m)*f,m*f],1),q=K(W,[h,m,f]);w&&(q=fe(q,te(K(C(),[h,m,1]),K(w,[h,m,f]))));let j=K(z,[h,p+m,f]);j=this._norm(fe(te(j,s),te(this._swapPairs(j),a))),this.qkScale&&(j=te(j,this.qkScale));let[Y,Q]=En(j,[p,m],1);i(`blocks.${g}.attn.q`,Y),i(`blocks.${g}.attn.k`,Q),i(`blocks.${g}.attn.v`,q),T=h===1?K(Y,[m,d,f]):K(Zr(Y,[1,0,2]),[m,d*h,f]),$=h===1?K(Q,[m,1,f]):Zr(Q,[1,0,2]),A=h===1?K(q,[m,1,f]):Zr(q,[1,0,2])}c&&this._fused()?[$,A]=Mt().runKernel(MK,{pk:c.k,pv:c.v,k:$,v:A},{}):c&&($=mt([c.k,$],1),A=mt([c.v,A],1));let R;if(h===1||mn()!=="wasm"){let z=Le(T,$,!1,!0),W;if(!u&&h===1&&this._fused())W=Mt().runKernel(PK,{x:z},{d:this.sqrtDValue});else{let q=Ue(z,this.sqrtD);u&&(q=fe(q,u)),W=bm(q)}R=Le(W,A)}else{let z=m===1?[K(T,[d*h,f])]:ca(T),W=m===1?[Zr(K($,[-1,f]))]:ca(Zr($,[0,2,1])),q=m===1?[K(A,[-1,f])]:ca(A),j=z.map((Y,Q)=>{let re=Ue(Le(Y,W[Q]),this.sqrtD);return u&&(re=fe(re,u)),Le(bm(re),q[Q])});R=m===1?K(j[0],[1,d*h,f]):no(j)}let D=h===1?K(R,[1,p*f]):K(Zr(K(R,[p,h,f]),[1,0,2]),[h,p*f]),F=this._linear(D,e.wproj);i(`blocks.${g}.attn_out`,F);let B;this._fused()?[t,B]=Mt().runKernel(FK,{x:t,y:F},{eps:this.epsValue}):(t=fe(t,F),B=this._norm(t));let V;l.activation.kind!=="relu2"?V=this._linear(B,e.wfc):e.wfc.t?V=Sm.matMul({a:B,b:e.wfc.t,activation:"relu"}):V=ia(this._linear(B,e.wfc));let U=this._linear(this._act(V,e),e.wmproj);return i(`blocks.${g}.mlp_out`,U),t=fe(t,U),i(`blocks.${g}.out`,t),{x:t,k:$,v:A}}_pass(e,t,n,o){let s=this.spec,a=e.length,{G:c}=this,u=o.taps,i={},l=new Set,p=y=>!!u&&(u===!0||u.has(y)),m=(y,w)=>{p(y)&&(i[y]=w)};m.wants=p,t+a>this._ropeCap&&this._growRope(Math.max(2*this._ropeCap,t+a));let f=()=>Object.values(i).forEach(y=>{Yp(y),l.add(y)}),d=null,h=null,g=null,x=[];try{d=Ut(Int32Array.from(e),"int32");let y=this.D;h=Au(this._ropeC.subarray(t*y,(t+a)*y),[a,1,y],"float32"),g=Au(this._ropeS.subarray(t*y,(t+a)*y),[a,1,y],"float32");let w=Qe(()=>{let D=this._embed(d,a,t,n?n.prevX:null);return m("embed",D.x),f(),{x:D.x,lastRaw:o.keepKV?Ae(D.raw,[a-1,0],[1,-1]):null}}),C=w.x;l.add(C),w.lastRaw&&l.add(w.lastRaw);let T=C,$=null;for(let D of this.layers){let F=n&&n.layers[D.index].len>0?n.layers[D.index]:null,B=(F?F.len:0)+a,V=Uue(t,a,t+a-B,B,D.window,c),U=Qe(()=>{let z=V?Tr(V,[c*a,B],"float32"):null,W=this._block(D,T,C,d,h,g,F,z,m);return f(),o.keepKV?W:{x:W.x}});T!==C&&T!==$&&!Object.values(i).includes(T)&&(T.dispose(),l.delete(T)),T=U.x,l.add(T),o.keepKV&&(x.push({k:U.k,v:U.v,len:U.k.shape[1]}),l.add(U.k),l.add(U.v)),s.backout&&D.index===s.backout.layer&&($=T)}let A=Qe(()=>{let D=T;$&&(D=Ce(D,te(this.backoutLambda,$)));let F=o.allPositions||u&&(u===!0||u.has("logits")),B=u&&(u===!0||u.has("final_norm"));!F&&!B&&a>1&&(D=Ae(D,[a-1,0],[1,-1])),D=this._norm(D),m("final_norm",D),!F&&D.shape[0]>1&&(D=Ae(D,[a-1,0],[1,-1]));let V=this._linear(D,this.lmHead);return this.softcap&&(V=te(this.softcap,Cu(Ue(V,this.softcap)))),m("logits",V),f(),V});l.add(A);let R=new Set([A,...Object.values(i)]);w.lastRaw&&R.add(w.lastRaw);for(let D of x)R.add(D.k),R.add(D.v);for(let D of l)R.has(D)||D.dispose();return{logits:A,newKV:x,lastRaw:w.lastRaw,taps:i}}catch(y){for(let w of l)w.isDisposed||w.dispose();throw y}finally{for(let y of[d,h,g])y&&!y.isDisposed&&y.dispose()}}static _tapSet(e){if(!e)return null;if(e===!0)return!0;if(Array.isArray(e))return new Set(e);throw new Error("GPT: taps must be true or a list of tap names")}async forward(e,t={}){if(this._check(e),e.length===0)throw new Error("GPT: forward needs at least one token");let n=pl._tapSet(t.taps),o=this._pass(Array.from(e),0,null,{taps:n,allPositions:!t.lastOnly});return this._collect({logits:o.logits,taps:o.taps},t.returnTensor)}async _collect(e,t){let n={},o=new Set(Object.values(e.taps));t||o.add(e.logits);try{let s=$K(mn()),a=async u=>s?u.dataSync():u.data();for(let[u,i]of Object.entries(e.taps))n[u]={shape:i.shape.slice(),data:await a(i)};let c=e.logits.shape.slice();return t?(o.delete(e.logits),{logits:e.logits,shape:c,taps:n}):{logits:await a(e.logits),shape:c,taps:n}}finally{for(let s of o)s.dispose()}}createCache(){let e=this,t=()=>({k:null,v:null,len:0});return{pos:0,layers:this.layers.map(t),prevX:null,disposed:!1,model:e,dispose(){for(let n of this.layers)qS(n);this.layers=this.layers.map(t),this.prevX&&this.prevX.dispose(),this.prevX=null,this.disposed=!0},sizes(){return this.layers.map(n=>n.len)}}}async step(e,t,n={}){if(!e||e.model!==this)throw new Error("GPT: step needs a cache from this model's createCache()");if(e.disposed)throw new Error("GPT: the cache has been disposed");if(this._check(t),t.length===0)throw new Error("GPT: step needs at least one token");let o=e.pos,s=t.length,a=this._pass(Array.from(t),o,e.pos>0?e:null,{taps:pl._tapSet(n.taps),allPositions:!!n.allPositions,keepKV:!0});for(let u=0;u<e.layers.length;u++){let i=a.newKV[u],l=Math.min(this.maxKeep[u],i.len),p=i;if(l===0)p={k:null,v:null,len:0};else if(l!==i.len){let m=i.len-l;p={k:Ae(i.k,[0,m,0],[-1,l,-1]),v:Ae(i.v,[0,m,0],[-1,l,-1]),len:l}}p!==i&&qS(i),qS(e.layers[u]),e.layers[u]=p}e.prevX&&e.prevX.dispose(),e.prevX=a.lastRaw,e.pos=o+s;let c=await this._collect({logits:a.logits,taps:a.taps},n.returnTensor);return c.pos=e.pos,c}async generate(e,t,n={}){let o=this.createCache(),s=n.temperature??0,a=jue(n.seed??2654435769),c=new Set(n.stopIds??[]),u=[];try{let i=await this.step(o,Array.from(e));for(let l=0;l<t;l++){let p=s>0?Xue(i.logits,s,n.topK??0,a):que(i.logits);if(u.push(p),n.onToken&&await n.onToken(p,l)===!1||c.has(p)||l===t-1)break;i=await this.step(o,[p])}}finally{o.dispose()}return{ids:u,all:[...e,...u]}}};mo(pl,"defaults",{int8:"auto",fusedKernels:!0});var sb=pl;function que(r,e=0,t=r.length-e){let n=e,o=r[e];for(let s=e+1;s<e+t;s++)r[s]>o&&(o=r[s],n=s);return n-e}function jue(r){let e=r>>>0;return()=>{e=e+1831565813>>>0;let t=e;return t=Math.imul(t^t>>>15,t|1),t^=t+Math.imul(t^t>>>7,t|61),((t^t>>>14)>>>0)/4294967296}}function Xue(r,e,t,n){let o=Array.from(r.keys()),s=o;t>0&&t<r.length&&(s=o.sort((l,p)=>r[p]-r[l]).slice(0,t));let a=-1/0;for(let l of s)a=Math.max(a,r[l]);let c=s.map(l=>Math.exp((r[l]-a)/e)),u=c.reduce((l,p)=>l+p,0),i=n()*u;for(let l=0;l<s.length;l++)if(i-=c[l],i<=0)return s[l];return s[s.length-1]}async function Yue(r,e={}){e.backend&&await ff(e.backend,e);let t=r&&r.config&&r.weights&&r.container?r:await wS(r,e);return new sb(t,e)}var GK=Vc(UK(),1);var ole=Object.defineProperty,sle=(r,e,t)=>e in r?ole(r,e,{enumerable:!0,configurable:!0,writable:!0,value:t}):r[e]=t,ale=(r,e,t)=>(sle(r,typeof e!="symbol"?e+"":e,t),t);function ile(r,e){let t=Array.from({length:r.length},(n,o)=>({start:o,end:o+1}));for(;t.length>1;){let n=null;for(let o=0;o<t.length-1;o++){let s=r.slice(t[o].start,t[o+1].end),a=e.get(s.join(","));a!=null&&(n==null||a<n[0])&&(n=[a,o])}if(n!=null){let o=n[1];t[o]={start:t[o].start,end:t[o+1].end},t.splice(o+1,1)}else break}return t}function cle(r,e){return r.length===1?[e.get(r.join(","))]:ile(r,e).map(t=>e.get(r.slice(t.start,t.end).join(","))).filter(t=>t!=null)}function ule(r){return r.replace(/[\\^$*+?.()|[\]{}]/g,"\\$&")}var ZS=class{constructor(r,e){mo(this,"specialTokens");mo(this,"inverseSpecialTokens");mo(this,"patStr");mo(this,"textEncoder",new TextEncoder);mo(this,"textDecoder",new TextDecoder("utf-8"));mo(this,"rankMap",new Map);mo(this,"textMap",new Map);this.patStr=r.pat_str;let t=r.bpe_ranks.split(`
`).filter(Boolean).reduce((n,o)=>{let[s,a,...c]=o.split(" "),u=Number.parseInt(a,10);return c.forEach((i,l)=>n[i]=u+l),n},{});for(let[n,o]of Object.entries(t)){let s=GK.default.toByteArray(n);this.rankMap.set(s.join(","),o),this.textMap.set(o,s)}this.specialTokens={...r.special_tokens,...e},this.inverseSpecialTokens=Object.entries(this.specialTokens).reduce((n,[o,s])=>(n[s]=this.textEncoder.encode(o),n),{})}encode(r,e=[],t="all"){let n=new RegExp(this.patStr,"ug"),o=ZS.specialTokenRegex(Object.keys(this.specialTokens)),s=[],a=new Set(e==="all"?Object.keys(this.specialTokens):e),c=new Set(t==="all"?Object.keys(this.specialTokens).filter(i=>!a.has(i)):t);if(c.size>0){let i=ZS.specialTokenRegex([...c]),l=r.match(i);if(l!=null)throw new Error(`The text contains a special token that is not allowed: ${l[0]}`)}let u=0;for(;;){let i=null,l=u;for(;o.lastIndex=l,i=o.exec(r),!(i==null||a.has(i[0]));)l=i.index+1;let p=i?.index??r.length;for(let f of r.substring(u,p).matchAll(n)){let d=this.textEncoder.encode(f[0]),h=this.rankMap.get(d.join(","));if(h!=null){s.push(h);continue}s.push(...cle(d,this.rankMap))}if(i==null)break;let m=this.specialTokens[i[0]];s.push(m),u=i.index+i[0].length}return s}decode(r){let e=[],t=0;for(let s=0;s<r.length;++s){let a=r[s],c=this.textMap.get(a)??this.inverseSpecialTokens[a];c!=null&&(e.push(c),t+=c.length)}let n=new Uint8Array(t),o=0;for(let s of e)n.set(s,o),o+=s.length;return this.textDecoder.decode(n)}},ib=ZS;ale(ib,"specialTokenRegex",r=>new RegExp(r.map(e=>ule(e)).join("|"),"g"));function lle(r){if(typeof r!="string")throw new Error(`tokenizer: mergeable_ranks must be a string in tiktoken file format, got ${typeof r}`);let e=[],t=new Set,n=new Set,o=r.split(`
`);for(let s=0;s<o.length;s++){let a=o[s].replace(/\r$/,"");if(a==="")continue;let c=a.split(" ");if(c.length!==2||!/^\d+$/.test(c[1]))throw new Error(`tokenizer: mergeable_ranks line ${s+1} is not "<base64 bytes> <rank>": ${JSON.stringify(a.slice(0,80))}`);let u=Number(c[1]),i=sf(c[0],`tokenizer: mergeable_ranks line ${s+1}`);if(t.has(u))throw new Error(`tokenizer: rank ${u} appears twice in mergeable_ranks`);if(n.has(c[0]))throw new Error(`tokenizer: token ${c[0]} appears twice in mergeable_ranks`);t.add(u),n.add(c[0]),e.push({bytes:i,b64:c[0],rank:u})}return e.sort((s,a)=>s.rank-a.rank),e}function ple(r){let e=[],t=null;for(let n of r)t&&n.rank===t.start+t.tokens.length?t.tokens.push(n.b64):(t&&e.push(`! ${t.start} ${t.tokens.join(" ")}`),t={start:n.rank,tokens:[n.b64]});return t&&e.push(`! ${t.start} ${t.tokens.join(" ")}`),e.join(`
`)}function mle(r){if(r===null||typeof r!="object")throw new Error("tokenizer: the bundle has no tokenizer block");for(let t of["pat_str_js","mergeable_ranks","special_tokens"])if(!(t in r))throw new Error(`tokenizer: block is missing "${t}"`);if(typeof r.pat_str_js!="string")throw new Error("tokenizer: pat_str_js must be a string");let e=r.special_tokens;if(e===null||typeof e!="object"||Array.isArray(e))throw new Error("tokenizer: special_tokens must be an object {text: id}");for(let[t,n]of Object.entries(e))if(!Number.isInteger(n)||n<0)throw new Error(`tokenizer: special token ${JSON.stringify(t)} has id ${JSON.stringify(n)}`)}function fle(r,e){return[...r].sort().join("")===[...e].sort().join("")}var QS=class r{constructor(e,t={}){mle(e),this.block=e,this.name=e.name??null,this.specialTokens={...e.special_tokens},this.bosToken=e.bos_token??null,this.bosId=e.bos_id??(this.bosToken!=null?this.specialTokens[this.bosToken]:null)??null;let n=lle(e.mergeable_ranks);this.nVocab=e.n_vocab??Math.max(n.length?n[n.length-1].rank+1:0,...Object.values(this.specialTokens).map(s=>s+1)),this._bytesById=new Map;for(let s of n)this._bytesById.set(s.rank,s.bytes);let o=new TextEncoder;for(let[s,a]of Object.entries(this.specialTokens)){if(this._bytesById.has(a))throw new Error(`tokenizer: special token ${JSON.stringify(s)} reuses ordinary rank ${a}`);this._bytesById.set(a,o.encode(s))}this.flags=e.pat_flags_js??"gu";try{this._regex=new RegExp(e.pat_str_js,this.flags.includes("g")?this.flags:this.flags+"g")}catch(s){throw new Error(`tokenizer: pat_str_js does not compile as a JS RegExp with flags "${this.flags}": ${s.message}`)}if(this.engine=t.engine??"js-tiktoken",this.engine==="js-tiktoken"){if(!fle(this.flags.includes("g")?this.flags:this.flags+"g","gu"))throw new Error(`tokenizer: js-tiktoken compiles the pattern with flags "gu", but the bundle asks for "${this.flags}"; use {engine: 'tiktoken'}`);this._impl=new ib({pat_str:e.pat_str_js,special_tokens:this.specialTokens,bpe_ranks:ple(n)}),this._wasm=null}else if(this.engine==="tiktoken"){if(!t.tiktokenModule)throw new Error("tokenizer: engine 'tiktoken' needs Tokenizer.create() (async) or {tiktokenModule}");let s=t.tiktokenModule.Tiktoken;if(typeof e.pat_str!="string")throw new Error("tokenizer: engine 'tiktoken' needs the original pat_str in the block");this._wasm=new s(e.mergeable_ranks,this.specialTokens,e.pat_str),this._impl=null}else throw new Error(`tokenizer: unknown engine ${JSON.stringify(this.engine)} (expected 'js-tiktoken' or 'tiktoken')`)}static async create(e,t={}){if((t.engine??"js-tiktoken")==="tiktoken"&&!t.tiktokenModule){let n="tiktoken/lite",o;try{o=await import(n)}catch(s){throw new Error(`tokenizer: engine 'tiktoken' needs the optional npm package "tiktoken" (${s.message})`)}t={...t,tiktokenModule:o.Tiktoken?o:o.default}}return new r(e,t)}static fromBundle(e,t={}){if(!e||!e.tokenizer)throw new Error("tokenizer: the bundle has no tokenizer block");return r.create(e.tokenizer,t)}encode(e,t={}){if(typeof e!="string")throw new Error(`tokenizer: encode expects a string, got ${typeof e}`);let n=t.allowedSpecial??"none",o;if(n==="none"||Array.isArray(n)&&n.length===0)o=this.encodeOrdinary(e);else{let s=n==="all"?"all":n;if(s!=="all"&&!Array.isArray(s))throw new Error(`tokenizer: allowedSpecial must be 'all', 'none' or a list, got ${JSON.stringify(n)}`);o=this._impl?this._impl.encode(e,s,[]):Array.from(this._wasm.encode(e,s,[]))}if(t.bos){if(this.bosId==null)throw new Error("tokenizer: the block has no bos_id");o.unshift(this.bosId)}return o}encodeOrdinary(e){return this._impl?this._impl.encode(e,[],[]):Array.from(this._wasm.encode_ordinary(e))}decodeBytes(e){let t=[],n=0;for(let a of e){let c=this._bytesById.get(a);if(c===void 0)throw new Error(`tokenizer: id ${a} is not in the vocabulary`);t.push(c),n+=c.length}let o=new Uint8Array(n),s=0;for(let a of t)o.set(a,s),s+=a.length;return o}decode(e){return new TextDecoder("utf-8",{ignoreBOM:!0}).decode(this.decodeBytes(e))}decodeStream(){let e=new TextDecoder("utf-8",{ignoreBOM:!0});return{write:t=>e.decode(this.decodeBytes(typeof t=="number"?[t]:t),{stream:!0}),flush:()=>e.decode()}}dispose(){this._wasm&&typeof this._wasm.free=="function"&&this._wasm.free(),this._wasm=null}};var dle=new URL("./",import.meta.url).href;function rDt(r="cpu",e={}){return r==="wasm"&&e.wasmPaths==null&&(e={...e,wasmPaths:dle}),ff(r,e)}export{KS as BACKENDS,Fc as BUNDLE_FORMAT,Kx as BUNDLE_VERSION,dle as DIST_URL,sb as GPT,Fse as SPEC_VERSION,QS as Tokenizer,_K as backendInfo,QL as computeWeightsSha256,Yue as createModel,wS as loadBundle,of as parseSpec,rDt as setBackend,GL as tapNames,Wx as tf};
/*! Bundled license information:

@tensorflow/tfjs-core/dist/backends/backend.js:
@tensorflow/tfjs-core/dist/util_base.js:
@tensorflow/tfjs-core/dist/global_util.js:
@tensorflow/tfjs-core/dist/ops/complex.js:
@tensorflow/tfjs-core/dist/ops/clone.js:
@tensorflow/tfjs-core/dist/ops/add.js:
@tensorflow/tfjs-core/dist/ops/floorDiv.js:
@tensorflow/tfjs-core/dist/ops/div.js:
@tensorflow/tfjs-core/dist/ops/mul.js:
@tensorflow/tfjs-core/dist/ops/add_n.js:
@tensorflow/tfjs-core/dist/ops/all.js:
@tensorflow/tfjs-core/dist/ops/any.js:
@tensorflow/tfjs-core/dist/ops/atan2.js:
@tensorflow/tfjs-core/dist/ops/conv_util.js:
@tensorflow/tfjs-core/dist/ops/reshape.js:
@tensorflow/tfjs-core/dist/ops/avg_pool.js:
@tensorflow/tfjs-core/dist/ops/avg_pool_3d.js:
@tensorflow/tfjs-core/dist/ops/concat.js:
@tensorflow/tfjs-core/dist/ops/mat_mul.js:
@tensorflow/tfjs-core/dist/ops/basic_lstm_cell.js:
@tensorflow/tfjs-core/dist/ops/batch_to_space_nd.js:
@tensorflow/tfjs-core/dist/ops/batchnorm.js:
@tensorflow/tfjs-core/dist/ops/bincount.js:
@tensorflow/tfjs-core/dist/ops/broadcast_to.js:
@tensorflow/tfjs-core/dist/ops/fill.js:
@tensorflow/tfjs-core/dist/ops/conv2d.js:
@tensorflow/tfjs-core/dist/ops/conv2d_backprop_input.js:
@tensorflow/tfjs-core/dist/ops/conv3d.js:
@tensorflow/tfjs-core/dist/ops/conv3d_backprop_input.js:
@tensorflow/tfjs-core/dist/ops/dense_bincount.js:
@tensorflow/tfjs-core/dist/ops/depth_to_space.js:
@tensorflow/tfjs-core/dist/ops/depthwise_conv2d.js:
@tensorflow/tfjs-core/dist/ops/diag.js:
@tensorflow/tfjs-core/dist/ops/dilation2d.js:
@tensorflow/tfjs-core/dist/ops/equal.js:
@tensorflow/tfjs-core/dist/ops/where.js:
@tensorflow/tfjs-core/dist/ops/div_no_nan.js:
@tensorflow/tfjs-core/dist/ops/dot.js:
@tensorflow/tfjs-core/dist/ops/elu.js:
@tensorflow/tfjs-core/dist/ops/max.js:
@tensorflow/tfjs-core/dist/ops/pow.js:
@tensorflow/tfjs-core/dist/ops/expand_dims.js:
@tensorflow/tfjs-core/dist/ops/tile.js:
@tensorflow/tfjs-core/dist/ops/eye.js:
@tensorflow/tfjs-core/dist/ops/greater.js:
@tensorflow/tfjs-core/dist/ops/greater_equal.js:
@tensorflow/tfjs-core/dist/ops/imag.js:
@tensorflow/tfjs-core/dist/ops/leaky_relu.js:
@tensorflow/tfjs-core/dist/ops/less.js:
@tensorflow/tfjs-core/dist/ops/less_equal.js:
@tensorflow/tfjs-core/dist/ops/local_response_normalization.js:
@tensorflow/tfjs-core/dist/ops/sub.js:
@tensorflow/tfjs-core/dist/ops/log_sum_exp.js:
@tensorflow/tfjs-core/dist/ops/logical_and.js:
@tensorflow/tfjs-core/dist/ops/logical_not.js:
@tensorflow/tfjs-core/dist/ops/logical_or.js:
@tensorflow/tfjs-core/dist/ops/logical_xor.js:
@tensorflow/tfjs-core/dist/ops/max_pool.js:
@tensorflow/tfjs-core/dist/ops/max_pool_3d.js:
@tensorflow/tfjs-core/dist/ops/maximum.js:
@tensorflow/tfjs-core/dist/ops/minimum.js:
@tensorflow/tfjs-core/dist/ops/mirror_pad.js:
@tensorflow/tfjs-core/dist/ops/mod.js:
@tensorflow/tfjs-core/dist/ops/moments.js:
@tensorflow/tfjs-core/dist/ops/multinomial.js:
@tensorflow/tfjs-core/dist/ops/not_equal.js:
@tensorflow/tfjs-core/dist/ops/one_hot.js:
@tensorflow/tfjs-core/dist/ops/pad.js:
@tensorflow/tfjs-core/dist/ops/space_to_batch_nd.js:
@tensorflow/tfjs-core/dist/ops/prelu.js:
@tensorflow/tfjs-core/dist/ops/prod.js:
@tensorflow/tfjs-core/dist/ops/rand.js:
@tensorflow/tfjs-core/dist/ops/random_gamma.js:
@tensorflow/tfjs-core/dist/ops/random_normal.js:
@tensorflow/tfjs-core/dist/ops/random_uniform.js:
@tensorflow/tfjs-core/dist/ops/real.js:
@tensorflow/tfjs-core/dist/ops/relu.js:
@tensorflow/tfjs-core/dist/ops/relu6.js:
@tensorflow/tfjs-core/dist/ops/reverse_1d.js:
@tensorflow/tfjs-core/dist/ops/reverse_2d.js:
@tensorflow/tfjs-core/dist/ops/reverse_3d.js:
@tensorflow/tfjs-core/dist/ops/reverse_4d.js:
@tensorflow/tfjs-core/dist/ops/selu.js:
@tensorflow/tfjs-core/dist/ops/spectral/fft.js:
@tensorflow/tfjs-core/dist/ops/spectral/ifft.js:
@tensorflow/tfjs-core/dist/ops/split.js:
@tensorflow/tfjs-core/dist/ops/squared_difference.js:
@tensorflow/tfjs-core/dist/ops/squeeze.js:
@tensorflow/tfjs-core/dist/ops/stack.js:
@tensorflow/tfjs-core/dist/ops/truncated_normal.js:
@tensorflow/tfjs-core/dist/ops/unique.js:
@tensorflow/tfjs-core/dist/ops/unsorted_segment_sum.js:
@tensorflow/tfjs-core/dist/ops/unstack.js:
@tensorflow/tfjs-core/dist/ops/where_async.js:
@tensorflow/tfjs-core/dist/ops/conv2d_backprop_filter.js:
@tensorflow/tfjs-core/dist/ops/depthwise_conv2d_native_backprop_filter.js:
@tensorflow/tfjs-core/dist/ops/depthwise_conv2d_native_backprop_input.js:
@tensorflow/tfjs-core/dist/ops/image/crop_and_resize.js:
@tensorflow/tfjs-core/dist/ops/image/flip_left_right.js:
@tensorflow/tfjs-core/dist/ops/image/rotate_with_offset.js:
@tensorflow/tfjs-core/dist/ops/nonmax_util.js:
@tensorflow/tfjs-core/dist/ops/image/non_max_suppression.js:
@tensorflow/tfjs-core/dist/backends/non_max_suppression_impl.js:
@tensorflow/tfjs-core/dist/ops/image/non_max_suppression_async.js:
@tensorflow/tfjs-core/dist/ops/image/non_max_suppression_with_score.js:
@tensorflow/tfjs-core/dist/ops/image/non_max_suppression_with_score_async.js:
@tensorflow/tfjs-core/dist/ops/image/non_max_suppression_padded.js:
@tensorflow/tfjs-core/dist/ops/image/non_max_suppression_padded_async.js:
@tensorflow/tfjs-core/dist/ops/image/resize_bilinear.js:
@tensorflow/tfjs-core/dist/ops/image/resize_nearest_neighbor.js:
@tensorflow/tfjs-core/dist/ops/linalg/band_part.js:
@tensorflow/tfjs-core/dist/ops/linalg/gram_schmidt.js:
@tensorflow/tfjs-core/dist/ops/linalg/qr.js:
@tensorflow/tfjs-core/dist/ops/loss_ops_utils.js:
@tensorflow/tfjs-core/dist/ops/losses/absolute_difference.js:
@tensorflow/tfjs-core/dist/ops/losses/huber_loss.js:
@tensorflow/tfjs-core/dist/ops/losses/log_loss.js:
@tensorflow/tfjs-core/dist/ops/losses/mean_squared_error.js:
@tensorflow/tfjs-core/dist/ops/losses/sigmoid_cross_entropy.js:
@tensorflow/tfjs-core/dist/ops/losses/softmax_cross_entropy.js:
@tensorflow/tfjs-core/dist/ops/ops.js:
@tensorflow/tfjs-core/dist/ops/rotate_util.js:
@tensorflow/tfjs-core/dist/backends/kernel_impls.js:
@tensorflow/tfjs-backend-cpu/dist/utils/binary_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Complex.js:
@tensorflow/tfjs-backend-cpu/dist/utils/zeros_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Identity.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Real.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cast.js:
@tensorflow/tfjs-backend-cpu/dist/utils/binary_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Add.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Bincount_impl.js:
@tensorflow/tfjs-backend-cpu/dist/utils/unary_impl.js:
@tensorflow/tfjs-backend-cpu/dist/utils/unary_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Concat_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Equal.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FloorDiv.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherV2_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Greater.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GreaterEqual.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Less.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LessEqual.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LinSpace_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Max_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Maximum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Minimum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Multiply.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Neg.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NotEqual.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Transpose_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Transpose.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Prod.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Range_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Scatter_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Slice.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SquaredDifference.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StridedSlice_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sub.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/TopK_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Unique_impl.js:
@tensorflow/tfjs-backend-cpu/dist/shared.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Identity.js:
@tensorflow/tfjs-backend-wasm/dist/kernel_utils/shared.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Conv2DBackpropInput.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Cumsum.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Equal.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Fill.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Floor.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Mean.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Softmax.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Neg.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/NonMaxSuppressionV4.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/NotEqual.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/OneHot.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/OnesLike.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Pack.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Prod.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Range.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Reverse.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Select.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SplitV.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sqrt.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Step.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/TopK.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ZerosLike.js:
@tensorflow/tfjs-backend-wasm/dist/register_all_kernels.js:
@tensorflow/tfjs-backend-wasm/dist/flags_wasm.js:
@tensorflow/tfjs-backend-wasm/dist/base.js:
@tensorflow/tfjs-backend-cpu/dist/base.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LeakyRelu.js:
@tensorflow/tfjs-backend-cpu/dist/utils/fused_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Reshape.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AddN.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/All.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Any.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ArgMax.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ArgMin.js:
@tensorflow/tfjs-backend-cpu/dist/utils/pool_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool3D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool3DGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPoolGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BatchNorm.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BatchToSpaceND.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Bincount.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Imag.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Concat.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2DBackpropFilter.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2DBackpropInput.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3DBackpropFilterV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3DBackpropInputV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cos.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/CropAndResize.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cumsum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DenseBincount.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthToSpace.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNative.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNativeBackpropFilter.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNativeBackpropInput.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Diag.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2DBackpropFilter.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2DBackpropInput.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/EluGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ExpandDims.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RealDiv.js:
@tensorflow/tfjs-backend-cpu/dist/utils/fft_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FFT.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Fill.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FlipLeftRight.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FusedConv2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FusedDepthwiseConv2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherNd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IFFT.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LinSpace.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalAnd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalOr.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LRN.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LRNGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Max.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool3D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool3DGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolWithArgmax_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolWithArgmax.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Mean.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Min.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MirrorPad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Mod.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Softmax.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Multinomial.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV3.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV4.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/OneHot.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ZerosLike.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/OnesLike.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Pack.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/PadV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Pow.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Range.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeBilinear.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeBilinearGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeNearestNeighbor.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeNearestNeighborGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Reverse.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RotateWithOffset.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ScatterNd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Select.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SpaceToBatchND.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseToDense.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SplitV.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StridedSlice.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tile.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/TopK.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Unpack.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/UnsortedSegmentSum.js:
@tensorflow/tfjs-backend-cpu/dist/register_all_kernels.js:
@tensorflow/tfjs-backend-cpu/dist/index.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/shared.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Identity.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Complex.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LeakyRelu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Prelu.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/kernel_funcs_utils.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Multiply.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/reshape.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Reshape.js:
@tensorflow/tfjs-backend-webgl/dist/mean_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/reduce.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Transpose_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sum_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Transpose.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchMatMul_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Abs.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Acos.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Acosh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Add.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AddN.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/All.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Any.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/arg_min_max.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ArgMax.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ArgMin.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Asin.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Asinh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Atan.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Atan2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Atanh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPool.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPool3D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPool3DGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPoolGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchMatMul.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchNorm.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Slice.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchToSpaceND.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Bincount.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NotEqual.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Real.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/int.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cast.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Ceil.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ClipByValue.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ComplexAbs.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Imag.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Concat_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Concat.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2D_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2DBackpropFilter.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2DBackpropInput.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv3D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv3DBackpropFilterV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv3DBackpropInputV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cos.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cosh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/CropAndResize.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DenseBincount.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthToSpace.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthwiseConv2dNative.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthwiseConv2dNativeBackpropFilter.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthwiseConv2dNativeBackpropInput.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Diag.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Dilation2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Elu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/EluGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Equal.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Erf.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Exp.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Expm1.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FFT_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FFT.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Fill.js:
@tensorflow/tfjs-backend-webgl/dist/flip_left_right_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FlipLeftRight.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Floor.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FloorDiv.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FusedConv2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FusedDepthwiseConv2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/GatherNd.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/GatherV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Greater.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/GreaterEqual.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IFFT.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IsFinite.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IsInf.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IsNaN.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Less.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LessEqual.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LinSpace.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Log.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Log1p.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalAnd.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalNot.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalOr.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LRN.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LRNGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Max_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Max.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Maximum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPool.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPool3D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPool3DGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPoolGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPoolWithArgmax_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPoolWithArgmax.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Mean_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Mean.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Min.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Minimum.js:
@tensorflow/tfjs-backend-webgl/dist/mirror_pad_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/mirror_pad_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MirrorPad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Mod.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RealDiv.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sub.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Softmax.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Multinomial.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Neg.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NonMaxSuppressionV3.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NonMaxSuppressionV4.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NonMaxSuppressionV5.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/OneHot.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ZerosLike.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/OnesLike.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Pack.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/PadV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Pow.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Prod.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Range.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Reciprocal.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Relu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Relu6.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeBilinear.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeBilinearGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeNearestNeighbor.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeNearestNeighborGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Reverse.js:
@tensorflow/tfjs-backend-webgl/dist/rotate_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RotateWithOffset.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Round.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Rsqrt.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ScatterNd.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Select.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Selu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sigmoid.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sign.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sin.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sinh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Softplus.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SpaceToBatchND.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseToDense.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SplitV.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sqrt.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SquaredDifference.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Step.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StridedSlice.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Tan.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Tanh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Tile.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/TopK.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Unpack.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/UnsortedSegmentSum.js:
@tensorflow/tfjs-backend-webgl/dist/register_all_kernels.js:
@tensorflow/tfjs-backend-webgl/dist/index.js:
  (**
   * @license
   * Copyright 2020 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/environment.js:
@tensorflow/tfjs-core/dist/util.js:
@tensorflow/tfjs-core/dist/tape.js:
@tensorflow/tfjs-core/dist/tensor.js:
@tensorflow/tfjs-core/dist/types.js:
@tensorflow/tfjs-core/dist/device_util.js:
@tensorflow/tfjs-core/dist/ops/broadcast_util.js:
@tensorflow/tfjs-core/dist/ops/axis_util.js:
@tensorflow/tfjs-core/dist/test_util.js:
@tensorflow/tfjs-core/dist/browser_util.js:
@tensorflow/tfjs-core/dist/ops/concat_util.js:
@tensorflow/tfjs-core/dist/ops/reduce_util.js:
@tensorflow/tfjs-core/dist/index.js:
@tensorflow/tfjs-backend-webgl/dist/tex_util.js:
@tensorflow/tfjs-backend-webgl/dist/webgl_util.js:
@tensorflow/tfjs-backend-webgl/dist/shader_compiler.js:
@tensorflow/tfjs-backend-webgl/dist/gpgpu_math.js:
@tensorflow/tfjs-backend-webgl/dist/gpgpu_util.js:
@tensorflow/tfjs-backend-webgl/dist/gpgpu_context.js:
@tensorflow/tfjs-backend-webgl/dist/texture_manager.js:
@tensorflow/tfjs-backend-webgl/dist/unaryop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/backend_webgl.js:
@tensorflow/tfjs-backend-webgl/dist/binaryop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reduce_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/transpose_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/argminmax_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/pool_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/avg_pool_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/batchnorm_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/slice_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/clip_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/concat_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/crop_and_resize_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_gpu_depthwise.js:
@tensorflow/tfjs-backend-webgl/dist/dilation_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/gather_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/lrn_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/max_pool_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/multinomial_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/onehot_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/pad_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_bilinear_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reverse_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/select_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/strided_slice_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/tile_gpu.js:
  (**
   * @license
   * Copyright 2017 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/log.js:
@tensorflow/tfjs-core/dist/profiler.js:
@tensorflow/tfjs-core/dist/tensor_format.js:
@tensorflow/tfjs-core/dist/tensor_util.js:
@tensorflow/tfjs-core/dist/engine.js:
@tensorflow/tfjs-core/dist/tensor_util_env.js:
@tensorflow/tfjs-core/dist/ops/operation.js:
@tensorflow/tfjs-core/dist/ops/tensor_ops_util.js:
@tensorflow/tfjs-core/dist/ops/tensor.js:
@tensorflow/tfjs-core/dist/io/types.js:
@tensorflow/tfjs-core/dist/globals.js:
@tensorflow/tfjs-core/dist/io/io_utils.js:
@tensorflow/tfjs-core/dist/io/router_registry.js:
@tensorflow/tfjs-core/dist/io/indexed_db.js:
@tensorflow/tfjs-core/dist/io/local_storage.js:
@tensorflow/tfjs-core/dist/io/model_management.js:
@tensorflow/tfjs-core/dist/ops/abs.js:
@tensorflow/tfjs-core/dist/ops/acos.js:
@tensorflow/tfjs-core/dist/ops/acosh.js:
@tensorflow/tfjs-core/dist/ops/asin.js:
@tensorflow/tfjs-core/dist/ops/asinh.js:
@tensorflow/tfjs-core/dist/ops/atan.js:
@tensorflow/tfjs-core/dist/ops/atanh.js:
@tensorflow/tfjs-core/dist/ops/sigmoid.js:
@tensorflow/tfjs-core/dist/ops/slice.js:
@tensorflow/tfjs-core/dist/ops/tanh.js:
@tensorflow/tfjs-core/dist/ops/ceil.js:
@tensorflow/tfjs-core/dist/ops/clip_by_value.js:
@tensorflow/tfjs-core/dist/ops/cos.js:
@tensorflow/tfjs-core/dist/ops/cosh.js:
@tensorflow/tfjs-core/dist/ops/cumsum.js:
@tensorflow/tfjs-core/dist/ops/zeros_like.js:
@tensorflow/tfjs-core/dist/ops/erf.js:
@tensorflow/tfjs-core/dist/ops/scalar.js:
@tensorflow/tfjs-core/dist/ops/sqrt.js:
@tensorflow/tfjs-core/dist/ops/sum.js:
@tensorflow/tfjs-core/dist/ops/norm.js:
@tensorflow/tfjs-core/dist/ops/exp.js:
@tensorflow/tfjs-core/dist/ops/expm1.js:
@tensorflow/tfjs-core/dist/ops/floor.js:
@tensorflow/tfjs-core/dist/ops/gather.js:
@tensorflow/tfjs-core/dist/ops/is_finite.js:
@tensorflow/tfjs-core/dist/ops/is_inf.js:
@tensorflow/tfjs-core/dist/ops/is_nan.js:
@tensorflow/tfjs-core/dist/ops/linspace.js:
@tensorflow/tfjs-core/dist/ops/log.js:
@tensorflow/tfjs-core/dist/ops/log1p.js:
@tensorflow/tfjs-core/dist/gradients.js:
@tensorflow/tfjs-core/dist/ops/neg.js:
@tensorflow/tfjs-core/dist/ops/softplus.js:
@tensorflow/tfjs-core/dist/ops/log_sigmoid.js:
@tensorflow/tfjs-core/dist/ops/max_pool_with_argmax.js:
@tensorflow/tfjs-core/dist/ops/zeros.js:
@tensorflow/tfjs-core/dist/ops/ones.js:
@tensorflow/tfjs-core/dist/ops/ones_like.js:
@tensorflow/tfjs-core/dist/ops/pool.js:
@tensorflow/tfjs-core/dist/ops/rand_util.js:
@tensorflow/tfjs-core/dist/ops/range.js:
@tensorflow/tfjs-core/dist/ops/reciprocal.js:
@tensorflow/tfjs-core/dist/ops/reverse.js:
@tensorflow/tfjs-core/dist/ops/round.js:
@tensorflow/tfjs-core/dist/ops/rsqrt.js:
@tensorflow/tfjs-core/dist/ops/sign.js:
@tensorflow/tfjs-core/dist/ops/sin.js:
@tensorflow/tfjs-core/dist/ops/sinh.js:
@tensorflow/tfjs-core/dist/ops/slice1d.js:
@tensorflow/tfjs-core/dist/ops/slice2d.js:
@tensorflow/tfjs-core/dist/ops/slice3d.js:
@tensorflow/tfjs-core/dist/ops/slice4d.js:
@tensorflow/tfjs-core/dist/ops/softmax.js:
@tensorflow/tfjs-core/dist/ops/spectral/irfft.js:
@tensorflow/tfjs-core/dist/ops/spectral/rfft.js:
@tensorflow/tfjs-core/dist/ops/step.js:
@tensorflow/tfjs-core/dist/ops/strided_slice.js:
@tensorflow/tfjs-core/dist/ops/tan.js:
@tensorflow/tfjs-core/dist/ops/tensor1d.js:
@tensorflow/tfjs-core/dist/ops/tensor2d.js:
@tensorflow/tfjs-core/dist/ops/tensor3d.js:
@tensorflow/tfjs-core/dist/ops/tensor4d.js:
@tensorflow/tfjs-core/dist/ops/tensor5d.js:
@tensorflow/tfjs-core/dist/ops/tensor6d.js:
@tensorflow/tfjs-core/dist/ops/topk.js:
@tensorflow/tfjs-core/dist/ops/variable.js:
@tensorflow/tfjs-core/dist/backends/where_impl.js:
@tensorflow/tfjs-core/dist/ops/boolean_mask.js:
@tensorflow/tfjs-core/dist/ops/transpose.js:
@tensorflow/tfjs-core/dist/ops/moving_average.js:
@tensorflow/tfjs-core/dist/ops/scatter_nd.js:
@tensorflow/tfjs-core/dist/ops/sparse_to_dense.js:
@tensorflow/tfjs-core/dist/ops/gather_nd.js:
@tensorflow/tfjs-core/dist/ops/dropout.js:
@tensorflow/tfjs-core/dist/serialization.js:
@tensorflow/tfjs-core/dist/optimizers/optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/adadelta_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/adagrad_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/adam_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/adamax_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/sgd_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/momentum_optimizer.js:
@tensorflow/tfjs-core/dist/optimizers/rmsprop_optimizer.js:
@tensorflow/tfjs-core/dist/io/browser_files.js:
@tensorflow/tfjs-core/dist/io/weights_loader.js:
@tensorflow/tfjs-core/dist/io/http.js:
@tensorflow/tfjs-core/dist/io/passthrough.js:
@tensorflow/tfjs-core/dist/io/io.js:
@tensorflow/tfjs-core/dist/ops/confusion_matrix.js:
@tensorflow/tfjs-core/dist/math.js:
@tensorflow/tfjs-core/dist/optimizers/optimizer_constructors.js:
@tensorflow/tfjs-core/dist/train.js:
@tensorflow/tfjs-core/dist/ops/array_ops_util.js:
@tensorflow/tfjs-core/dist/ops/selu_util.js:
@tensorflow/tfjs-core/dist/ops/erf_util.js:
@tensorflow/tfjs-core/dist/backends/complex_util.js:
@tensorflow/tfjs-core/dist/ops/segment_util.js:
@tensorflow/tfjs-core/dist/backends/backend_util.js:
@tensorflow/tfjs-backend-webgl/dist/canvas_util.js:
@tensorflow/tfjs-backend-webgl/dist/glsl_version.js:
@tensorflow/tfjs-backend-webgl/dist/shader_compiler_util.js:
@tensorflow/tfjs-backend-webgl/dist/encode_float_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/encode_float_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/encode_matrix_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/encode_matrix_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/packing_util.js:
@tensorflow/tfjs-backend-webgl/dist/pack_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reshape_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/unaryop_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/unpack_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/binaryop_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/mulmat_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/binaryop_complex_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/batchnorm_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/clip_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/complex_abs_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/depth_to_space_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_packed_gpu_depthwise.js:
@tensorflow/tfjs-backend-webgl/dist/conv_backprop_gpu_depthwise.js:
@tensorflow/tfjs-backend-webgl/dist/fft_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FromPixels_utils/from_pixels_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FromPixels_utils/from_pixels_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/lrn_grad_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_bilinear_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_nearest_neighbor_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_nearest_neighbor_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/scatter_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/segment_gpu.js:
  (**
   * @license
   * Copyright 2018 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/kernel_registry.js:
@tensorflow/tfjs-core/dist/flags.js:
@tensorflow/tfjs-core/dist/platforms/platform_browser.js:
@tensorflow/tfjs-core/dist/platforms/platform_node.js:
@tensorflow/tfjs-core/dist/ops/square.js:
@tensorflow/tfjs-core/dist/ops/dropout_util.js:
@tensorflow/tfjs-core/dist/ops/signal_ops_util.js:
@tensorflow/tfjs-core/dist/ops/in_top_k.js:
@tensorflow/tfjs-core/dist/ops/fused_util.js:
@tensorflow/tfjs-core/dist/ops/fused/conv2d.js:
@tensorflow/tfjs-core/dist/ops/fused/depthwise_conv2d.js:
@tensorflow/tfjs-core/dist/ops/fused/mat_mul.js:
@tensorflow/tfjs-core/dist/ops/fused_ops.js:
@tensorflow/tfjs-core/dist/ops/signal/hamming_window.js:
@tensorflow/tfjs-core/dist/ops/signal/hann_window.js:
@tensorflow/tfjs-core/dist/ops/signal/frame.js:
@tensorflow/tfjs-core/dist/ops/signal/stft.js:
@tensorflow/tfjs-core/dist/backends/non_max_suppression_util.js:
@tensorflow/tfjs-core/dist/io/progress.js:
@tensorflow/tfjs-core/dist/ops/browser.js:
@tensorflow/tfjs-backend-cpu/dist/cpu_util.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tile_impl.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/types.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/_FusedMatMul.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/unary_kernel.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Abs.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/binary_kernel.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Add.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/AddN.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Transpose.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ArgMax.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/AvgPool.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Reshape.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/BatchMatMul.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Slice.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Cast.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ClipByValue.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Concat.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Conv2D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Cos.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/CropAndResize.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/DepthToSpace.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/DepthwiseConv2dNative.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Exp.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ExpandDims.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/FlipLeftRight.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/FloorDiv.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/FusedBatchNorm.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/FusedConv2D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/FusedDepthwiseConv2D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/GatherNd.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/GatherV2.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Greater.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/GreaterEqual.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LeakyRelu.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Less.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LessEqual.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Log.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LogicalAnd.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LogicalNot.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LogicalOr.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LogicalXor.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Max.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Maximum.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPool.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Min.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Minimum.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Multiply.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/NonMaxSuppression_util.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/NonMaxSuppressionV3.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/NonMaxSuppressionV5.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/PadV2.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Pow.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Prelu.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/RealDiv.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Relu.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Relu6.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ResizeBilinear.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/RotateWithOffset.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Rsqrt.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ScatterNd.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sigmoid.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sin.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Square.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SquaredDifference.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sub.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sum.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Tanh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Tile.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Unpack.js:
@tensorflow/tfjs-backend-wasm/dist/backend_wasm.js:
@tensorflow/tfjs-backend-wasm/dist/index.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV5.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Square.js:
@tensorflow/tfjs-backend-webgl/dist/flags_webgl.js:
@tensorflow/tfjs-backend-webgl/dist/decode_matrix_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/decode_matrix_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/transpose_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/addn_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/addn_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/argminmax_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/slice_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/concat_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/im2col_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/diag_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/fill_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FromPixels.js:
@tensorflow/tfjs-backend-webgl/dist/lrn_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/pad_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_bilinear_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_nearest_neighbor_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reverse_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Square.js:
  (**
   * @license
   * Copyright 2019 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/platforms/is_typed_array_browser.js:
@tensorflow/tfjs-core/dist/ops/bitwise_and.js:
@tensorflow/tfjs-core/dist/ops/ensure_shape.js:
@tensorflow/tfjs-core/dist/ops/random_uniform_int.js:
@tensorflow/tfjs-core/dist/ops/image/rgb_to_grayscale.js:
@tensorflow/tfjs-core/dist/ops/string/static_regex_replace.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BitwiseAnd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StaticRegexReplace.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Acos.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Acosh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/argminmax_kernel.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ArgMin.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Asin.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Asinh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Atan.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Atan2.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Atanh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/AvgPool3D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/AvgPool3DGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/AvgPoolGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Bincount.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/BitwiseAnd.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/BroadcastArgs.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Conv3D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Conv3DBackpropFilterV2.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Conv3DBackpropInputV2.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/DenseBincount.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Diag.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Dilation2D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Dilation2DBackpropFilter.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Dilation2DBackpropInput.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/EluGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Erf.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Expm1.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/IsFinite.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/IsInf.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Log1p.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LRN.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/LRNGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPool3D.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPool3DGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPoolGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPoolWithArgmax.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Multinomial.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Mod.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ResizeBilinearGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/ResizeNearestNeighborGrad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SearchSorted.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Selu.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sign.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Sinh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Softplus.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Unique.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Draw.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BitwiseAnd.js:
@tensorflow/tfjs-backend-webgl/dist/conv_backprop_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/scatter_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StaticRegexReplace.js:
  (**
   * @license
   * Copyright 2023 Google LLC.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/hash_util.js:
@tensorflow/tfjs-core/dist/ops/broadcast_args.js:
@tensorflow/tfjs-core/dist/ops/einsum.js:
@tensorflow/tfjs-core/dist/ops/meshgrid.js:
@tensorflow/tfjs-core/dist/ops/image/grayscale_to_rgb.js:
@tensorflow/tfjs-core/dist/ops/image/transform.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_fill_empty_rows.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_reshape.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_segment_mean.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_segment_sum.js:
@tensorflow/tfjs-core/dist/ops/string/string_n_grams.js:
@tensorflow/tfjs-core/dist/ops/string/string_split.js:
@tensorflow/tfjs-core/dist/ops/string/string_to_hash_bucket_fast.js:
@tensorflow/tfjs-core/dist/ops/slice_util.js:
@tensorflow/tfjs-core/dist/backends/einsum_util.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_fill_empty_rows_util.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_reshape_util.js:
@tensorflow/tfjs-core/dist/ops/sparse/sparse_segment_reduction_util.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherNd_Impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseFillEmptyRows_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseReshape_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentReduction_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringNGrams_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringSplit_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringToHashBucketFast_impl.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/All.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Any.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/BatchToSpaceND.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Ceil.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Cosh.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Elu.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/MirrorPad.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Round.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SpaceToBatchND.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseFillEmptyRows.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseReshape.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseSegmentReduction.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseSegmentMean.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseSegmentSum.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/SparseToDense.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/StridedSlice.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/StringNGrams.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/StringSplit.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/StringToHashBucketFast.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Tan.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Transform.js:
@tensorflow/tfjs-backend-cpu/dist/backend_cpu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BroadcastArgs.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Einsum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseFillEmptyRows.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseReshape.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentMean.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentSum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringNGrams.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringSplit.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringToHashBucketFast.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Transform.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BroadcastArgs.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Einsum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseFillEmptyRows.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseReshape.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseSegmentMean.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseSegmentSum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StringNGrams.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StringSplit.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StringToHashBucketFast.js:
@tensorflow/tfjs-backend-webgl/dist/transform_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Transform.js:
  (**
   * @license
   * Copyright 2021 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/ops/buffer.js:
@tensorflow/tfjs-core/dist/ops/cast.js:
@tensorflow/tfjs-core/dist/ops/print.js:
@tensorflow/tfjs-core/dist/base_side_effects.js:
@tensorflow/tfjs-core/dist/ops/arg_max.js:
@tensorflow/tfjs-core/dist/ops/arg_min.js:
@tensorflow/tfjs-core/dist/ops/min.js:
@tensorflow/tfjs-core/dist/ops/log_softmax.js:
@tensorflow/tfjs-core/dist/ops/mean.js:
@tensorflow/tfjs-core/dist/ops/setdiff1d_async.js:
@tensorflow/tfjs-core/dist/ops/fused_types.js:
@tensorflow/tfjs-core/dist/base.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/kernel_utils.js:
@tensorflow/tfjs-backend-webgl/dist/base.js:
  (**
   * @license
   * Copyright 2020 Google Inc. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/ops/cumprod.js:
  (**
   * @license
   * Copyright 2022 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the 'License');
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an 'AS IS' BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/ops/euclidean_norm.js:
@tensorflow/tfjs-core/dist/ops/search_sorted.js:
@tensorflow/tfjs-core/dist/ops/lower_bound.js:
@tensorflow/tfjs-core/dist/ops/ragged_gather.js:
@tensorflow/tfjs-core/dist/ops/ragged_tensor_to_tensor.js:
@tensorflow/tfjs-core/dist/ops/random_standard_normal.js:
@tensorflow/tfjs-core/dist/ops/tensor_scatter_update.js:
@tensorflow/tfjs-core/dist/ops/upper_bound.js:
@tensorflow/tfjs-core/dist/ops/ragged_to_dense_util.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedGather_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedTensorToTensor_impl.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/Cumprod.js:
@tensorflow/tfjs-backend-wasm/dist/kernels/TensorScatterUpdate.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cumprod.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedGather.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedTensorToTensor.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SearchSorted_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SearchSorted.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/TensorScatterUpdate.js:
@tensorflow/tfjs-backend-webgl/dist/conv_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cum_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cumprod.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cumsum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RaggedGather.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RaggedTensorToTensor.js:
@tensorflow/tfjs-backend-webgl/dist/search_sorted_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SearchSorted.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/TensorScatterUpdate.js:
  (**
   * @license
   * Copyright 2022 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/ops/ragged_range.js:
@tensorflow/tfjs-core/dist/optimizers/register_optimizers.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedRange_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedRange.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RaggedRange.js:
  (**
   * @license
   * Copyright 2022 Google LLC.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/ops/image/threshold.js:
  (**
   * @license
   * Copyright 2021 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * https://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-core/dist/version.js:
@tensorflow/tfjs-backend-wasm/dist/version.js:
  (** @license See the LICENSE file. *)

@tensorflow/tfjs-backend-cpu/dist/kernels/Abs.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Ceil.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Exp.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Expm1.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Floor.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Log.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Rsqrt.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sigmoid.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sqrt.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Elu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Prelu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Relu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Relu6.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BatchMatMul.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/_FusedMatMul.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Acos.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Acosh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Asin.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Asinh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Atan.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Atan2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Atanh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ClipByValue.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ComplexAbs.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cosh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Erf.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IsFinite.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IsInf.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IsNaN.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Log1p.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalNot.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Reciprocal.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Round.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Selu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sign.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sin.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sinh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Softplus.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Step.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tan.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tanh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Unique.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/_FusedMatMul.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ExpandDims.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Unique.js:
  (**
   * @license
   * Copyright 2020 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the License);
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an AS IS BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-wasm/dist/kernels/IsNan.js:
  (**
   * @license
   * Copyright 2022 The TensorFlow Authors. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the License);
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an AS IS BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-wasm/dist/kernels/LinSpace.js:
  (**
   * @license
   * Copyright 2023 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-wasm/dist/kernels/Reciprocal.js:
  (**
   * @license
   * Copyright 2022 The TensorFlow Authors. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-wasm/dist/kernels/ResizeNearestNeighbor.js:
  (**
   * @license
   * Copyright 2019 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the 'License');
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an 'AS IS' BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)
*/
